/**
 * Each experiment against its last runs on earlier commits: verdict streak, MTTR, abort latency,
 * worst value, a small MTTR trend, and a regression flag when recovery is much slower than
 * usual. Also the run's resilience score (formula in docs/report.md, "Resilience score").
 */
import { formatDuration } from '../../util/duration'
import type { ExperimentRecord, RunRecord } from './run-record'

/** Recovery this many times slower than the median of earlier runs is flagged. */
export const REGRESSION_FACTOR = 2
/** Fewer earlier measurements than this are not a baseline. */
const MIN_BASELINE = 2

export interface ExperimentTrend {
  readonly name: string
  readonly verdict: string
  /** How many runs in a row, this one included, ended with this verdict. */
  readonly streak: number
  readonly mttrMs?: number
  readonly medianMttrMs?: number
  readonly abortLatencyMs?: number
  readonly worst?: number
  /** MTTR oldest first, this run last; undefined where a run measured none. */
  readonly mttrSeries: readonly (number | undefined)[]
  readonly regression?: string
}

export interface Trends {
  /** Earlier runs read, newest first. */
  readonly runs: number
  readonly experiments: readonly ExperimentTrend[]
  readonly score: number
  /** Scores of the earlier runs, newest first. */
  readonly previousScores: readonly number[]
}

export function trendsOf(current: RunRecord, earlier: readonly RunRecord[]): Trends {
  const experiments = current.experiments.map((e) => trendOf(e, earlier))
  const regressed = new Set(experiments.filter((t) => t.regression).map((t) => t.name))
  return {
    runs: earlier.length,
    experiments,
    score: resilienceScore(current.experiments, regressed),
    previousScores: earlier.map((r) => resilienceScore(r.experiments, new Set()))
  }
}

function trendOf(e: ExperimentRecord, earlier: readonly RunRecord[]): ExperimentTrend {
  const past = earlier.flatMap((r) => r.experiments.filter((x) => x.name === e.name))
  let streak = 1
  for (const p of past) {
    if (p.verdict !== e.verdict) break
    streak++
  }
  const pastMttr = past.map((p) => p.mttrMs).filter((m): m is number => m !== undefined)
  const median = pastMttr.length >= MIN_BASELINE ? medianOf(pastMttr) : undefined
  const factor = e.mttrMs !== undefined && median ? e.mttrMs / median : undefined
  const regression =
    factor !== undefined && factor >= REGRESSION_FACTOR
      ? `recovery ${factor.toFixed(1)}× slower than the median of the last ${pastMttr.length} runs`
      : undefined
  return {
    name: e.name,
    verdict: e.verdict,
    streak,
    mttrSeries: [...past.map((p) => p.mttrMs).reverse(), e.mttrMs],
    ...(e.mttrMs !== undefined && { mttrMs: e.mttrMs }),
    ...(median !== undefined && { medianMttrMs: median }),
    ...(e.abortLatencyMs !== undefined && { abortLatencyMs: e.abortLatencyMs }),
    ...(e.worst !== undefined && { worst: e.worst }),
    ...(regression && { regression })
  }
}

/**
 * 100 × the mean of the experiments' points: pass 1, inconclusive 0.5, anything else 0, and a
 * recovery regression costs 0.25; skipped experiments do not count. No experiment counted: 0.
 */
export function resilienceScore(
  experiments: readonly ExperimentRecord[],
  regressed: ReadonlySet<string>
): number {
  const counted = experiments.filter((e) => e.verdict !== 'skipped')
  if (counted.length === 0) return 0
  const points = counted.map((e) => {
    const base = e.verdict === 'pass' ? 1 : e.verdict === 'inconclusive' ? 0.5 : 0
    return Math.max(0, base - (regressed.has(e.name) ? 0.25 : 0))
  })
  return Math.round((100 * points.reduce((a, b) => a + b, 0)) / counted.length)
}

const BARS = '▁▂▃▄▅▆▇█'

/** A sparkline of the MTTR series; `·` for a run without one. */
export function sparkline(series: readonly (number | undefined)[]): string {
  const values = series.filter((v): v is number => v !== undefined)
  if (values.length === 0) return ''
  const max = Math.max(...values)
  return series
    .map((v) =>
      v === undefined
        ? '·'
        : (BARS[max === 0 ? 0 : Math.round((v / max) * (BARS.length - 1))] ?? '')
    )
    .join('')
}

/** The Markdown section for the job summary and the check run. */
export function renderTrends(t: Trends): string {
  const previous = t.previousScores.length
    ? ` (earlier runs, newest first: ${t.previousScores.join(', ')})`
    : ''
  const lines = [
    `### Trends: this run and the last ${t.runs} on earlier commits`,
    '',
    `Resilience score **${t.score}**${previous}`,
    ''
  ]
  const flagged = t.experiments.filter((e) => e.regression)
  for (const e of flagged) lines.push(`> ⚠️ **${e.name}**: ${e.regression}`, '')
  lines.push(
    '| Experiment | Streak | MTTR (median before) | Abort latency | Worst value | MTTR trend |',
    '| --- | --- | --- | --- | --- | --- |',
    ...t.experiments.map(
      (e) =>
        `| ${e.name} | ${e.verdict} ×${e.streak} | ${ms(e.mttrMs)}${e.medianMttrMs !== undefined ? ` (${ms(e.medianMttrMs)})` : ''} | ${ms(e.abortLatencyMs)} | ${e.worst === undefined ? '–' : String(round(e.worst))} | ${sparkline(e.mttrSeries) || '–'} |`
    ),
    ''
  )
  return lines.join('\n')
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function ms(value: number | undefined): string {
  return value === undefined ? '–' : formatDuration(value)
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
