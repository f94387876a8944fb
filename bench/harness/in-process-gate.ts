/**
 * The engine run inside the benchmark process, on the same dependencies the CLI builds
 * (cli/commands/gate-io.ts), with two things added from the outside: a listener for phase starts,
 * and a wrapper on each backend that notes when the engine asks it to abort. Nothing in src/ is
 * changed for it; both go through GateDeps.
 */
import { performance } from 'node:perf_hooks'

import type { Backend } from '../../src/backends/backend'
import { BackendRegistry } from '../../src/backends/registry'
import { processInfo } from '../../src/deps'
import type { GateListener, SourceFactories } from '../../src/gate/gate-deps'
import { runGate } from '../../src/gate/run-gate'
import { newRunId } from '../../src/gate/run-id'
import { fileRunState } from '../../src/gate/run-state'
import type { GateSettings } from '../../src/gate/settings'
import { loadExperiments } from '../../src/manifest/load-experiments'
import type { GateReport } from '../../src/report/model'
import { probeSourceFactory } from '../../src/steady-state/probe/probe-factory'
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
    timeoutMs: 10 * 60_000,
    failOn: new Set(['fail', 'inconclusive', 'error']),
    reportDir: run.stateDir,
    stateDir: run.stateDir,
    runId: newRunId(clock.now()),
    only: []
  }
  const { experiments, notices } = await loadExperiments(settings, { env: run.env ?? {} })
  const registry = new BackendRegistry({
    clock,
    log: silentLog,
    random: Math.random,
    pid: processInfo.pid,
    isProcessAlive: processInfo.isAlive
  })
  const onAbort = run.onAbort ?? (() => undefined)
  return runGate(
    experiments,
    settings,
    {
      clock,
      log: silentLog,
      backends: async (kind) => noteAborts(await registry.get(kind), onAbort),
      sources: run.sources ?? { probe: probeSourceFactory({ fetch: globalThis.fetch }) },
      runState: fileRunState(run.stateDir, clock, processInfo.pid),
      signal: new AbortController().signal,
      ...(run.listener && { listener: run.listener }),
      version: 'bench'
    },
    { notices }
  )
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
