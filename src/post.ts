import { runPost } from './action/run-post'
import { actionDeps } from './deps'

/** The action's post step (action.yml `runs.post` → dist/post.js); runs even when main failed. */
export async function run(): Promise<void> {
  await runPost(actionDeps())
}
