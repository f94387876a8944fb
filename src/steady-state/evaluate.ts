/**
 * Pure judgement of one raw measurement against a check (docs/engine.md, "Metric sources").
 * No I/O and no clock: the same inputs always give the same Measurement.
 */
import type { Bounds, CheckSpec, Phase } from '../manifest/steady-state-model'
import type { Baseline } from './baseline'
import { judgeBurnRate } from './burn-rate'
import { formatAgainst, formatValue } from './format-value'
import { unmetGuard } from './guard'
import type { Level, Measurement, RawMeasurement, SeriesJudgement, SeriesSample } from './model'
import { formatLabels, parseSeriesKey, seriesKey } from './series-key'
import { above, below } from './tolerance'

/** What a judgement may depend on besides the check and the raw values. */
export interface JudgeContext {
  readonly phase: Phase
  /** Pre-fault medians per series; relative rules need it during and after the fault. */
  readonly baseline?: Baseline
}

/** One rule's view of one series value. */
export interface RuleVerdict {
  readonly level: 'ok' | 'warn' | 'breach' | 'nodata'
  readonly rule?: string
  readonly bound?: number
  readonly baseline?: number
}

/** A rule judges one series; undefined means the rule does not apply to this check or phase. */
export type SeriesRule = (
  sample: SeriesSample,
  check: CheckSpec,
  ctx: JudgeContext
) => RuleVerdict | undefined

function checkBounds(
  value: number,
  bounds: Bounds | undefined,
  level: 'warn' | 'breach',
  name: string
): RuleVerdict | undefined {
  if (!bounds) return undefined
  if (bounds.min !== undefined && below(value, bounds.min))
    return { level, rule: `${name}.min`, bound: bounds.min }
  if (bounds.max !== undefined && above(value, bounds.max))
    return { level, rule: `${name}.max`, bound: bounds.max }
  return { level: 'ok' }
}

/** Outside `threshold` (inclusive) is a breach. */
export const thresholdRule: SeriesRule = (sample, check) =>
  checkBounds(sample.value, check.threshold, 'breach', 'threshold')

/** Inside the threshold but outside `warn` is the grey zone. */
export const warnRule: SeriesRule = (sample, check) =>
  checkBounds(sample.value, check.warn, 'warn', 'warn')

/**
 * Relative to the pre-fault median of the same series. A breach needs both the ratio and the
 * absolute slack exceeded, so a near-zero baseline cannot turn noise into a breach. No baseline at
 * all means no data, never a pass; a series that is new since the baseline is left to the
 * absolute rules (docs/manifests.md, `steadyState`).
 */
export const relativeRule: SeriesRule = (sample, check, ctx) => {
  const rel = check.relative
  if (!rel || ctx.phase === 'before') return undefined
  if (!ctx.baseline || ctx.baseline.size === 0)
    return { level: 'nodata', rule: 'relative.baseline' }
  const b = ctx.baseline.get(seriesKey(sample.labels))
  if (b === undefined) return undefined
  const v = sample.value
  if (rel.maxIncrease !== undefined) {
    const bound = Math.max(b * (1 + rel.maxIncrease), b + rel.slack)
    if (above(v, bound))
      return { level: 'breach', rule: 'relative.maxIncrease', bound, baseline: b }
  }
  if (rel.maxDecrease !== undefined) {
    const bound = Math.min(b * (1 - rel.maxDecrease), b - rel.slack)
    if (below(v, bound))
      return { level: 'breach', rule: 'relative.maxDecrease', bound, baseline: b }
  }
  return { level: 'ok', baseline: b }
}

/** Rules applied to every series, in order; the worst verdict wins. */
export const SERIES_RULES: readonly SeriesRule[] = [thresholdRule, relativeRule, warnRule]

const SEVERITY: Readonly<Record<Level, number>> = { ok: 0, warn: 1, nodata: 2, breach: 3, error: 4 }

/** The worse of two levels: error > breach > nodata > warn > ok. */
export function worse(a: Level, b: Level): Level {
  return SEVERITY[b] > SEVERITY[a] ? b : a
}

