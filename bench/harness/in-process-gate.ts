/**
 * The engine run inside the benchmark process, on the wiring the CLI and the action share
 * (gate/gate-wiring.ts), with two things added from the outside: a listener for phase starts,
 * and a wrapper on each backend that notes when the engine asks it to abort. Nothing in src/ is
 * changed for it; both go through GateDeps.
 */
import { performance } from 'node:perf_hooks'

import type { Backend } from '../../src/backends/backend'
import type { KubeConnection } from '../../src/backends/kube/connect'
import { kubeConnector } from '../../src/backends/kube/kube-connector'
import type { GateListener } from '../../src/gate/gate-deps'
import { gateBackends, metricSources } from '../../src/gate/gate-wiring'
import type { GateReport } from '../../src/gate/result'
import { runGate } from '../../src/gate/run-gate'
import { newRunId } from '../../src/gate/run-id'
import { fileRunState } from '../../src/gate/run-state/run-state'
import type { GateSettings } from '../../src/gate/settings'
import { loadExperiments } from '../../src/policy/load-experiments'
import { processInfo } from '../../src/process-deps'
import type { SourceFactories } from '../../src/steady-state/source-factory'
import { type Clock, systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'

export interface InProcessRun {
  /** Folder of manifests. */
  readonly experiments: string
  /** Where the run-state file goes. */
  readonly stateDir: string
  readonly listener?: GateListener
  /** Called (performance.now()) when the engine asks a backend to abort a fault. */
  readonly onAbort?: (experiment: string, at: number) => void
  readonly sources?: SourceFactories
  readonly clock?: Clock
  readonly env?: Readonly<Record<string, string>>
  readonly concurrency?: number
  /** The run id (default: a new one), so a benchmark can name the objects the run creates. */
  readonly runId?: string
  /** The blast-radius policy: inline YAML or a path (default: the built-in defaults). */
  readonly policy?: string
  /** For the Kubernetes backends: the cluster's kubeconfig file. */
  readonly kubeconfig?: string
}

export async function runGateInProcess(run: InProcessRun): Promise<GateReport> {
  const clock = run.clock ?? systemClock
  const settings: GateSettings = {
    experiments: [run.experiments],
    cwd: run.experiments,
    backend: 'auto',
    mode: 'enforce',
    environment: 'bench',
    concurrency: run.concurrency ?? 1,
    // Longer than any fault a benchmark runs, in the run's (possibly simulated) time.
    timeoutMs: 3 * 60 * 60_000,
    failOn: new Set(['fail', 'inconclusive', 'error']),
    reportDir: run.stateDir,
    stateDir: run.stateDir,
    runId: run.runId ?? newRunId(clock.now()),
    only: [],
    ...(run.policy !== undefined && { policy: run.policy })
  }
  const { experiments, notices, policy } = await loadExperiments(settings, { env: run.env ?? {} })
  const cluster = kubeConnection(run, clock)
  const registry = gateBackends(
    {
      clock,
      log: silentLog,
      env: {},
      random: Math.random,
      pid: processInfo.pid,
      isProcessAlive: processInfo.isAlive,
      kube: () => cluster.connect
    },
    { kubeconfig: run.kubeconfig },
    policy
  )
  const onAbort = run.onAbort ?? (() => undefined)
  try {
    return await runGate(
      experiments,
      settings,
      {
        clock,
        log: silentLog,
        backends: async (kind) => noteAborts(await registry.get(kind), onAbort),
        sources: run.sources ?? metricSources({}),
        runState: fileRunState(run.stateDir, clock, processInfo.pid),
        signal: new AbortController().signal,
        ...(run.listener && { listener: run.listener }),
        version: 'bench'
      },
      { notices }
    )
  } finally {
    await cluster.close()
  }
}

/** The cluster connection the CLI would make, closed after the run if it was ever opened. */
function kubeConnection(
  run: InProcessRun,
  clock: Clock
): { connect: () => Promise<KubeConnection>; close: () => Promise<void> } {
  const connector = kubeConnector({ kubeconfig: run.kubeconfig }, {}, clock, silentLog)
  let opened: Promise<KubeConnection> | undefined
  return {
    connect: () => (opened ??= connector()),
    close: async () => (await opened)?.close()
  }
}

/** The same backend, noting the moment each abort request reaches it. */
function noteAborts(backend: Backend, onAbort: (experiment: string, at: number) => void): Backend {
  return {
    kind: backend.kind,
    check: (exp) => backend.check(exp),
    preflight: (exp, ctx) => backend.preflight(exp, ctx),
    submit: (exp, ctx) => backend.submit(exp, ctx),
    observe: (handle, ctx) => backend.observe(handle, ctx),
    abort: (handle, ctx) => {
      onAbort(handle.experiment, performance.now())
      return backend.abort(handle, ctx)
    },
    cleanup: (selector, ctx) => backend.cleanup(selector, ctx)
  }
}
