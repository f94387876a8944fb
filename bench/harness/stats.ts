/**
 * Summaries of repeated measurements: the median and the spread (min–max and p95), never a mean,
 * because one stalled run on a shared machine would drag a mean anywhere.
 */

/** What a list of samples comes to. */
export interface Summary {
  readonly n: number
  readonly median: number
  /** Nearest-rank 95th percentile; with fewer than 20 samples it is close to the maximum. */
  readonly p95: number
  readonly min: number
  readonly max: number
}

/** Nearest-rank percentile of ascending values (`q` in 0–1). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] ?? Number.NaN
}

/** The median of ascending values (the mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const hi = sorted[Math.floor(n / 2)] ?? Number.NaN
  return n % 2 === 1 ? hi : ((sorted[n / 2 - 1] ?? Number.NaN) + hi) / 2
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN
  }
}

/** (max − min) / median: how noisy a cell was; 0.1 means the runs spread over 10 % of the median. */
export function relativeSpread(s: Summary): number {
  return s.median === 0 ? 0 : (s.max - s.min) / Math.abs(s.median)
}
