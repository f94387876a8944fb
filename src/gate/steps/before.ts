/**
 * Before: measure the steady state `samples` times, `spacing` apart, and capture the baseline that
 * relative rules compare against. Failing or unmeasurable before the fault means nothing is
 * injected (docs/engine.md, "Lifecycle of one experiment").
 */
import type { Measurement } from '../../steady-state/model'
import { PhaseTracker } from '../../steady-state/monitor'
import type { ExperimentRun, StepResult } from '../experiment-run'

export async function before(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  const { monitor } = run
  const spec = run.exp.steadyState
  const checks = monitor?.checksIn('before') ?? []
  if (!monitor || !spec || checks.length === 0) return { proceed: true, note: 'no before checks' }
  const tracker = new PhaseTracker(checks)
  const taken: Measurement[] = []
  for (let i = 0; i < spec.before.samples; i++) {
    if (i > 0) await run.clock.sleep(spec.before.spacingMs, signal)
    const tick = await monitor.tick('before', { phase: 'before' }, signal)
    taken.push(...tick)
    // A gated check that already failed or went blind decides the phase; more samples cannot help.
    if (tracker.fold(tick).some((d) => !d.check.dryRun)) break
  }
  monitor.captureBaselines(taken)
  // Fewer samples than minSamples would make the phase inconclusive by construction.
  run.conclude('before', tracker.conclude(Math.min(spec.minSamples, spec.before.samples)))
  const blocked = run.facts.before.find(
    (c) =>
      c.outcome === 'fail' ||
      c.outcome === 'inconclusive' ||
      (c.outcome === 'warn' && spec.verdict.warn === 'fail')
  )
  if (blocked)
    return { proceed: false, note: `steady state not met before the fault (${blocked.check})` }
  return { proceed: true }
}

/** A before phase that overran or crashed leaves the steady state unmeasured. */
export function beforeFailed(run: ExperimentRun, message: string): void {
  run.facts.before.push({ check: 'before', outcome: 'inconclusive', reason: message })
}
