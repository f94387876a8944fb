/**
 * The collapsible details of one experiment in the Markdown summary: the timeline, every check's
 * outcome per phase, every measurement, the backend's own messages, and what cleanup did.
 */
import type { ExperimentReport } from '../gate/result'
import { formatDuration } from '../util/duration'
import { cell, details, since, table } from './markdown-text'

/** Above this the measurement table is cut; the JSON report keeps them all. */
const MAX_MEASUREMENT_ROWS = 400

export function experimentDetails(exp: ExperimentReport): string {
  return [timeline(exp), checks(exp), measurements(exp), backendMessages(exp), cleanup(exp)]
    .filter((s): s is string => s !== undefined)
    .join('\n\n')
}

function timeline(exp: ExperimentReport): string {
  const rows = exp.phases.map((p) => [
    p.name,
    since(p.startedAt, exp.startedAt),
    formatDuration(p.endedAt - p.startedAt),
    p.status,
    cell(p.note ?? '')
  ])
  return details('Timeline', table(['Phase', 'Start', 'Took', 'Status', 'Note'], rows))
}

function checks(exp: ExperimentReport): string | undefined {
  if (exp.checks.length === 0) return undefined
  const outcome = (o: { outcome: string; reason: string } | undefined): string =>
    o ? cell(o.reason ? `${o.outcome}: ${o.reason}` : o.outcome) : '—'
  const rows = exp.checks.map((c) => [
    `\`${c.name}\`${c.dryRun ? ' (dryRun)' : ''}`,
    `${c.source}: \`${cell(c.query)}\``,
    outcome(c.phases.before),
    outcome(c.phases.during),
    outcome(c.phases.after)
  ])
  return details('Checks', table(['Check', 'Query', 'Before', 'During', 'After'], rows))
}

function measurements(exp: ExperimentReport): string | undefined {
  const all = exp.measurements
  if (all.length === 0) return undefined
  const rows = all
    .slice(0, MAX_MEASUREMENT_ROWS)
    .map((m) => [since(m.at, exp.startedAt), m.phase, `\`${m.check}\``, m.level, cell(m.message)])
  const cut =
    all.length > MAX_MEASUREMENT_ROWS
      ? `\n\n… and ${all.length - MAX_MEASUREMENT_ROWS} more in the JSON report.`
      : ''
  return details(
    `Measurements (${all.length})`,
    `${table(['Time', 'Phase', 'Check', 'Level', 'Value'], rows)}${cut}`
  )
}

function backendMessages(exp: ExperimentReport): string | undefined {
  if (exp.backendEvents.length === 0) return undefined
  const rows = exp.backendEvents.map((e) => [
    since(e.at, exp.startedAt),
    e.phase,
    e.verdict ?? '',
    cell(e.message),
    cell(
      Object.entries(e.details ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')
    )
  ])
  return details(
    `Backend messages (${exp.backendEvents.length})`,
    table(['Time', 'Phase', 'Verdict', 'Message', 'Details'], rows)
  )
}

function cleanup(exp: ExperimentReport): string | undefined {
  const c = exp.cleanup
  if (!c) return undefined
  const lines = [
    ...c.deleted.map((d) => `- removed ${cell(d)}`),
    ...c.stuck.map(
      (s) => `- **left behind** ${cell(s.ref)}: ${cell(s.reason)} (inspect: \`${cell(s.inspect)}\`)`
    ),
    ...c.errors.map((e) => `- **error** ${cell(e)}`)
  ]
  return details('Cleanup', lines.length > 0 ? lines.join('\n') : 'nothing to remove')
}
