/**
 * The `prometheus` MetricSource (docs/engine.md, "Metric sources"): renders each check's query at
 * the tick's evaluation time, which is Prometheus server time, runs the guard query alongside, and
 * returns the values or a classified error. It never judges and never throws for data problems;
 * only cancellation (the caller's signal) and bugs propagate.
 */
import { renderQuery, type TemplateValues } from '../../manifest/queries/query-template'
import type { CheckSpec, PrometheusEndpoint } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import { formatDuration } from '../../util/duration'
import { truncate } from '../../util/errors'
import type { Log } from '../../util/log'
import { DEFAULT_SCRAPE_INTERVAL_MS, SLO_WINDOW_LABEL, sloWindows } from '../burn-rate'
import type { MeasureContext, MetricSource, RawMeasurement, SeriesSample } from '../model'
import { PrometheusClient, type PrometheusClientDeps } from './client'
import { instantSamples } from './instant-samples'
import { PrometheusError } from './prometheus-error'

/** The server-clock query gets a short deadline: a healthy server answers time() in a millisecond. */
const CLOCK_TIMEOUT_MS = 2000
/** Skew worth telling the user about. */
const NOTABLE_SKEW_MS = 1000
/** How much older than the evaluation time a sample may be before it is stale (no data). */
const STALE_AFTER_MS = 60_000

interface Answer {
  readonly series: readonly SeriesSample[]
  readonly warnings: readonly string[]
}

export class PrometheusSource implements MetricSource {
  readonly kind = 'prometheus' as const
  private skew: number | undefined
  private readonly seen = new Set<string>()
  private readonly scrapeIntervalMs: number

  constructor(
    private readonly client: PrometheusClient,
    private readonly endpoint: PrometheusEndpoint,
    private readonly deps: { readonly clock: Clock; readonly log: Log }
  ) {
    this.scrapeIntervalMs = endpoint.scrapeIntervalMs ?? DEFAULT_SCRAPE_INTERVAL_MS
  }

  /** The Prometheus URL, without credentials. */
  get url(): string {
    return this.client.url
  }

  /** Prometheus time minus the runner's, measured at the last successful `now()`. */
  get skewMs(): number | undefined {
    return this.skew
  }

  /**
   * Prometheus's notion of now (`time()`), so every check evaluates at server time and windows
   * are never in the future. When the server cannot answer, the runner's clock corrected by the
   * last known skew; the measurements of that tick will then report the outage themselves.
   */
  async now(signal: AbortSignal): Promise<number> {
    const sent = this.deps.clock.now()
    try {
      const answer = await this.client.query('time()', {
        signal,
        retries: 0,
        timeoutMs: Math.min(CLOCK_TIMEOUT_MS, this.endpoint.timeoutMs)
      })
      const received = this.deps.clock.now()
      if (answer.result.resultType !== 'scalar')
        throw new Error(`time() answered ${answer.result.resultType}`)
      const server = Math.round(answer.result.value * 1000)
      this.noteSkew(server - (sent + received) / 2)
      return server
    } catch (err) {
      if (signal.aborted) throw err
      this.deps.log.debug(
        `prometheus: cannot read the server clock (${err instanceof Error ? err.message : 'error'}); using the runner's clock`
      )
      return this.deps.clock.now() + (this.skew ?? 0)
    }
  }

  async measure(
    check: CheckSpec,
    at: number,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    try {
      const values = this.templateValues(check, at, ctx)
      const guardQuery = check.guard?.query
      const [main, guard] = await Promise.all([
        check.slo
          ? this.sloSeries(check, at, ctx, signal)
          : this.instant(renderQuery(check.query, values), at, signal),
        guardQuery !== undefined
          ? this.instant(renderQuery(guardQuery, values), at, signal)
          : undefined
      ])
      const warnings = [...main.warnings, ...(guard?.warnings ?? [])]
      if (warnings.length > 0 && this.endpoint.strictWarnings) {
        return {
          kind: 'error',
          at,
          errorKind: 'partial',
          message: `Prometheus warned that the answer may be partial (strictWarnings): ${warnings.join('; ')}`
        }
      }
      return {
        kind: 'values',
        at,
        series: main.series,
        warnings,
        ...(guard && { guard: guard.series })
      }
    } catch (err) {
      if (signal.aborted) throw err
      if (err instanceof PrometheusError)
        return { kind: 'error', at, errorKind: err.kind, message: err.message }
      if (err instanceof RangeError)
        return { kind: 'error', at, errorKind: 'config', message: err.message }
      throw err
    }
  }

