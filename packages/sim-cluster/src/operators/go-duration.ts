const UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000
}

/** Parses a Go duration ("30s", "1m30s", "1.5h", "500ms") into milliseconds; undefined if invalid. */
export function parseGoDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const trimmed = text.trim()
  if (trimmed === '0') return 0
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy
  let total = 0
  let consumed = 0
  for (let match = re.exec(trimmed); match; match = re.exec(trimmed)) {
    total += Number(match[1]) * (UNITS[match[2] ?? ''] ?? 0)
    consumed = re.lastIndex
  }
  return consumed === trimmed.length && consumed > 0 ? total : undefined
}