/** Judges one raw measurement. */
export function judge(check: CheckSpec, raw: RawMeasurement, ctx: JudgeContext): Measurement {
  const base = { check: check.name, phase: ctx.phase, at: raw.at }
  if (raw.kind === 'error') {
    return { ...base, level: 'error', series: [], message: raw.message, errorKind: raw.errorKind }
  }
  const guardProblem = unmetGuard(check, raw.guard)
  if (guardProblem) return { ...base, level: 'nodata', series: [], message: guardProblem }
  if (check.slo) return { ...base, ...judgeBurnRate(check.name, check.slo, raw.series, ctx.phase) }
  const samples = raw.series.filter((s) => !Number.isNaN(s.value))
  if (samples.length === 0) {
    const why = raw.series.length === 0 ? 'the query returned no series' : 'every series is NaN'
    return { ...base, level: 'nodata', series: [], message: `no data: ${why}` }
  }
  if (check.series === 'single' && samples.length > 1) {
    const labels = samples.map((s) => formatLabels(s.labels)).join(', ')
    return {
      ...base,
      level: 'error',
      series: [],
      errorKind: 'config',
      message: `expected one series but got ${samples.length} (${labels}); aggregate the query (sum, max) or set series: each`
    }
  }
  const series = samples.map((s) => judgeSeries(s, check, ctx))
  const level = series.reduce<Level>((acc, s) => worse(acc, s.level), 'ok')
  const gone = vanished(check, samples, ctx)
  if (gone.length > 0 && SEVERITY[level] < SEVERITY.nodata) {
    const which = gone.map(formatLabels).join(', ')
    const message = `no data: ${check.name} has no value now for ${which}, which the baseline has`
    return { ...base, level: 'nodata', series, message }
  }
  return { ...base, level, series, message: describe(check, series, level) }
}

/**
 * Series of the baseline that have no (non-NaN) value now. Each is no data for its own label set,
 * so a relative check cannot pass because the series it compares has disappeared.
 */
function vanished(
  check: CheckSpec,
  samples: readonly SeriesSample[],
  ctx: JudgeContext
): Readonly<Record<string, string>>[] {
  if (!check.relative || ctx.phase === 'before' || !ctx.baseline) return []
  const present = new Set(samples.map((s) => seriesKey(s.labels)))
  return [...ctx.baseline.keys()].filter((k) => !present.has(k)).map(parseSeriesKey)
}

function judgeSeries(sample: SeriesSample, check: CheckSpec, ctx: JudgeContext): SeriesJudgement {
  let verdict: RuleVerdict = { level: 'ok' }
  let baseline: number | undefined
  for (const rule of SERIES_RULES) {
    const v = rule(sample, check, ctx)
    if (!v) continue
    if (v.baseline !== undefined) baseline = v.baseline
    if (SEVERITY[v.level] > SEVERITY[verdict.level]) verdict = v
  }
  const j: SeriesJudgement = { labels: sample.labels, value: sample.value, level: verdict.level }
  return {
    ...j,
    ...(verdict.rule !== undefined && { rule: verdict.rule }),
    ...(verdict.bound !== undefined && { bound: verdict.bound }),
    ...(baseline !== undefined && { baseline })
  }
}

function describe(check: CheckSpec, series: readonly SeriesJudgement[], level: Level): string {
  const worst = series.find((s) => s.level === level) ?? series[0]
  if (!worst) return `${check.name}: no series`
  const labels = Object.keys(worst.labels).length > 0 ? ` ${formatLabels(worst.labels)}` : ''
  const shown =
    worst.bound !== undefined ? formatAgainst(worst.value, worst.bound) : formatValue(worst.value)
  const value = `${check.name} = ${shown}${labels}`
  const more = series.length > 1 ? ` (${series.length} series)` : ''
  if (!worst.rule) return `${value}${more}`
  if (worst.level === 'nodata')
    return `${value}: no baseline, since nothing was measured before the fault${more}`
  const op = worst.rule.endsWith('.min') || worst.rule.endsWith('Decrease') ? '<' : '>'
  const base = worst.baseline !== undefined ? ` (baseline ${formatValue(worst.baseline)})` : ''
  return `${value} ${op} ${worst.rule} ${formatValue(worst.bound ?? Number.NaN)}${base}${more}`
}
