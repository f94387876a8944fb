/**
 * Inject: create the fault, then record its handle in the run-state file before anything else
 * happens, so a cancelled or crashed run can still be found and cleaned up.
 */
import { errorMessage } from '../../util/errors'
import type { ExperimentRun, StepResult } from '../experiment-run'

export async function inject(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  const backend = run.backend
  if (!backend) return { proceed: false, note: 'no backend' }
  const handle = await backend.submit(run.exp, run.context(signal))
  run.handle = handle
  run.fault.handle = handle
  run.facts.injected = true
  try {
    await run.deps.runState.submitted(run.exp.name, handle)
  } catch (err) {
    // Without a record a crash could orphan the fault; cleanup aborts it straight away.
    run.facts.gateErrors.push(
      `could not record the fault in the run-state file: ${errorMessage(err)}`
    )
    return { proceed: false, note: 'run state not written' }
  }
  run.fault.injectedAt = run.clock.now()
  run.follower.follow(backend, handle, run.context())
  return { proceed: true }
}
