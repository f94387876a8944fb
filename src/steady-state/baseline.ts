import type { Measurement } from './model'
import { seriesKey } from './series-key'

/** Pre-fault reference values per series: the median of the `before` samples (robust to one outlier). */
export type Baseline = ReadonlyMap<string, number>

/** Builds the baseline of one check from its `before` measurements. NaN and ±Inf never enter it. */
export function captureBaseline(measurements: readonly Measurement[]): Baseline {
  const bySeries = new Map<string, number[]>()
  for (const m of measurements) {
    if (m.phase !== 'before') continue
    for (const s of m.series) {
      if (!Number.isFinite(s.value)) continue
      const key = seriesKey(s.labels)
      const values = bySeries.get(key) ?? []
      values.push(s.value)
      bySeries.set(key, values)
    }
  }
  const baseline = new Map<string, number>()
  for (const [key, values] of bySeries) baseline.set(key, median(values))
  return baseline
}

/** The median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const hi = sorted[mid] as number
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2
}
