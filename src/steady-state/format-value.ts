/** A compact number for messages: 4 significant digits, `+Inf`/`-Inf`/`NaN` spelled out. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return '+Inf'
  if (v === -Infinity) return '-Inf'
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) return v.toExponential(3)
  return String(Number(v.toPrecision(4)))
}
