import type { Backend } from '../../../src/backends/backend'
import { BackendUnavailableError } from '../../../src/backends/registry'
import type { GateDeps, GateListener } from '../../../src/gate/gate-deps'
import { RunStateStore } from '../../../src/gate/run-state/run-state'
import { type RunState } from '../../../src/gate/run-state/run-state-model'
import type { GateSettings } from '../../../src/gate/settings'
import type { Experiment } from '../../../src/manifest/model'
import type { CheckSpec, SteadyStateSpec } from '../../../src/manifest/steady-state-model'
import type { MetricSource } from '../../../src/steady-state/model'
import type { Clock } from '../../../src/util/clock'
import { silentLog } from '../../../src/util/log'
import { makeCheck } from '../../fakes/check'

/** A steady-state block with short, test-friendly timings. */
export function makeSpec(
  overrides: Partial<SteadyStateSpec> = {},
  checks?: CheckSpec[]
): SteadyStateSpec {
  return {
    checks: checks ?? [
      makeCheck({
        name: 'error-ratio',
        source: 'probe',
        query: 'errorRatio',
        threshold: { max: 0.05 }
      })
    ],
    intervalMs: 5_000,
    minSamples: 2,
    before: { samples: 3, spacingMs: 5_000 },
    during: { abortOnFail: true },
    after: { settleMs: 5_000, timeoutMs: 60_000 },
    verdict: { inconclusive: 'fail', warn: 'pass' },
    ...overrides
  }
}

export function makeExperiment(overrides: Partial<Experiment> = {}): Experiment {
  const source = { file: 'experiments/checkout.yaml', line: 1, col: 1 }
  return {
    name: 'checkout-latency',
    source,
    locate: () => source,
    backend: 'local',
    kind: 'http-proxy',
    action: 'latency',
    fault: {
      kind: 'http-proxy',
      spec: { upstream: 'http://127.0.0.1:1', listen: { host: '127.0.0.1', port: 0 }, paths: [] }
    },
    durationMs: 60_000,
    expect: 'pass',
    steadyState: makeSpec(),
    ...overrides
  }
}

export function makeSettings(overrides: Partial<GateSettings> = {}): GateSettings {
  return {
    experiments: ['experiments/'],
    cwd: '/repo',
    backend: 'auto',
    mode: 'enforce',
    environment: 'staging',
    concurrency: 1,
    timeoutMs: 15 * 60_000,
    failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
    reportDir: 'reports',
    stateDir: '.chaos-gate',
    runId: 'tkq1-ab12',
    only: [],
    ...overrides
  }
}

/** The engine's dependencies around a fake backend and fake sources, with an in-memory run state. */
export function makeDeps(
  clock: Clock,
  backend: Backend | undefined,
  sources: Partial<Record<MetricSource['kind'], MetricSource>>,
  extra: { signal?: AbortSignal; listener?: GateListener } = {}
): GateDeps & { readonly states: RunState[]; readonly store: RunStateStore } {
  const states: RunState[] = []
  const store = new RunStateStore(async (s) => void states.push(s), clock, 4242)
  const closed: string[] = []
  return {
    clock,
    log: silentLog,
    backends: async (kind) => {
      if (!backend) throw new BackendUnavailableError(kind)
      return backend
    },
    sources: Object.fromEntries(
      Object.entries(sources).map(([kind, source]) => [
        kind,
        async () => ({ source, close: async () => void closed.push(kind) })
      ])
    ),
    runState: store,
    signal: extra.signal ?? new AbortController().signal,
    version: '0.0.0-test',
    ...(extra.listener && { listener: extra.listener }),
    states,
    store
  }
}
