/**
 * The GateEngine port over the real engine: the gate pipeline `chaos-gate run` and the demo run
 * too (gate/gate-pipeline.ts), and the cleanup `chaos-gate cleanup` runs; the action adds only
 * where its settings come from and where its reports go.
 */
import type { CleanupReport } from '../backends/backend'
import { cleanupRun, stoppedFaults } from '../gate/cleanup-run'
import type { GateListener } from '../gate/gate-deps'
import { runPipeline } from '../gate/gate-pipeline'
import { gateBackends, type WiringDeps } from '../gate/gate-wiring'
import { fileRunState, readRunState } from '../gate/run-state/run-state'
import { loadExperiments } from '../policy/load-experiments'
import { renderMarkdown } from '../report/markdown'
import { writeReports } from '../report/write-reports'
import { InputError } from '../util/errors'
import { maskStrings, SecretMask } from '../util/secret-mask'
import type { GateEngine, RunCleanup } from './gate-engine'
import { groupedListener, type LogGroups } from './log-groups'

export interface EngineDeps extends WiringDeps {
  /** Also for `${VAR}` interpolation in manifests. */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly version: string
  /** Progress lines in the step log (experiment phases, measurements, verdicts). */
  readonly listener?: GateListener
  /** Masked out of the report, the run-state file and the cleanup results. */
  readonly secrets?: SecretMask
  /** Log groups per experiment and phase, when experiments run one at a time (log-groups.ts). */
  readonly groups?: LogGroups
}

export function createGateEngine(d: EngineDeps): GateEngine {
  return {
    async run(settings, context, signal) {
      const secrets = d.secrets ?? new SecretMask()
      const loaded = await loadExperiments(settings, { env: d.env })
      if (loaded.experiments.length === 0) {
        throw new InputError(
          'experiments',
          `no runnable experiments in ${settings.experiments.join(', ')}; check the globs against the checked-out files`
        )
      }
      const grouped =
        d.groups && settings.concurrency === 1 ? groupedListener(d.listener, d.groups) : undefined
      const listener = grouped ?? d.listener
      const unmasked = await runPipeline(
        loaded,
        settings,
        { ...d, signal, secrets, ...(listener && { listener }) },
        context
      ).finally(() => grouped?.close())
      const report = maskStrings(unmasked, secrets)
      const written = await writeReports(report, settings.reportDir)
      return {
        report,
        files: { json: written.json, junit: written.junit },
        markdown: renderMarkdown(report)
      }
    },

    async cleanup(settings): Promise<RunCleanup> {
      const secrets = d.secrets ?? new SecretMask()
      const state = await readRunState(settings.stateDir, settings.runId)
      if (!state) return { submitted: [], stopped: [], reports: [] }
      const backends = gateBackends(d, settings)
      const record = await cleanupRun(
        state,
        { backends: (kind) => backends.get(kind), clock: d.clock, log: d.log, by: 'action post' },
        fileRunState(settings.stateDir, d.clock, state.pid, { secrets })
      )
      const submitted = Object.entries(state.experiments)
        .filter(([, e]) => e.handle !== undefined)
        .map(([name]) => name)
      const reports: CleanupReport[] = record.reports.map(({ deleted, stuck, errors }) =>
        maskStrings({ deleted, stuck, errors }, secrets)
      )
      return {
        status: state.status,
        submitted,
        stopped: stoppedFaults(state, record).map((f) => f.ref),
        reports
      }
    }
  }
}
