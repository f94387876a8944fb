/**
 * The GateEngine port over the real engine: the same composition `chaos-gate run` and
 * `chaos-gate cleanup` use (manifest loader, backend registry, metric sources, run-state file,
 * report writers), so the action and the CLI run one gate.
 */
import type { CleanupReport } from '../backends/backend'
import type { KubeConnection, KubeTarget } from '../backends/kube/connect'
import { BackendRegistry } from '../backends/registry'
import { cliSources } from '../cli/commands/gate-io'
import { cleanupRun } from '../gate/cleanup-run'
import type { GateDeps, GateListener } from '../gate/gate-deps'
import { runGate } from '../gate/run-gate'
import { fileRunState, readRunState } from '../gate/run-state'
import type { GateSettings } from '../gate/settings'
import { loadExperiments } from '../manifest/load-experiments'
import type { Policy } from '../policy/policy'
import { renderMarkdown } from '../report/markdown'
import { writeReports } from '../report/write-reports'
import { errorBudgetGate } from '../steady-state/prometheus/error-budget-gate'
import type { Clock } from '../util/clock'
import { InputError } from '../util/errors'
import type { Log } from '../util/log'
import type { GateEngine, RunCleanup } from './gate-engine'

export interface EngineDeps {
  readonly clock: Clock
  readonly log: Log
  /** For `${VAR}` interpolation in manifests. */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly random: () => number
  readonly pid: number
  readonly isProcessAlive: (pid: number) => boolean
  readonly version: string
  /** Progress lines in the step log (experiment phases, measurements, verdicts). */
  readonly listener?: GateListener
  /** Connects to the cluster the inputs name, on first use (Kubernetes backends only). */
  readonly kube?: (target: KubeTarget) => () => Promise<KubeConnection>
}

/** The error-budget hook when the setting is present (GateDeps.errorBudget). */
function budgetHook(settings: GateSettings, d: EngineDeps): Pick<GateDeps, 'errorBudget'> {
  const gate = errorBudgetGate(settings.errorBudget, settings.prometheus, {
    clock: d.clock,
    log: d.log,
    env: d.env
  })
  return gate ? { errorBudget: gate } : {}
}

export function createGateEngine(d: EngineDeps): GateEngine {
  const registry = (settings: KubeTarget, policy?: Policy): BackendRegistry =>
    new BackendRegistry({
      clock: d.clock,
      log: d.log,
      random: d.random,
      pid: d.pid,
      isProcessAlive: d.isProcessAlive,
      ...(d.kube && {
        kube: d.kube({ kubeconfig: settings.kubeconfig, context: settings.context })
      }),
      ...(policy && { policy })
    })
  return {
    async run(settings, context, signal) {
      const { experiments, notices, policy } = await loadExperiments(settings, { env: d.env })
      if (experiments.length === 0) {
        throw new InputError(
          'experiments',
          `no runnable experiments in ${settings.experiments.join(', ')}; check the globs against the checked-out files`
        )
      }
      const backends = registry(settings, policy)
      const report = await runGate(
        experiments,
        settings,
        {
          clock: d.clock,
          log: d.log,
          backends: (kind) => backends.get(kind),
          sources: cliSources(d.env),
          ...budgetHook(settings, d),
          runState: fileRunState(settings.stateDir, d.clock, d.pid),
          signal,
          version: d.version,
          ...(d.listener && { listener: d.listener })
        },
        { notices, ...context }
      )
      const written = await writeReports(report, settings.reportDir)
      return {
        report,
        files: { json: written.json, junit: written.junit },
        markdown: renderMarkdown(report)
      }
    },

    async cleanup(settings): Promise<RunCleanup> {
      const state = await readRunState(settings.stateDir, settings.runId)
      if (!state) return { submitted: [], reports: [] }
      const backends = registry(settings)
      const record = await cleanupRun(
        state,
        { backends: (kind) => backends.get(kind), clock: d.clock, log: d.log, by: 'action post' },
        fileRunState(settings.stateDir, d.clock, state.pid)
      )
      const submitted = Object.entries(state.experiments)
        .filter(([, e]) => e.handle !== undefined)
        .map(([name]) => name)
      const reports: CleanupReport[] = record.reports.map(({ deleted, stuck, errors }) => ({
        deleted,
        stuck,
        errors
      }))
      return { status: state.status, submitted, reports }
    }
  }
}
