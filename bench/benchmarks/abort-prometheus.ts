/**
 * Abort latency with the Prometheus source: a real Prometheus (the Debian package's binary,
 * started as the integration tests start it) scrapes a stand-in service's request counters every
 * second; the service starts failing half of its requests, and the breach is visible when a query
 * of the check's own expression first answers above the threshold. The benchmark asks every
 * 25 ms, so "visible" is at most 25 ms late.
 */
import { performance } from 'node:perf_hooks'

import { LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { MetricsServer } from '../harness/metrics-server'
import type { BenchContext, Row } from '../harness/model'
import { StubServer } from '../harness/stub-server'
import { latencyRows, SLACK_MS } from './abort-latency'

const WINDOW = '3s'
const THRESHOLD = 0.05
/** The check's query as written, and as the gate evaluates it. */
const RATIO_TEMPLATE =
  'sum(rate(bench_requests_total{code="500"}[{{window}}])) / sum(rate(bench_requests_total[{{window}}]))'
const RATIO = RATIO_TEMPLATE.replaceAll('{{window}}', WINDOW)
const VISIBLE_POLL_MS = 25

export async function prometheusRows(ctx: BenchContext): Promise<Row[]> {
  const metrics = await MetricsServer.start()
  const upstream = await StubServer.start()
  const prometheus = await LocalPrometheus.start({
    jobs: [{ job: 'bench', targets: [metrics.target] }],
    scrapeIntervalMs: 1000,
    clock: systemClock,
    log: silentLog
  })
  // Watching outlives the abort: the 3 s window keeps the ratio high, so a breach the gate saw
  // between two of the benchmark's queries is still seen, at most 25 ms late.
  const watching = new AbortController()
  try {
    return await latencyRows(
      ctx,
      'Prometheus (1 s scrapes)',
      upstream,
      {
        steadyState: (intervalMs) => `  steadyState:
    prometheus: { url: '${prometheus.url}', scrapeInterval: 1s, timeout: 2s }
    defaults: { interval: ${intervalMs}ms, window: ${WINDOW}, minSamples: 1 }
    phases:
      before: { samples: 1, spacing: 100ms }
      during: { abortOnFail: true }
      after: { settle: 0s, timeout: 20s }
    checks:
      - name: error-ratio
        query: '${RATIO_TEMPLATE}'
        threshold: { max: ${THRESHOLD} }`,
        breach: () => {
          metrics.setBroken(true)
          return firstAbove(prometheus.url, watching.signal)
        },
        heal: () => metrics.setBroken(false),
        limit: (intervalMs) => ({ ms: intervalMs + SLACK_MS, text: `interval + ${SLACK_MS} ms` })
      },
      ctx.quick ? [1000] : [1000, 2000]
    )
  } finally {
    watching.abort()
    await prometheus.dispose()
    await upstream.close()
    await metrics.close()
  }
}

/** Asks Prometheus every 25 ms until the ratio is above the threshold; when that answer came. */
async function firstAbove(url: string, signal: AbortSignal): Promise<number> {
  const query = `${url}/api/v1/query?query=${encodeURIComponent(RATIO)}`
  while (!signal.aborted) {
    const answer: unknown = await (await fetch(query, { signal })).json()
    if (valueOf(answer) > THRESHOLD) return performance.now()
    await systemClock.sleep(VISIBLE_POLL_MS, signal).catch(() => undefined)
  }
  throw new Error('the breach never became visible in Prometheus')
}

/** The value of an instant vector's single sample, or NaN. */
function valueOf(answer: unknown): number {
  const result = path(answer, ['data', 'result'])
  const first: unknown = Array.isArray(result) ? result[0] : undefined
  const value = path(first, ['value'])
  return Array.isArray(value) ? Number(value[1]) : Number.NaN
}

function path(value: unknown, keys: readonly string[]): unknown {
  let at = value
  for (const key of keys) at = isRecord(at) ? at[key] : undefined
  return at
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
