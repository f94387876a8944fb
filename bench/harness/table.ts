/** The results as a Markdown table: median, spread and n per cell, the baseline and the target. */
import type { Measured, Row, Unit } from './model'

/** One number in its unit: `4.2 ms`, `212 ms`, `12.3 s`, `1.2 MB`, `14 requests`. */
export function formatValue(value: number, unit: Unit, per?: string): string {
  const suffix = per === undefined ? '' : `/${per}`
  if (!Number.isFinite(value)) return '—'
  switch (unit) {
    case 'ms':
      return `${formatMs(value)}${suffix}`
    case 'bytes':
      return `${formatBytes(value)}${suffix}`
    case 'requests':
      return `${trim(value)} ${value === 1 && per === undefined ? 'request' : 'requests'}${suffix}`
  }
}

function formatMs(ms: number): string {
  const abs = Math.abs(ms)
  if (abs >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (abs >= 100) return `${ms.toFixed(0)} ms`
  if (abs >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes)
  if (abs >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (abs >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes.toFixed(0)} B`
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

/** `212 ms (190–280, n=10)`, with `p95 260 ms` when asked for. */
export function formatMeasured(m: Measured, p95 = false): string {
  const s = m.summary
  const head = formatValue(s.median, m.unit, m.per)
  const tail = p95 ? `, p95 ${formatValue(s.p95, m.unit, m.per)}` : ''
  // One sample is a setting or a single reading (a size, a slope): no spread to show.
  if (s.n === 1) return head
  const lo = formatValue(s.min, m.unit, m.per)
  const hi = formatValue(s.max, m.unit, m.per)
  return `${head}${tail} (${lo} – ${hi}, n=${s.n})`
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/** The table, then the numbered notes its rows refer to. */
export function renderTable(rows: readonly Row[]): string {
  const notes: string[] = []
  const lines = [
    '| Benchmark | Case | Chaos Gate: median (min – max, n) | Baseline, same run | Target | Met |',
    '| --- | --- | --- | --- | --- | :-: |'
  ]
  for (const r of rows) {
    let label = r.case
    if (r.note !== undefined) {
      notes.push(r.note)
      label += ` [${notes.length}]`
    }
    const baseline = (r.baselines ?? [])
      .map((b) => `${b.label}: ${formatMeasured(b.value, r.p95)}`)
      .join('; ')
    const met = r.target ? (r.target.met ? '✅' : '❌') : ''
    const values = [r.benchmark, label, formatMeasured(r.value, r.p95), baseline]
    lines.push(`| ${[...values, r.target?.text ?? '', met].map(cell).join(' | ')} |`)
  }
  const list = notes.map((n, i) => `${i + 1}. ${n}`)
  return [...lines, ...(list.length > 0 ? ['', ...list] : [])].join('\n')
}
