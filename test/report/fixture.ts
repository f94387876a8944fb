import type { GateReport } from '../../src/gate/result'
import { runGate } from '../../src/gate/run-gate'
import { makeCheck } from '../fakes/check'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from '../gate/fakes/fake-backend'
import { FakeSource } from '../gate/fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings, makeSpec } from '../gate/fakes/gate-fixtures'

/**
 * A realistic, fully deterministic report: a latency experiment that holds its SLO and an
 * error experiment that breaks it, is aborted by the guard, and is declared `expect: fail`.
 */
export async function twoExperimentReport(): Promise<GateReport> {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock)
  let tick = 0
  const source = new FakeSource(clock, (check) => {
    tick++
    const on = (name: string) => backend.injected && backend.current === name
    if (check.query === 'latencyP99')
      return on('checkout-latency') ? 230 + (tick % 5) * 4 : 24 + (tick % 3)
    return on('checkout-errors') ? 0.62 : 0
  })
  const deps = makeDeps(clock, backend, { probe: source })
  const latency = makeCheck({
    name: 'latency-p99',
    source: 'probe',
    query: 'latencyP99',
    threshold: { max: 500 }
  })
  const errors = makeCheck({
    name: 'error-ratio',
    source: 'probe',
    query: 'errorRatio',
    threshold: { max: 0.05 }
  })
  const spec = makeSpec({
    intervalMs: 2_000,
    before: { samples: 3, spacingMs: 1_000 },
    after: { settleMs: 1_000, timeoutMs: 20_000 }
  })
  const experiments = [
    makeExperiment({
      name: 'checkout-latency',
      action: 'latency',
      hypothesis: 'Checkout stays under 500 ms p99 when the API adds 200 ms.',
      durationMs: 20_000,
      steadyState: { ...spec, checks: [latency, errors] }
    }),
    makeExperiment({
      name: 'checkout-errors',
      action: 'error',
      hypothesis: 'Our error-ratio guard catches HTTP 500s and stops the fault.',
      durationMs: 20_000,
      expect: 'fail',
      source: { file: 'experiments/demo/errors.yaml', line: 1, col: 1 },
      steadyState: { ...spec, checks: [errors, latency] }
    })
  ]
  return runGate(
    experiments,
    makeSettings({ runId: 'tkq1-ab12', sha: '0123456789abcdef0123456789abcdef01234567' }),
    deps
  )
}
