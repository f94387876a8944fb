/**
 * The one gate pipeline the action, the CLI and the demo all run: loaded experiments on the
 * backends and metric sources of gate-wiring.ts, with a run-state file, under the caller's signal.
 * The front ends differ only in where the settings come from and where the report goes.
 */
import { resolve } from 'node:path'

import type { LoadedExperiments } from '../policy/load-experiments'
import type { SourceFactories } from '../steady-state/source-factory'
import { maskSteadyStateSecrets } from '../steady-state/source-secrets'
import type { SecretMask } from '../util/secret-mask'
import type { GateDeps, GateListener } from './gate-deps'
import {
  errorBudgetHook,
  gateBackends,
  metricSources,
  resolveCluster,
  type WiringDeps
} from './gate-wiring'
import type { GateReport } from './result'
import { type GateContext, runGate } from './run-gate'
import { fileRunState } from './run-state/run-state'
import type { GateSettings } from './settings'

export interface PipelineDeps extends WiringDeps {
  /** Aborts on SIGINT/SIGTERM; the engine adds the gate's deadline. */
  readonly signal: AbortSignal
  /** chaos-gate's version, for the report. */
  readonly version: string
  /** Progress for a live view (the terminal, the step log). */
  readonly listener?: GateListener
  /** Learns the experiments' and sources' secrets; masked out of the run-state file. */
  readonly secrets?: SecretMask
  /** The metric sources; gate-wiring's by default (the demo meters its probe load). */
  readonly sources?: SourceFactories
  /**
   * Called once the engine's dependencies are built, just before the first experiment, so a front
   * end can prepare what it leaves behind if the process ends mid-run.
   */
  readonly starting?: (deps: GateDeps, startedAt: number) => void
}

/** Connects to the cluster the experiments need, then runs them; the report is the caller's to write. */
export async function runPipeline(
  { experiments, notices, policy }: LoadedExperiments,
  settings: GateSettings,
  d: PipelineDeps,
  context: Omit<GateContext, 'notices'> = {}
): Promise<GateReport> {
  maskSteadyStateSecrets(experiments, d.secrets)
  const backends = gateBackends(d, settings, policy)
  await resolveCluster(backends, experiments)
  const deps: GateDeps = {
    clock: d.clock,
    log: d.log,
    backends: (kind) => backends.get(kind),
    sources: d.sources ?? metricSources(d.env, globalThis.fetch, backends.kube, d.secrets),
    ...errorBudgetHook(settings, d),
    runState: fileRunState(resolve(settings.cwd, settings.stateDir), d.clock, d.pid, {
      ...(d.secrets && { secrets: d.secrets }),
      isProcessAlive: d.isProcessAlive
    }),
    signal: d.signal,
    version: d.version,
    ...(d.listener && { listener: d.listener })
  }
  d.starting?.(deps, d.clock.now())
  return runGate(experiments, settings, deps, { notices, ...context })
}
