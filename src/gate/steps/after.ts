/**
 * After: wait for the backend's own verdict and measure recovery of the steady state, both
 * bounded. Time to recover (MTTR) runs from the moment the fault was removed to the first
 * measurement of the streak that confirmed recovery (steady-state/recovery.ts).
 */
import type { CheckSpec } from '../../manifest/steady-state-model'
import { PhaseTracker } from '../../steady-state/monitor'
import { NOT_RECOVERED, type RecoveryState, trackRecovery } from '../../steady-state/recovery'
import { withTimeout } from '../../util/bounded'
import { isAbortError } from '../../util/clock'
import { GateTimeoutError } from '../../util/errors'
import { nextTick } from '../cadence'
import type { ExperimentRun, StepResult } from '../experiment-run'
import { afterLimit } from '../timeouts'

export async function after(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  await Promise.all([measureRecovery(run, signal), awaitBackendVerdict(run, signal)])
  if (run.recovery?.timedOut) return { proceed: true, note: 'the steady state did not recover' }
  return { proceed: true }
}

/** Waits for the backend to reach a final state; not reaching one is a fact, not a failure here. */
async function awaitBackendVerdict(run: ExperimentRun, signal: AbortSignal): Promise<void> {
  try {
    await withTimeout(
      run.clock,
      afterLimit(run.exp.steadyState),
      'the backend verdict',
      signal,
      (s) => run.follower.waitFor(() => run.follower.isTerminal, s)
    )
  } catch (err) {
    if (signal.aborted || !(err instanceof GateTimeoutError || isAbortError(err))) throw err
  }
}

async function measureRecovery(run: ExperimentRun, signal: AbortSignal): Promise<void> {
  const { monitor } = run
  const spec = run.exp.steadyState
  const checks = monitor?.checksIn('after') ?? []
  if (!monitor || !spec || checks.length === 0) return
  const gated = checks.filter((c) => !c.dryRun)
  // With only dryRun checks, recovery is still timed for the report but never gates.
  const timed = gated.length > 0 ? gated : checks
  await run.clock.sleep(spec.after.settleMs, signal)
  const startedAt = run.clock.now()
  const tracker = new PhaseTracker(checks)
  let all: RecoveryState = NOT_RECOVERED
  let state: RecoveryState = NOT_RECOVERED
  const ctx = run.measureContext('after')
  for (;;) {
    const tick = await monitor.tick('after', ctx, signal)
    tracker.fold(tick)
    all = trackRecovery(checks, all, tick)
    state = trackRecovery(timed, state, tick)
    if (state.recoveredAt !== undefined || run.clock.now() - startedAt >= spec.after.timeoutMs)
      break
    await run.clock.sleep(
      nextTick(startedAt, spec.intervalMs, run.clock.now()) - run.clock.now(),
      signal
    )
  }
  recordRecovery(run, checks, all, state, tracker, startedAt)
}

function recordRecovery(
  run: ExperimentRun,
  checks: readonly CheckSpec[],
  all: RecoveryState,
  state: RecoveryState,
  tracker: PhaseTracker,
  startedAt: number
): void {
  const spec = run.exp.steadyState
  if (!spec) return
  const removedAt = run.faultRemovedAt() ?? startedAt
  const recoveredAt = state.recoveredAt
  run.recovery = {
    timedOut: recoveredAt === undefined,
    ...(recoveredAt !== undefined && { recoveredAt, mttrMs: Math.max(0, recoveredAt - removedAt) })
  }
  if (checks.every((c) => c.dryRun)) return concludeAfter(run, checks, all, tracker)
  run.facts.recovery = {
    timedOut: recoveredAt === undefined,
    timeoutMs: spec.after.timeoutMs,
    unmeasured: checks
      .filter((c) => !c.dryRun && tracker.conclusive(c.name) === 0)
      .map((c) => c.name)
  }
  concludeAfter(run, checks, all, tracker)
}

function concludeAfter(
  run: ExperimentRun,
  checks: readonly CheckSpec[],
  all: RecoveryState,
  tracker: PhaseTracker
): void {
  const timeoutS = (run.exp.steadyState?.after.timeoutMs ?? 0) / 1000
  run.conclude(
    'after',
    checks.map((c) => {
      const streak = all.streaks.get(c.name)
      if (streak && streak.length >= Math.max(1, c.breaches))
        return { check: c.name, outcome: 'pass' as const, reason: 'recovered' }
      if (tracker.conclusive(c.name) === 0)
        return {
          check: c.name,
          outcome: 'inconclusive' as const,
          reason: 'no conclusive measurement after the fault'
        }
      return {
        check: c.name,
        outcome: 'fail' as const,
        reason: `did not recover within ${timeoutS}s`
      }
    })
  )
}
