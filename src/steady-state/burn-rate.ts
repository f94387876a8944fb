/**
 * SLO burn rate over the fault window (docs/prometheus.md, "SLO burn rate and error budget"): the Google SRE workbook's
 * multiwindow rule adapted to experiments that last minutes. The long window is the time since the
 * fault started, the short windows are fixed; a rule fires only when both burn faster than its
 * `max`, so a blip does not abort and a recovered service resets quickly. The source returns the
 * error ratio of each window as a series labelled `slo_window`; this module decides.
 */
import type { Phase, SloRule } from '../manifest/steady-state-model'
import { toGoDuration } from '../util/duration'
import type { Level, SeriesJudgement, SeriesSample } from './model'
import { formatLabels, seriesKey } from './series-key'
import { above } from './tolerance'

/** The label that tells the window of each error-ratio series apart. */
export const SLO_WINDOW_LABEL = 'slo_window'
/** Its value for the long window (since the fault started). */
export const LONG_WINDOW = 'long'
/** Prometheus's default scrape interval, used when the endpoint does not state one. */
export const DEFAULT_SCRAPE_INTERVAL_MS = 60_000

/** One window an SLO check queries. */
export interface SloWindow {
  /** `long`, or the short window as a Prometheus duration (`2m`). */
  readonly label: string
  readonly ms: number
}

/**
 * The windows to query at `at`. The long window runs from the fault start, clamped to at least two
 * scrape intervals so rate() has two samples; before the fault it is the check's own window.
 */
export function sloWindows(
  slo: SloRule,
  at: number,
  faultStartedAt: number | undefined,
  windowMs: number,
  scrapeIntervalMs: number
): SloWindow[] {
  const since = faultStartedAt !== undefined ? at - faultStartedAt : windowMs
  const longMs = Math.ceil(Math.max(since, 2 * scrapeIntervalMs) / 1000) * 1000
  const shorts = slo.burnRate.map((r) => shortLabel(r.shortMs))
  return [
    { label: LONG_WINDOW, ms: longMs },
    ...slo.burnRate
      .filter((r, i) => shorts.indexOf(shortLabel(r.shortMs)) === i)
      .map((r) => ({ label: shortLabel(r.shortMs), ms: r.shortMs }))
  ]
}

/** The `slo_window` value of a short window. */
export function shortLabel(ms: number): string {
  return toGoDuration(ms)
}

/** Error ratio as a multiple of the budgeted ratio: 1 spends exactly the budget over the period. */
export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective)
}

/**
 * The fraction of the period's error budget spent over `durationMs` at a mean burn rate. Assumes
 * stationary traffic (the same request rate over the period), and says so in the docs.
 */
export function budgetSpend(meanBurn: number, durationMs: number, periodMs: number): number {
  return (meanBurn * durationMs) / periodMs
}

/** The judgement of an SLO check's answer: one entry per window series, valued as burn rates. */
export interface BurnJudgement {
  readonly level: Level
  readonly series: readonly SeriesJudgement[]
  readonly message: string
}

/** Judges every label set of an SLO answer; the worst one decides. */
export function judgeBurnRate(
  name: string,
  slo: SloRule,
  samples: readonly SeriesSample[],
  phase: Phase
): BurnJudgement {
  const groups = groupByWindow(samples)
  if (groups.size === 0) {
    return {
      level: 'nodata',
      series: [],
      message: 'no data: the error-ratio query returned no series'
    }
  }
  const longName = phase === 'before' ? 'over the long window' : 'since the fault started'
  const judged = [...groups.values()].map((g) => judgeGroup(slo, g, longName))
  const worst = judged.reduce((a, b) => (rank(b.level) > rank(a.level) ? b : a))
  const series = judged.flatMap((j) => j.series)
  return { level: worst.level, series, message: `${name}: ${worst.message}` }
}

interface WindowGroup {
  readonly labels: Readonly<Record<string, string>>
  readonly ratios: Map<string, number>
}

