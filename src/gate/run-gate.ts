/**
 * The engine's entry point: runs validated experiments through their lifecycle under one deadline
 * and one cancellation signal, at most `concurrency` at a time, and returns the GateReport that
 * every renderer reads. It never throws for what happened to an experiment: that is the verdict.
 * It throws InputError for settings it cannot run with, and any error writing the run-state file
 * before the first experiment (nothing has been injected then).
 */
import type { Experiment } from '../manifest/model'
import type { BudgetDecision } from '../steady-state/error-budget'
import { formatDuration } from '../util/duration'
import { errorMessage, GateTimeoutError, InputError, type Issue } from '../util/errors'
import { buildExperimentReport } from './experiment-report'
import { ExperimentRun, type RunScope } from './experiment-run'
import type { GateDeps } from './gate-deps'
import type { ExperimentReport, GateReport } from './result'
import { REPORT_SCHEMA_VERSION } from './result'
import { runExperiment } from './run-experiment'
import { safeListener } from './safe-listener'
import { runSerialised } from './serialise'
import type { GateSettings, Verdict } from './settings'
import { VERDICTS } from './settings'
import { cleanupNamespacesOf } from './steps/cleanup'
import { gateFailed, worstVerdict } from './verdict/verdict-order'

/** Facts about the surroundings that only the caller knows (the action knows the run URL). */
export interface GateContext {
  readonly notices?: readonly Issue[]
  readonly repository?: string
  readonly runUrl?: string
  readonly environmentUrl?: string
}

export async function runGate(
  experiments: readonly Experiment[],
  settings: GateSettings,
  deps: GateDeps,
  context: GateContext = {}
): Promise<GateReport> {
  if (settings.mode === 'verify')
    throw new InputError(
      'mode',
      "'verify' checks an earlier gate's check run; it is handled by the action, not by the engine"
    )
  const selected = experiments.filter((e) => isSelected(e.name, settings.only))
  // A filter that selects nothing would end in `skipped` and exit 0 having tested nothing.
  if (selected.length === 0 && settings.only.length > 0)
    throw new InputError(
      'only',
      `'${settings.only.join(',')}' matches no experiment; the experiments are: ${experiments.map((e) => e.name).join(', ')}`
    )
  deps = deps.listener ? { ...deps, listener: safeListener(deps.listener, deps.log) } : deps
  const startedAt = deps.clock.now()
  const deadline = startedAt + settings.timeoutMs
  const run = cancellation(deps, settings.timeoutMs)
  let cancelledAt = deps.signal.aborted ? startedAt : undefined
  const onCancel = (): void => void (cancelledAt ??= deps.clock.now())
  deps.signal.addEventListener('abort', onCancel, { once: true })
  const scope: RunScope = {
    runId: settings.runId,
    settings,
    deps,
    signal: run.signal,
    deadline,
    cancelledAt: () => cancelledAt
  }
  try {
    await deps.runState.begin({
      runId: settings.runId,
      environment: settings.environment,
      ...((settings.kubeconfig ?? settings.context) !== undefined && {
        cluster: {
          ...(settings.kubeconfig !== undefined && { kubeconfig: settings.kubeconfig }),
          ...(settings.context !== undefined && { context: settings.context })
        }
      }),
      startedAt,
      experiments: Object.fromEntries(
        selected.map((e) => [
          e.name,
          { backend: e.backend, namespaces: cleanupNamespacesOf(e, settings) }
        ])
      )
    })
    // The error budget is read once, before any fault: an exhausted budget pauses every experiment.
    const budget = await deps.errorBudget?.(run.signal)
    const paused = budget !== undefined && budget.decision !== 'run'
    const { reports, notices } = await runSerialised(
      experiments,
      settings.concurrency,
      (exp) => {
        if (!selected.includes(exp)) return Promise.resolve(notSelected(exp, scope))
        if (budget && paused) return Promise.resolve(notRunForBudget(exp, scope, budget))
        return runOne(exp, scope)
      },
      (exp) => selected.includes(exp) && !paused,
      deps.log
    )
    await deps.runState
      .finished(run.signal.aborted ? 'interrupted' : 'finished')
      .catch((err: unknown) => {
        deps.log.warn(
          `could not record the end of the run in the run-state file: ${errorMessage(err)}; it still says 'running', so a later cleanup goes by whether this process is alive`
        )
      })
    const allNotices = [...(context.notices ?? []), ...notices]
    return gateReport(reports, settings, deps, { ...context, notices: allNotices }, startedAt)
  } finally {
    deps.signal.removeEventListener('abort', onCancel)
    run.dispose()
  }
}

