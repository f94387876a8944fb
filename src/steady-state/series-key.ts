/**
 * A stable identity for a label set. Prometheus does not guarantee instant-vector order, so
 * series are always matched by labels, never by index (steady-state.md §7).
 */
export function seriesKey(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort()
  return names.map((n) => `${n}=${JSON.stringify(labels[n])}`).join(',')
}

/** Labels as people read them in a message: `{code="500",job="checkout"}`, or `{}`. */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort()
  return `{${names.map((n) => `${n}="${labels[n]}"`).join(',')}}`
}