  /** Closes idle connections. */
  close(): void {
    this.client.close()
  }

  /** The error ratio over each SLO window, labelled with its window for the evaluator. */
  private async sloSeries(
    check: CheckSpec,
    at: number,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<Answer> {
    const slo = check.slo
    if (!slo) return { series: [], warnings: [] }
    const windows = sloWindows(
      slo,
      at,
      this.serverTime(ctx.faultStartedAt),
      check.windowMs,
      this.scrapeIntervalMs
    )
    const base = this.templateValues(check, at, ctx)
    const answers = await Promise.all(
      windows.map(async (w) => {
        const answer = await this.instant(
          renderQuery(slo.errorRatio, { ...base, windowMs: w.ms }),
          at,
          signal
        )
        const series = answer.series.map((s) => ({
          labels: { ...s.labels, [SLO_WINDOW_LABEL]: w.label },
          value: s.value
        }))
        return { series, warnings: answer.warnings }
      })
    )
    return {
      series: answers.flatMap((a) => a.series),
      warnings: answers.flatMap((a) => a.warnings)
    }
  }

  private async instant(expr: string, at: number, signal: AbortSignal): Promise<Answer> {
    const answer = await this.client.query(expr, { time: at, signal })
    for (const info of answer.infos)
      this.once(`info:${info}`, () => this.deps.log.info(`prometheus: ${info} (query ${expr})`))
    for (const warning of answer.warnings)
      this.once(`warn:${warning}`, () =>
        this.deps.log.warn(`prometheus: ${warning} (query ${expr})`)
      )
    return {
      series: this.fresh(instantSamples(answer.result, expr), at, expr),
      warnings: answer.warnings
    }
  }

  /**
   * Drops samples from long before the evaluation time. Prometheus stamps an instant query's
   * samples with the time asked for, so an old stamp means something between (a query cache, a
   * stale federation) answered for another moment: that is no data, never a value for now.
   */
  private fresh(series: readonly SeriesSample[], at: number, expr: string): SeriesSample[] {
    const kept = series.filter((s) => s.at === undefined || at - s.at <= STALE_AFTER_MS)
    const dropped = series.find((s) => !kept.includes(s))
    if (dropped?.at !== undefined) {
      const age = formatDuration(at - dropped.at)
      this.once(`stale:${expr}`, () =>
        this.deps.log.warn(
          `prometheus: ${series.length - kept.length} sample(s) of '${truncate(expr, 80)}' are ${age} older than the evaluation time and count as no data; is a cache in front of Prometheus?`
        )
      )
    }
    return kept.map(({ labels, value }) => ({ labels, value }))
  }

  private templateValues(check: CheckSpec, at: number, ctx: MeasureContext): TemplateValues {
    return {
      windowMs: check.windowMs,
      startMs: this.serverTime(ctx.faultStartedAt) ?? at - check.windowMs,
      endMs: at,
      minDurationMs: 2 * this.scrapeIntervalMs
    }
  }

  /**
   * A runner-clock time (the engine records the fault start on its own clock) as Prometheus time,
   * so `since the fault started` is right however far the two clocks are apart.
   */
  private serverTime(runnerTime: number | undefined): number | undefined {
    return runnerTime === undefined ? undefined : runnerTime + (this.skew ?? 0)
  }

  private noteSkew(skew: number): void {
    const first = this.skew === undefined
    this.skew = skew
    if (first && Math.abs(skew) >= NOTABLE_SKEW_MS) {
      this.deps.log.warn(
        `the runner's clock is ${formatDuration(Math.abs(skew))} ${skew > 0 ? 'behind' : 'ahead of'} Prometheus; every check is evaluated at Prometheus time`
      )
    }
  }

  /** Logs each distinct note once per source, so a warning repeated every tick is said once. */
  private once(key: string, say: () => void): void {
    if (this.seen.has(key)) return
    this.seen.add(key)
    say()
  }
}

/** Builds the source for an endpoint. Throws a `config` PrometheusError for a bad URL, CA file or proxy. */
export function createPrometheusSource(
  endpoint: PrometheusEndpoint,
  deps: PrometheusClientDeps
): PrometheusSource {
  return new PrometheusSource(new PrometheusClient(endpoint, deps), endpoint, deps)
}
