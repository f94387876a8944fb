/** A one-line chart of values, and a marker line showing where the fault was on. */

const BARS = '▁▂▃▄▅▆▇█'

/** Maps each value onto eight bar heights between `low` and `high`. */
export function sparkline(values: readonly number[], low: number, high: number): string {
  const span = high - low || 1
  return values
    .map((v) => {
      const i = Math.round(((Math.min(high, Math.max(low, v)) - low) / span) * (BARS.length - 1))
      return BARS[i] ?? BARS[0]
    })
    .join('')
}

/** `━` under the points taken while the fault was on, spaces elsewhere. */
export function windowMarker(
  times: readonly number[],
  from: number | undefined,
  to: number | undefined
): string {
  if (from === undefined) return ''
  return times
    .map((t) => (t >= from && t <= (to ?? Infinity) ? '━' : ' '))
    .join('')
    .trimEnd()
}
