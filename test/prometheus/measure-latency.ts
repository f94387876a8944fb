/**
 * Measures instant-query latency against a real local Prometheus (not a test: performance is never
 * asserted). Run: `npx tsx test/prometheus/measure-latency.ts [samples]`.
 * Prints median and p95 of: the server clock (`time()`), one check (an error ratio per route over
 * a 5 s window), and a whole tick (clock + 5 checks concurrently, as the engine runs them).
 */
import { judge } from '../../src/steady-state/evaluate'
import { LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { createPrometheusSource } from '../../src/steady-state/prometheus/prometheus-source'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { makeCheck } from '../fakes/check'
import { SimulatedService } from './simulated-service'

async function main(samples: number): Promise<void> {
  const service = await SimulatedService.start()
  for (const route of ['/pay', '/cart', '/search', '/home']) {
    service.route(route, { rps: 100, errorRatio: 0.01, latencySeconds: 0.04 })
  }
  const prom = await LocalPrometheus.start({
    jobs: [{ job: 'shop', targets: [service.target] }],
    scrapeIntervalMs: 1000,
    clock: systemClock,
    log: silentLog
  })
  const source = createPrometheusSource(prom.endpoint(), {
    clock: systemClock,
    log: silentLog,
    env: {}
  })
  const signal = new AbortController().signal
  const check = makeCheck({
    windowMs: 5000,
    query:
      'sum by (route)(rate(http_requests_total{code="500"}[{{window}}])) / sum by (route)(rate(http_requests_total[{{window}}]))',
    threshold: { max: 0.05 }
  })
  const checks = [0, 1, 2, 3, 4].map((i) => ({ ...check, name: `check-${i}` }))
  const clock: number[] = []
  const one: number[] = []
  const tick: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      let t = performance.now()
      const at = await source.now(signal)
      clock.push(performance.now() - t)
      t = performance.now()
      judge(check, await source.measure(check, at, { phase: 'during' }, signal), {
        phase: 'during'
      })
      one.push(performance.now() - t)
      t = performance.now()
      const tickAt = await source.now(signal)
      await Promise.all(checks.map((c) => source.measure(c, tickAt, { phase: 'during' }, signal)))
      tick.push(performance.now() - t)
    }
  } finally {
    source.close()
    await prom.dispose()
    await service.stop()
  }
  for (const [name, xs] of [
    ['server clock time()', clock],
    ['one check (measure)', one],
    ['tick: clock + 5 checks', tick]
  ] as const) {
    console.log(
      `${name.padEnd(24)} median ${quantile(xs, 0.5).toFixed(2)} ms   p95 ${quantile(xs, 0.95).toFixed(2)} ms   (n=${xs.length})`
    )
  }
}

function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

void main(Number(process.argv[2] ?? 300))
