/**
 * One experiment's lifecycle (docs/engine.md, "Lifecycle of one experiment"): preflight → before → inject → during → after →
 * cleanup → verdict. Each step is bounded by its phase timeout; cleanup always runs.
 */
import { buildExperimentReport } from './experiment-report'
import type { ExperimentRun } from './experiment-run'
import { runPhase } from './phase'
import type { ExperimentReport } from './result'
import { after } from './steps/after'
import { before, beforeFailed } from './steps/before'
import { cleanup } from './steps/cleanup'
import { during } from './steps/during'
import { inject } from './steps/inject'
import { preflight } from './steps/preflight'
import { afterTimeout, beforeTimeout, duringTimeout, TIMEOUTS } from './timeouts'

export async function runExperiment(run: ExperimentRun): Promise<ExperimentReport> {
  run.deps.listener?.experimentStarted?.(run.exp.name, run.startedAt)
  try {
    await lifecycle(run)
  } finally {
    await runPhase(
      run,
      'cleanup',
      TIMEOUTS.abortMs + TIMEOUTS.cleanupMs + TIMEOUTS.marginMs,
      (s) => cleanup(run, s),
      {
        detached: true,
        onFailure: (message) => run.facts.cleanupProblems.push(message)
      }
    )
  }
  const report = buildExperimentReport(run)
  run.deps.listener?.experimentFinished?.(report)
  return report
}

async function lifecycle(run: ExperimentRun): Promise<void> {
  const { exp, facts } = run
  const spec = exp.steadyState
  const ok =
    (await runPhase(run, 'preflight', TIMEOUTS.preflightMs, (s) => preflight(run, s), {
      onFailure: (message) => facts.preflightProblems.push(message)
    })) &&
    (await runPhase(run, 'before', beforeTimeout(spec), (s) => before(run, s), {
      onFailure: (message) => beforeFailed(run, message),
      ...(spec && { expectedMs: (spec.before.samples - 1) * spec.before.spacingMs })
    }))
  if (!ok || facts.mode === 'dry-run') return
  if (
    !(await runPhase(run, 'inject', TIMEOUTS.injectMs, (s) => inject(run, s), {
      onFailure: (message) => (facts.submitError = message)
    }))
  )
    return
  // A one-shot fault has no end of its own: the backend says when it is over, within a bound.
  const duringOptions =
    exp.durationMs !== undefined
      ? { expectedMs: exp.durationMs }
      : { expectedMs: TIMEOUTS.oneShotMs, outlook: { oneShot: true } }
  if (
    !(await runPhase(run, 'during', duringTimeout(exp, spec), (s) => during(run, s), duringOptions))
  )
    return
  await runPhase(run, 'after', afterTimeout(spec), (s) => after(run, s), {
    ...(spec && { expectedMs: spec.after.settleMs + spec.after.timeoutMs })
  })
}
