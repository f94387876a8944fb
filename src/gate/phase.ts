/**
 * Runs one lifecycle step as a timed, bounded phase and records it for the report. A step that
 * overruns its timeout, throws, or is cut short by the run's cancellation never propagates: the
 * phase is recorded, the cause becomes a verdict fact, and the orchestrator goes to cleanup.
 */
import { withTimeout } from '../util/bounded'
import { errorMessage, GateTimeoutError } from '../util/errors'
import type { ExperimentRun, StepResult } from './experiment-run'
import type { PhaseOutlook } from './gate-deps'
import type { LifecyclePhase, PhaseRecord } from './result'

/** Records why a phase failed as a verdict fact; by default the gate itself failed. */
export type FailureFact = (message: string, status: 'timeout' | 'error') => void

/** How a phase reacts to failures and to the run's cancellation. */
export interface PhaseOptions {
  readonly onFailure?: FailureFact
  /**
   * Detached phases (cleanup) ignore the run's cancellation and are bounded only by their own
   * timeout: cleaning up is exactly what must still happen after SIGTERM or the deadline.
   */
  readonly detached?: boolean
  /** How long the phase should take when all goes well, for progress views; the timeout otherwise. */
  readonly expectedMs?: number
  /** What the phase waits for, for progress views. */
  readonly outlook?: PhaseOutlook
}

/** Runs `step` as phase `name`; resolves whether the lifecycle should go on. */
export async function runPhase(
  run: ExperimentRun,
  name: LifecyclePhase,
  timeoutMs: number,
  step: (signal: AbortSignal) => Promise<StepResult>,
  options: PhaseOptions = {}
): Promise<boolean> {
  const onFailure =
    options.onFailure ?? ((message: string) => run.facts.gateErrors.push(`${name}: ${message}`))
  const parent = options.detached ? undefined : run.signal
  const interrupted = (): boolean => !options.detached && run.signal.aborted
  const startedAt = run.clock.now()
  run.deps.listener?.phaseStarted?.(
    run.exp.name,
    name,
    startedAt,
    startedAt + (options.expectedMs ?? timeoutMs),
    options.outlook
  )
  const record = (status: PhaseRecord['status'], note?: string): void => {
    run.phases.push({ name, startedAt, endedAt: run.clock.now(), status, ...(note && { note }) })
  }
  try {
    const result = await withTimeout(run.clock, timeoutMs, `the ${name} phase`, parent, step)
    if (interrupted()) {
      run.interrupt(name)
      record('aborted', errorMessage(run.signal.reason))
      return false
    }
    record(result.proceed ? 'ok' : 'failed', result.note)
    return result.proceed
  } catch (err) {
    if (interrupted()) {
      run.interrupt(name)
      record('aborted', errorMessage(run.signal.reason))
      return false
    }
    const status = err instanceof GateTimeoutError ? 'timeout' : 'error'
    onFailure(errorMessage(err), status)
    record(status, errorMessage(err))
    return false
  }
}