function groupByWindow(samples: readonly SeriesSample[]): Map<string, WindowGroup> {
  const groups = new Map<string, WindowGroup>()
  for (const s of samples) {
    const { [SLO_WINDOW_LABEL]: window, ...labels } = s.labels
    if (window === undefined) continue
    const key = seriesKey(labels)
    const group = groups.get(key) ?? { labels, ratios: new Map<string, number>() }
    group.ratios.set(window, s.value)
    groups.set(key, group)
  }
  return groups
}

type BurnRule = SloRule['burnRate'][number]

/** How one label set came out: the rule that fired (breach) or could not be decided (nodata). */
interface Decision {
  readonly level: 'ok' | 'breach' | 'nodata'
  readonly rule?: BurnRule
}

interface GroupVerdict {
  readonly level: Level
  readonly series: readonly SeriesJudgement[]
  readonly message: string
}

function judgeGroup(slo: SloRule, group: WindowGroup, longName: string): GroupVerdict {
  const where = Object.keys(group.labels).length > 0 ? ` ${formatLabels(group.labels)}` : ''
  const burns = new Map<string, number>()
  for (const [w, ratio] of group.ratios) {
    if (!Number.isNaN(ratio)) burns.set(w, burnRate(ratio, slo.objective))
  }
  const long = burns.get(LONG_WINDOW)
  if (long === undefined) {
    const message = `no data: the error ratio ${longName} is missing or NaN${where}`
    return { level: 'nodata', series: [], message }
  }
  const decision = decide(slo.burnRate, long, burns)
  const series = [...burns].map(([w, value]) => judgement(group.labels, w, value, decision))
  return {
    level: decision.level,
    series,
    message: `${describe(long, burns, slo, decision, longName)}${where}`
  }
}

/** A rule fires when both windows burn faster than its max; the first firing rule wins. */
function decide(
  rules: readonly BurnRule[],
  long: number,
  burns: ReadonlyMap<string, number>
): Decision {
  const over = rules.filter((r) => above(long, r.max))
  const fired = over.find((r) => above(burns.get(shortLabel(r.shortMs)) ?? -Infinity, r.max))
  if (fired) return { level: 'breach', rule: fired }
  const unknown = over.find((r) => !burns.has(shortLabel(r.shortMs)))
  return unknown ? { level: 'nodata', rule: unknown } : { level: 'ok' }
}

function judgement(
  labels: Readonly<Record<string, string>>,
  window: string,
  value: number,
  decision: Decision
): SeriesJudgement {
  const j: SeriesJudgement = {
    labels: { ...labels, [SLO_WINDOW_LABEL]: window },
    value,
    level: 'ok'
  }
  const rule = decision.rule
  if (!rule || (window !== LONG_WINDOW && window !== shortLabel(rule.shortMs))) return j
  return { ...j, level: decision.level, rule: 'slo.burnRate', bound: rule.max }
}

function describe(
  long: number,
  burns: ReadonlyMap<string, number>,
  slo: SloRule,
  decision: Decision,
  longName: string
): string {
  const x = (v: number | undefined): string => (v === undefined ? 'no data' : `${round(v)}x`)
  const since = `${x(long)} ${longName}`
  const rule = decision.rule
  if (rule && decision.level === 'breach') {
    const short = shortLabel(rule.shortMs)
    return `burn rate ${since} and ${x(burns.get(short))} over ${short} > ${rule.max}`
  }
  if (rule) {
    return `no data: burn rate ${since} is over ${rule.max} but the ${shortLabel(rule.shortMs)} window has no data`
  }
  const shorts = [...burns].filter(([w]) => w !== LONG_WINDOW).map(([w, v]) => `${x(v)} over ${w}`)
  const max = Math.min(...slo.burnRate.map((r) => r.max))
  return `burn rate ${[since, ...shorts].join(', ')} (max ${max})`
}

const RANK: Readonly<Record<Level, number>> = { ok: 0, warn: 1, nodata: 2, breach: 3, error: 4 }

function rank(level: Level): number {
  return RANK[level]
}

function round(v: number): string {
  return String(Number(v.toPrecision(3)))
}
