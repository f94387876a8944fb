/**
 * Shared setup for tests against a real Prometheus: one server per test file, scraping simulated
 * services every second. When the binary is missing the setup fails and says how to install it;
 * it never skips.
 */
import type { CheckSpec } from '../../src/manifest/steady-state-model'
import { judge, type JudgeContext } from '../../src/steady-state/evaluate'
import type { MeasureContext, Measurement, RawMeasurement } from '../../src/steady-state/model'
import { LocalPrometheus, type ScrapeJob } from '../../src/steady-state/prometheus/local-prometheus'
import {
  createPrometheusSource,
  type PrometheusSource
} from '../../src/steady-state/prometheus/prometheus-source'
import { systemClock } from '../../src/util/clock'
import { RecordingLog } from './client-setup'

export const SCRAPE_INTERVAL_MS = 1000

export interface RealPrometheus {
  readonly prometheus: LocalPrometheus
  readonly source: PrometheusSource
  readonly log: RecordingLog
  /** Reads the server clock, measures and judges one check, as one engine tick would. */
  tick(
    check: CheckSpec,
    ctx?: Partial<JudgeContext & MeasureContext>
  ): Promise<{ raw: RawMeasurement; m: Measurement }>
  dispose(): Promise<void>
}

export async function startRealPrometheus(jobs: readonly ScrapeJob[]): Promise<RealPrometheus> {
  const log = new RecordingLog()
  const prometheus = await LocalPrometheus.start({
    jobs,
    scrapeIntervalMs: SCRAPE_INTERVAL_MS,
    clock: systemClock,
    log
  })
  const source = createPrometheusSource(prometheus.endpoint(), { clock: systemClock, log, env: {} })
  const signal = new AbortController().signal
  return {
    prometheus,
    source,
    log,
    async tick(check, ctx = {}) {
      const phase = ctx.phase ?? 'during'
      const at = await source.now(signal)
      const measureCtx = {
        phase,
        ...(ctx.faultStartedAt !== undefined && { faultStartedAt: ctx.faultStartedAt })
      }
      const raw = await source.measure(check, at, measureCtx, signal)
      const m = judge(check, raw, { phase, ...(ctx.baseline && { baseline: ctx.baseline }) })
      return { raw, m }
    },
    async dispose() {
      source.close()
      await prometheus.dispose()
    }
  }
}

/** Polls on real time until `check` holds; for waiting on scrapes, which have no event to await. */
export async function eventually<T>(
  probe: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 10_000
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (holds(value)) return value
    if (Date.now() > until)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`
      )
    await systemClock.sleep(200)
  }
}
