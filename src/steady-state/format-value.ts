/** A compact number for messages: 4 significant digits, `+Inf`/`-Inf`/`NaN` spelled out. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return '+Inf'
  if (v === -Infinity) return '-Inf'
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) return v.toExponential(3)
  return String(Number(v.toPrecision(4)))
}

/**
 * `v` written beside a bound it broke: in full when the compact form would read the same as the
 * bound's, so a breach never says `0.05 > threshold.max 0.05`.
 */
export function formatAgainst(v: number, bound: number): string {
  const compact = formatValue(v)
  return compact === formatValue(bound) && v !== bound ? String(v) : compact
}
