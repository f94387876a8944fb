/**
 * A stable identity for a label set. Prometheus does not guarantee instant-vector order, so
 * series are always matched by labels, never by index (docs/prometheus.md, "Results").
 */
export function seriesKey(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort()
  return names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',')
}

/**
 * Labels as people read them in a message: `{code="500",job="checkout"}`, or `{}`. Values are
 * escaped as PromQL strings, so a quote inside a value cannot blur where the value ends.
 */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort()
  return `{${names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',')}}`
}

/** The label set a `seriesKey` was made from (label names never contain `=` or `,`). */
export function parseSeriesKey(key: string): Record<string, string> {
  const labels: Record<string, string> = {}
  let pos = 0
  while (pos < key.length) {
    const eq = key.indexOf('=', pos)
    const end = closingQuote(key, eq + 1)
    const value: unknown = JSON.parse(key.slice(eq + 1, end + 1))
    labels[key.slice(pos, eq)] = typeof value === 'string' ? value : String(value)
    pos = end + 2
  }
  return labels
}

/** The index of the quote that closes the JSON string starting at `open`. */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length - 1
}
