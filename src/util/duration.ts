/**
 * Durations as users write them: Go form (`30s`, `1m30s`, `1h`, `250ms`, `1.5h`), the same units
 * Kubernetes, Chaos Mesh and Prometheus use. Bad values are rejected, never clamped.
 */
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w)/y

/** Parses a Go-style duration into milliseconds, or returns undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim()
  if (s === '0') return 0
  if (s === '') return undefined
  let total = 0
  PART.lastIndex = 0
  let pos = 0
  while (pos < s.length) {
    PART.lastIndex = pos
    const m = PART.exec(s)
    if (!m || m.index !== pos) return undefined
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
    pos = PART.lastIndex
  }
  return total
}

/** The same as parseDuration, but throws a message fit for users. */
export function requireDuration(text: string, what: string): number {
  const ms = parseDuration(text)
  if (ms === undefined) {
    throw new RangeError(
      `${what} must be a duration like '30s', '5m' or '1m30s'; got '${truncate(text, 40)}'`
    )
  }
  return ms
}

/** Formats milliseconds the way people read them: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms)
  const sign = ms < 0 ? '-' : ''
  const a = Math.abs(ms)
  if (a < 1000) return `${sign}${Math.round(a)}ms`
  if (a < 59_950) return `${sign}${(a / 1000).toFixed(a < 10_000 ? 2 : 1)}s`
  // Rounded once, then split, so 4m59.5s reads 5m00s and never 4m60s.
  const seconds = Math.round(a / 1000)
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60)
    return `${sign}${m}m${String(seconds % 60).padStart(2, '0')}s`
  }
  const minutes = Math.round(a / 60_000)
  return `${sign}${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}

/** Formats milliseconds as a Go/Prometheus duration (`90s` → `1m30s`), for queries and objects. */
export function toGoDuration(ms: number): string {
  if (ms <= 0) return '0s'
  const parts: string[] = []
  let rest = Math.round(ms)
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000]
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`)
      rest %= size
    }
  }
  if (rest > 0) parts.push(`${rest}ms`)
  return parts.join('')
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s
}