/** The run's signal: the caller's (SIGINT/SIGTERM) or the deadline, whichever fires first. */
function cancellation(
  deps: GateDeps,
  timeoutMs: number
): { signal: AbortSignal; dispose: () => void } {
  const deadline = new AbortController()
  const timer = new AbortController()
  deps.clock.sleep(timeoutMs, timer.signal).then(
    () =>
      deadline.abort(
        new GateTimeoutError(`the gate deadline of ${formatDuration(timeoutMs)} passed`)
      ),
    () => undefined
  )
  return { signal: AbortSignal.any([deps.signal, deadline.signal]), dispose: () => timer.abort() }
}

/** Runs one experiment under the run's signal and its own timeout, if it sets one. */
async function runOne(exp: Experiment, scope: RunScope): Promise<ExperimentReport> {
  const own = exp.timeoutMs !== undefined ? experimentTimeout(exp.timeoutMs, scope) : undefined
  const signal = own ? AbortSignal.any([scope.signal, own.signal]) : scope.signal
  const run = new ExperimentRun(exp, scope, signal)
  try {
    if (scope.signal.aborted) {
      run.facts.interrupted = { cause: errorMessage(scope.signal.reason), phase: 'queued' }
      return buildExperimentReport(run)
    }
    return await runExperiment(run)
  } finally {
    own?.dispose()
  }
}

function experimentTimeout(
  ms: number,
  scope: RunScope
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  const timer = new AbortController()
  scope.deps.clock.sleep(ms, timer.signal).then(
    () =>
      controller.abort(
        new GateTimeoutError(`the experiment timeout of ${formatDuration(ms)} passed`)
      ),
    () => undefined
  )
  return { signal: controller.signal, dispose: () => timer.abort() }
}

function notSelected(exp: Experiment, scope: RunScope): ExperimentReport {
  const run = new ExperimentRun(exp, scope, scope.signal)
  run.facts.skipped = `not selected: --only ${scope.settings.only.join(',')}`
  return buildExperimentReport(run)
}

/** An experiment the error budget keeps from running: skipped, or inconclusive when unreadable. */
function notRunForBudget(
  exp: Experiment,
  scope: RunScope,
  budget: Exclude<BudgetDecision, { decision: 'run' }>
): ExperimentReport {
  const run = new ExperimentRun(exp, scope, scope.signal)
  if (budget.decision === 'skip') run.facts.skipped = budget.reason
  else run.facts.budgetUnknown = budget.reason
  return buildExperimentReport(run)
}

/**
 * The report of a run whose process is ending before runGate returned (exit-guard.ts): every
 * selected experiment is an `error` with `reason`, since what its fault did is not known.
 */
export function unfinishedReport(
  experiments: readonly Experiment[],
  settings: GateSettings,
  deps: GateDeps,
  context: GateContext,
  startedAt: number,
  reason: string
): GateReport {
  const scope: RunScope = {
    runId: settings.runId,
    settings,
    deps,
    signal: deps.signal,
    deadline: startedAt + settings.timeoutMs,
    cancelledAt: () => undefined
  }
  const reports = experiments
    .filter((e) => isSelected(e.name, settings.only))
    .map((exp) => {
      const run = new ExperimentRun(exp, scope, scope.signal)
      run.facts.gateErrors.push(reason)
      return buildExperimentReport(run)
    })
  return gateReport(reports, settings, deps, context, startedAt)
}

/** `--only` matches names exactly, or by a trailing `*` prefix (`checkout-*`). */
export function isSelected(name: string, only: readonly string[]): boolean {
  if (only.length === 0) return true
  return only.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p))
}

function gateReport(
  experiments: readonly ExperimentReport[],
  settings: GateSettings,
  deps: GateDeps,
  context: GateContext,
  startedAt: number
): GateReport {
  const verdicts = experiments.map((e) => e.verdict)
  const counts: Record<Verdict, number> = {
    pass: 0,
    fail: 0,
    aborted: 0,
    inconclusive: 0,
    error: 0,
    skipped: 0
  }
  for (const v of verdicts) counts[v] += 1
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    runId: settings.runId,
    tool: { name: 'chaos-gate', version: deps.version },
    environment: settings.environment,
    mode: settings.mode,
    ...(settings.sha !== undefined && { sha: settings.sha }),
    ...(context.repository !== undefined && { repository: context.repository }),
    ...(context.runUrl !== undefined && { runUrl: context.runUrl }),
    ...(context.environmentUrl !== undefined && { environmentUrl: context.environmentUrl }),
    startedAt,
    endedAt: deps.clock.now(),
    ...(deps.signal.aborted && { cancelled: errorMessage(deps.signal.reason) }),
    verdict: worstVerdict(verdicts),
    failed: gateFailed(verdicts, settings.failOn, settings.mode),
    failOn: VERDICTS.filter((v) => settings.failOn.has(v)),
    counts,
    experiments,
    notices: context.notices ?? []
  }
}
