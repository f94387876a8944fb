import { mainUnfinished, runMain } from './action/run-main'
import { guardedStep } from './deps'

/** The action's main step (action.yml `runs.main` → dist/main.js). */
export async function run(): Promise<void> {
  const step = guardedStep(mainUnfinished)
  await runMain(step.deps)
  step.returned()
}
