/**
 * During: follow the backend and measure the steady state every interval, concurrently. A gated
 * check that fails (with abortOnFail) or goes blind stops the fault at once, exactly once. Checks
 * whose source reports each sample (the HTTP probe) are also judged on every sample between the
 * ticks, so a breach aborts as soon as it shows, not at the next interval. The phase ends when the
 * backend says the fault is off, the guard aborts it, or the fault's duration plus a grace period
 * passes.
 */
import type { CheckSpec } from '../../manifest/steady-state-model'
import { withBudgetSpend } from '../../steady-state/budget-spend'
import type { CheckState } from '../../steady-state/check-state'
import { PhaseTracker } from '../../steady-state/monitor'
import { isAbortError } from '../../util/clock'
import { nextTick } from '../cadence'
import type { ExperimentRun, StepResult } from '../experiment-run'
import { duringLimit } from '../timeouts'

export async function during(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  const checks = run.monitor?.checksIn('during') ?? []
  const tracker = new PhaseTracker(checks)
  // `stop` ends the waiting; a tick already measuring still completes, so no evidence is lost.
  const stop = new AbortController()
  const waiting = AbortSignal.any([signal, stop.signal])
  let endedBy = ''
  const end = (why: string): void => {
    if (stop.signal.aborted) return
    endedBy = why
    stop.abort()
  }
  const elapsed = run.clock.now() - (run.fault.injectedAt ?? run.clock.now())
  await Promise.all([
    tickUntilStopped(run, tracker, signal, waiting, end),
    judgeSamplesUntilStopped(run, tracker, signal, waiting, end),
    run.follower
      .waitFor(() => run.follower.isFaultOff() || run.follower.isTerminal, waiting)
      .then((off) => off && end('the backend reported the fault off'), ignoreAbort),
    run.clock
      .sleep(Math.max(0, duringLimit(run.exp) - elapsed), waiting)
      .then(() => end('the fault ran past its duration and grace period'), ignoreAbort)
  ])
  const cutShort = run.abortRequested || signal.aborted
  const conclusions = tracker.conclude(cutShort ? 0 : (run.exp.steadyState?.minSamples ?? 0))
  // SLO checks with maxBudgetSpend are judged once more on what the whole fault spent.
  const faultMs =
    (run.faultRemovedAt() ?? run.clock.now()) - (run.fault.injectedAt ?? run.clock.now())
  run.conclude('during', withBudgetSpend(conclusions, checks, run.measurements, faultMs))
  return { proceed: true, note: endedBy }
}

async function tickUntilStopped(
  run: ExperimentRun,
  tracker: PhaseTracker,
  signal: AbortSignal,
  waiting: AbortSignal,
  end: (why: string) => void
): Promise<void> {
  const { monitor } = run
  const spec = run.exp.steadyState
  if (!monitor || !spec || monitor.checksIn('during').length === 0) return
  const ctx = run.measureContext('during')
  // Ticks keep a fixed cadence from the injection; a slow measurement does not push the rest back.
  const start = run.fault.injectedAt ?? run.clock.now()
  for (;;) {
    try {
      await run.clock.sleep(
        nextTick(start, spec.intervalMs, run.clock.now()) - run.clock.now(),
        waiting
      )
    } catch (err) {
      if (isAbortError(err) || waiting.aborted) return
      throw err
    }
    const tick = await monitor.tick('during', ctx, signal)
    await act(run, tracker.fold(tick), end)
    if (waiting.aborted) return
  }
}

/**
 * Between ticks, judges the sampled checks (the HTTP probe's) on each new sample. Only a
 * measurement that decides a check is kept: it is the tick that would have failed the check,
 * brought forward, so the M-of-N rule still counts interval measurements and the report does not
 * fill up with one measurement per probe request.
 */
async function judgeSamplesUntilStopped(
  run: ExperimentRun,
  tracker: PhaseTracker,
  signal: AbortSignal,
  waiting: AbortSignal,
  end: (why: string) => void
): Promise<void> {
  const { monitor } = run
  const checks = monitor?.sampledChecksIn('during') ?? []
  if (!monitor || checks.length === 0) return
  const ctx = run.measureContext('during')
  for (;;) {
    try {
      await monitor.nextSample(checks, waiting)
    } catch (err) {
      if (isAbortError(err) || waiting.aborted) return
      throw err
    }
    const peeked = await monitor.peek(checks, 'during', ctx, signal)
    const deciding = peeked.filter((m, i) => tracker.wouldFail(checks[i] as CheckSpec, m))
    for (const m of deciding) monitor.record(m)
    await act(run, tracker.fold(deciding), end)
    if (waiting.aborted) return
  }
}

/** Acts on checks that became fail or inconclusive: the first gated one sets the guard fact. */
async function act(
  run: ExperimentRun,
  decided: readonly { readonly check: CheckSpec; readonly state: CheckState }[],
  end: (why: string) => void
): Promise<void> {
  const abortOnFail = run.exp.steadyState?.during.abortOnFail === true
  for (const { check, state } of decided) {
    if (check.dryRun || run.facts.guard) continue
    const kind = state.outcome === 'fail' ? 'breach' : 'blind'
    run.facts.guard = { kind, check: check.name, reason: state.reason ?? check.name }
    // A breach with abortOnFail, or monitoring gone blind, stops the fault; a fault the backend
    // already reported off needs no abort, and its verdict is a plain fail.
    if ((kind === 'blind' || abortOnFail) && !run.follower.isFaultOff()) {
      const breachAt = run.clock.now()
      end(`the guard aborted the fault (${check.name})`)
      await run.abortFault('guard', run.facts.guard.reason, breachAt)
    }
  }
}

function ignoreAbort(err: unknown): void {
  if (!isAbortError(err)) throw err
}
