/**
 * Measures the abort latency of a Prometheus-gated experiment through the real engine (not a test:
 * performance is never asserted). Run: `npx tsx test/prometheus/measure-abort-latency.ts [runs]`.
 *
 * "Visible": the first moment a side poller (every 50 ms, at Prometheus server time) sees the
 * check's query over its threshold. "Abort request": the engine's breachAt, when the guard decided
 * and asked the backend to stop the fault. Check interval 1 s, scrape interval 1 s.
 */
import { startDemoService } from '../../src/demo/demo-service'
import { PrometheusClient } from '../../src/steady-state/prometheus/client'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { errorExperiment, GateHarness } from './gate-harness'

const QUERY =
  '(sum(rate(shop_edge_requests_total{code=~"5..|error"}[3s])) or vector(0)) / sum(rate(shop_edge_requests_total[3s]))'

async function main(runs: number): Promise<void> {
  const shop = await startDemoService({ clock: systemClock, random: Math.random })
  const gate = await GateHarness.start()
  const client = new PrometheusClient(gate.prometheus.endpoint(), {
    clock: systemClock,
    log: silentLog,
    env: {}
  })
  const rows: { visibleToAbort: number; injectToVisible: number; injectToAbort: number }[] = []
  try {
    for (let i = 0; i < runs; i++) {
      let visibleAt: number | undefined
      const stop = new AbortController()
      const poller = (async () => {
        while (!stop.signal.aborted) {
          const answer = await client
            .query(QUERY, { signal: stop.signal, retries: 0 })
            .catch(() => undefined)
          const v =
            answer?.result.resultType === 'vector' ? answer.result.series[0]?.value : undefined
          if (visibleAt === undefined && v !== undefined && v > 0.05) visibleAt = Date.now()
          await systemClock.sleep(50, stop.signal).catch(() => undefined)
        }
      })()
      const report = await gate.run(
        `latency-${i}`,
        errorExperiment(`abort-latency-${i}`, shop.url, 50)
      )
      stop.abort()
      await poller
      const f = report.experiments[0]?.fault
      if (visibleAt === undefined || f?.breachAt === undefined || f.injectedAt === undefined) {
        console.log(`run ${i}: incomplete (${report.experiments[0]?.reasons[0] ?? 'no report'})`)
        continue
      }
      rows.push({
        visibleToAbort: f.breachAt - visibleAt,
        injectToVisible: visibleAt - f.injectedAt,
        injectToAbort: f.breachAt - f.injectedAt
      })
      console.log(`run ${i}: ${JSON.stringify(rows.at(-1))}`)
    }
  } finally {
    client.close()
    await gate.dispose()
    await shop.close()
  }
  for (const key of ['visibleToAbort', 'injectToVisible', 'injectToAbort'] as const) {
    const xs = rows.map((r) => r[key]).sort((a, b) => a - b)
    const median = xs[Math.floor(xs.length / 2)] ?? NaN
    console.log(
      `${key.padEnd(16)} median ${median} ms  min ${xs[0]} ms  max ${xs.at(-1)} ms  (n=${xs.length})`
    )
  }
}

void main(Number(process.argv[2] ?? 5))
