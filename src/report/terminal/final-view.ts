/**
 * The terminal's closing view of a gate: one row per experiment, then per experiment its headline
 * reason and a small chart of its key check with the fault window marked underneath.
 */
import type { ExperimentReport, GateReport } from '../../gate/result'
import { formatValue } from '../../steady-state/format-value'
import { formatDuration } from '../../util/duration'
import { type GateOutcome, gateOutcome } from '../gate-outcome'
import { keyCheck, keySeries, keyValues, thinOut } from '../key-check'
import { describeLoad } from '../load-line'
import { formatAbortLatency, verdictText } from '../verdict-label'
import { paint, type Style, VERDICT_STYLE, visibleLength } from './ansi'
import { sparkline, windowMarker } from './sparkline'

const CHART_WIDTH = 48

export function renderFinal(report: GateReport, color: boolean): string {
  const rows = report.experiments.map((e) => [
    e.name,
    e.backend,
    paint(color, VERDICT_STYLE[e.verdict], verdictText(e)),
    keyValues(e),
    e.recovery?.mttrMs !== undefined
      ? formatDuration(e.recovery.mttrMs)
      : e.recovery?.timedOut
        ? 'not recovered'
        : '—'
  ])
  const lines = [
    columns(
      ['EXPERIMENT', 'BACKEND', 'VERDICT', 'KEY VALUES (before → worst → after)', 'MTTR'],
      rows
    ),
    ''
  ]
  for (const e of report.experiments) lines.push(...experimentLines(e, color), '')
  const outcome = gateOutcome(report)
  const [gate, style] = OUTCOME_WORD[outcome.kind]
  const why =
    outcome.kind === 'not-failed'
      ? `; the job is not failed: ${outcome.why}`
      : outcome.kind === 'cancelled'
        ? `; ${outcome.why}, so the faults were removed and nothing was decided`
        : ''
  lines.push(
    `${paint(color, 'bold', 'Gate')} ${paint(color, style, gate)}: verdict ${report.verdict} (${counts(report)}); run ${report.runId}, ${formatDuration(report.endedAt - report.startedAt)}${why}`
  )
  return `${lines.join('\n')}\n`
}

const OUTCOME_WORD: Readonly<Record<GateOutcome['kind'], readonly [string, Style]>> = {
  failed: ['FAILED', 'red'],
  cancelled: ['CANCELLED', 'red'],
  passed: ['PASSED', 'green'],
  'not-failed': ['NOT FAILED', 'yellow']
}

function experimentLines(e: ExperimentReport, color: boolean): string[] {
  const lines = [`${paint(color, 'bold', e.name)}: ${e.reasons[0] ?? ''}`]
  for (const r of e.reasons.slice(1)) lines.push(`  also: ${r}`)
  if (e.load) lines.push(`  steady load: ${describeLoad(e.load)}`)
  if (e.fault.abortLatencyMs !== undefined)
    lines.push(
      `  abort latency: ${formatAbortLatency(e.fault.abortLatencyMs)} from breach detected to fault off`
    )
  const check = keyCheck(e)
  const points = check ? thinOut(keySeries(e, check.name), CHART_WIDTH) : []
  if (!check || points.length < 2) return lines
  const values = points.map((p) => p.value)
  const bound = check.threshold?.max ?? check.threshold?.min
  const high = Math.max(...values, bound ?? -Infinity)
  const low = Math.min(0, ...values)
  const label = `  ${check.name} `
  const limit = bound !== undefined ? `, bound ${formatValue(bound)}` : ''
  lines.push(
    `${label}${sparkline(values, low, high)}  max ${formatValue(Math.max(...values))}${limit}`
  )
  const marker = windowMarker(
    points.map((p) => p.m.at),
    e.fault.injectedAt,
    e.fault.removedAt
  )
  if (marker.trim())
    lines.push(`${' '.repeat(label.length)}${paint(color, 'yellow', marker)} fault`)
  return lines
}

function counts(report: GateReport): string {
  const parts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
  return parts.length > 0 ? parts.join(', ') : 'no experiments'
}

/** Left-aligned columns padded to their widest cell. */
export function columns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => visibleLength(r[i] ?? ''))))
  return all
    .map((r) =>
      r
        .map((c, i) =>
          i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - visibleLength(c))
        )
        .join('  ')
    )
    .join('\n')
}
