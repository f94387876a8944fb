/**
 * Detection latency (product.md §10): from the moment the simulated operator writes the final
 * verdict into the ChaosResult to the moment the backend hands the gate a terminal observation.
 * The write time is taken inside the simulated API server's store, synchronously with the write.
 * Not a timed assertion: it checks every run was decided, and prints the numbers when
 * CHAOS_GATE_MEASURE is set (`CHAOS_GATE_MEASURE=1 npx jest detection-latency`).
 */
import { performance } from 'node:perf_hooks'

import {
  demoEngine,
  experimentOf,
  type LitmusSim,
  observeAll,
  runContext,
  startLitmusSim
} from './sim-harness'

const RUNS = 20

let cluster: LitmusSim
beforeAll(async () => {
  cluster = await startLitmusSim()
})
afterAll(async () => {
  await cluster.close()
})

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

it('decides within milliseconds of the verdict being written', async () => {
  const latencies: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const runId = `lat-${i}`
    const exp = experimentOf('checkout', demoEngine({ durationSeconds: 5 }))
    const ctx = runContext(runId, exp.name)
    const handle = await cluster.backend.submit(exp, ctx)
    let written = 0
    const result = {
      apiVersion: 'litmuschaos.io/v1alpha1',
      kind: 'ChaosResult',
      namespace: 'staging',
      name: `${handle.name}-pod-delete`
    }
    const verdictWritten = cluster.sim.objects.waitFor(
      result,
      (obj) => {
        const status = obj?.status
        const verdict =
          typeof status === 'object' && status !== null && 'experimentStatus' in status
            ? JSON.stringify(status.experimentStatus)
            : ''
        if (!verdict.includes('"verdict":"Pass"')) return false
        written = performance.now()
        return true
      },
      10_000
    )
    const seen = await observeAll(cluster.backend, handle, ctx)
    const decided = performance.now()
    await verdictWritten
    expect(seen.at(-1)).toMatchObject({ verdict: 'pass', terminal: true })
    latencies.push(decided - written)
    await cluster.backend.cleanup({ runId, namespaces: ['staging'], handles: [handle] }, ctx)
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const summary = `detection latency over ${RUNS} runs: median ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms`
  if (process.env.CHAOS_GATE_MEASURE) process.stdout.write(`${summary}\n`)
  expect(latencies.every((ms) => ms >= 0)).toBe(true)
}, 60_000)
