import { runMain } from './action/run-main'
import { actionDeps } from './deps'

/** The action's main step (action.yml `runs.main` → dist/main.js). */
export async function run(): Promise<void> {
  await runMain(actionDeps())
}
