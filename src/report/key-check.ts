/**
 * The one check a summary leads with for an experiment: the one that decided the verdict (it
 * failed or went blind), else the first gated check. Renderers chart it and quote its values.
 */
import type { CheckRecord, ExperimentReport } from '../gate/result'
import { formatValue } from '../steady-state/format-value'
import type { Measurement } from '../steady-state/model'

/** One measurement of the key check with the value that represents it (its worst series). */
export interface KeyPoint {
  readonly m: Measurement
  readonly value: number
}

export function keyCheck(exp: ExperimentReport): CheckRecord | undefined {
  const decided = exp.checks.find(
    (c) =>
      !c.dryRun &&
      (c.phases.during?.outcome === 'fail' || c.phases.during?.outcome === 'inconclusive')
  )
  return decided ?? exp.checks.find((c) => !c.dryRun) ?? exp.checks[0]
}

/** The check's measurements that carry a finite value, in time order. */
export function keySeries(exp: ExperimentReport, check: string): readonly KeyPoint[] {
  return exp.measurements.flatMap((m) => {
    if (m.check !== check) return []
    const worst = m.series.find((s) => s.level === m.level) ?? m.series[0]
    return worst && Number.isFinite(worst.value) ? [{ m, value: worst.value }] : []
  })
}

/** `error-ratio 0 → 0.62 → 0`: before (median), the worst during, and the last after value. */
export function keyValues(exp: ExperimentReport): string {
  const check = keyCheck(exp)
  if (!check) return '—'
  const series = keySeries(exp, check.name)
  const inPhase = (phase: Measurement['phase']): KeyPoint[] =>
    series.filter((p) => p.m.phase === phase)
  const before = inPhase('before').map((p) => p.value)
  const baseline = before.length > 0 ? middle(before) : undefined
  const worst = worstOf(inPhase('during'), badness(check, baseline ?? 0))
  const last = inPhase('after').at(-1)
  const show = (v: number | undefined): string => (v === undefined ? '·' : formatValue(v))
  return `${check.name} ${show(baseline)} → ${show(worst)} → ${show(last?.value)}`
}

const SEVERITY: Readonly<Record<Measurement['level'], number>> = {
  ok: 0,
  warn: 1,
  nodata: 2,
  breach: 3,
  error: 4
}

/**
 * How far a value is in the failing direction: past the bound it would break (higher for a max,
 * lower for a min); for a check with no absolute bound, away from the baseline.
 */
function badness(check: CheckRecord, baseline: number): (value: number) => number {
  const { min, max } = check.threshold ?? {}
  if (max !== undefined && min !== undefined) return (v) => Math.max(v - max, min - v)
  if (max !== undefined) return (v) => v - max
  if (min !== undefined) return (v) => min - v
  return (v) => Math.abs(v - baseline)
}

/** The value of the worst-judged point; among equals, the one furthest in the failing direction. */
function worstOf(points: readonly KeyPoint[], bad: (value: number) => number): number | undefined {
  return [...points].sort(
    (a, b) => SEVERITY[b.m.level] - SEVERITY[a.m.level] || bad(b.value) - bad(a.value)
  )[0]?.value
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

/** Keeps at most `max` items, evenly spread, first and last included: charts show shape, not every sample. */
export function thinOut<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items
  const step = (items.length - 1) / (max - 1)
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T)
}
