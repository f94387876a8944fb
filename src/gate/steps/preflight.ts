/**
 * Preflight: nothing is injected unless the backend is available, the fault passes the backend's
 * own checks and live preflight (reachable, authorised, targets counted), and every metric source
 * the checks need can be opened.
 */
import { NO_PROMETHEUS, SET_PROMETHEUS } from '../../manifest/experiment/steady-state/no-prometheus'
import type { CheckSpec } from '../../manifest/steady-state-model'
import { type MetricSources, SteadyStateMonitor } from '../../steady-state/monitor'
import { formatIssue } from '../../util/errors'
import type { ExperimentRun, StepResult } from '../experiment-run'
import { startSteadyLoad } from '../steady-load'

/** What to set when a check's source is missing. */
const HOW_TO_CONFIGURE: Readonly<Record<CheckSpec['source'], string>> = {
  prometheus: SET_PROMETHEUS,
  probe: 'set steadyState.probe',
  kubernetes: 'give the gate a cluster (kubeconfig, or in-cluster credentials)',
  datadog: 'set steadyState.datadog',
  cloudwatch: 'set steadyState.cloudwatch'
}

export async function preflight(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  const problems = run.facts.preflightProblems
  const backend = await run.deps.backends(run.exp.backend)
  run.backend = backend
  for (const issue of backend.check(run.exp)) {
    if (issue.severity === 'error') problems.push(formatIssue(issue))
  }
  if (problems.length > 0) return { proceed: false, note: 'the backend rejected the experiment' }
  const report = await backend.preflight(run.exp, run.context(signal))
  for (const warning of report.warnings) run.deps.log.warn(`${run.exp.name}: ${warning}`)
  for (const issue of report.issues) problems.push(formatIssue(issue))
  run.probeBaseUrl = report.probeBaseUrl
  if (report.targets !== undefined) {
    run.targets = report.targets
    run.facts.targets = report.targets
  }
  if (problems.length === 0) await openSources(run, signal)
  if (problems.length > 0) return { proceed: false, note: 'preflight found problems' }
  if (report.targets === 0) return { proceed: false, note: 'zero targets' }
  // From here the baseline is measured: the load must already be there.
  const load = run.exp.steadyState?.load
  if (load)
    run.load = startSteadyLoad(load, {
      clock: run.clock,
      fetch: run.deps.fetch ?? globalThis.fetch
    })
  return { proceed: true }
}

/** Opens the metric sources the experiment's checks use and builds its monitor. */
async function openSources(run: ExperimentRun, signal: AbortSignal): Promise<void> {
  const spec = run.exp.steadyState
  if (!spec || spec.checks.length === 0) return
  const kinds = [...new Set(spec.checks.map((c) => c.source))]
  const sources: MetricSources = {}
  for (const kind of kinds) {
    const factory = run.deps.sources[kind]
    const opened = factory
      ? await factory({
          experiment: run.exp,
          clock: run.clock,
          log: run.deps.log,
          signal,
          ...(run.probeBaseUrl !== undefined && { probeBaseUrl: run.probeBaseUrl })
        })
      : undefined
    if (!opened) continue
    run.sources.push(opened)
    sources[kind] = opened.source
  }
  const monitor = new SteadyStateMonitor(spec, sources, run.clock, (m) => run.measured(m))
  for (const check of monitor.unsourced()) {
    run.facts.preflightProblems.push(
      `check '${check.name}' (${check.location.file}:${check.location.line}) ${check.source === 'prometheus' ? `queries Prometheus, but ${NO_PROMETHEUS}` : `needs a ${check.source} source, but none is configured`}; ${HOW_TO_CONFIGURE[check.source]}`
    )
  }
  run.monitor = monitor
}
