import { postUnfinished, runPost } from './action/run-post'
import { guardedStep } from './deps'

/** The action's post step (action.yml `runs.post` → dist/post.js); runs even when main failed. */
export async function run(): Promise<void> {
  const step = guardedStep(postUnfinished)
  await runPost(step.deps)
  step.returned()
}
