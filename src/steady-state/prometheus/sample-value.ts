/**
 * Prometheus sample values arrive as JSON strings written by Go's strconv.FormatFloat: `"NaN"`,
 * `"+Inf"`, `"-Inf"`, `"1e-07"`, `"-0"` (docs/prometheus.md, "Results"). JavaScript's Number() and
 * parseFloat() both read `"+Inf"` as NaN and parseFloat accepts trailing garbage (`"12abc"` → 12),
 * so neither is safe on its own: a garbage value must be an error, never a silent NaN or number.
 */

const SPECIAL: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  nan: Number.NaN,
  Inf: Infinity,
  '+Inf': Infinity,
  '-Inf': -Infinity,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity
}

/** A decimal float, optionally signed, with an optional exponent; nothing else. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Parses one sample value, or returns undefined when the text is not a float Prometheus writes. */
export function parseSampleValue(text: string): number | undefined {
  const special = SPECIAL[text]
  if (special !== undefined) return special
  if (!DECIMAL.test(text)) return undefined
  return Number(text)
}
