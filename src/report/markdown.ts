/**
 * The Markdown summary (the job summary and the check run's text): a headline, one table row per
 * experiment, then per experiment its reasons, a chart of its key check and collapsible details.
 */
import type { ExperimentReport, GateReport } from '../gate/result'
import { formatDuration } from '../util/duration'
import { formatIssue } from '../util/errors'
import { gateOutcome } from './gate-outcome'
import { keyValues } from './key-check'
import { describeLoad } from './load-line'
import { experimentDetails } from './markdown-details'
import { cell, table } from './markdown-text'
import { renderMermaidChart } from './mermaid-chart'
import { formatAbortLatency, VERDICT_ICON, verdictText } from './verdict-label'

export function renderMarkdown(report: GateReport): string {
  const sections = [
    headline(report),
    summaryTable(report),
    ...report.experiments.map(experimentSection),
    notices(report)
  ]
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`
}

function headline(report: GateReport): string {
  const outcome = headlineOutcome(report)
  const facts = [
    `run \`${report.runId}\``,
    `mode \`${report.mode}\``,
    ...(report.sha ? [`commit \`${report.sha.slice(0, 12)}\``] : []),
    `${report.experiments.length} experiment${report.experiments.length === 1 ? '' : 's'}`,
    formatDuration(report.endedAt - report.startedAt),
    `gate verdict **${report.verdict}**`,
    `fails on ${report.failOn.join(', ')}`
  ]
  const link = report.runUrl ? ` · [workflow run](${report.runUrl})` : ''
  return `## ${outcome} — ${cell(report.environment)}\n\n${facts.join(' · ')}${link}`
}

function headlineOutcome(report: GateReport): string {
  if (report.cancelled !== undefined) return `🛑 Chaos Gate cancelled (${report.cancelled})`
  if (report.failed) return `${VERDICT_ICON[report.verdict]} Chaos Gate failed`
  if (report.mode === 'dry-run') return '⏭️ Chaos Gate dry run'
  const outcome = gateOutcome(report)
  if (outcome.kind === 'not-failed') return `⚠️ Chaos Gate not failed: ${outcome.why}`
  return '✅ Chaos Gate passed'
}

function summaryTable(report: GateReport): string {
  if (report.experiments.length === 0) return '_No experiments ran._'
  const rows = report.experiments.map((e) => [
    `\`${e.name}\``,
    e.backend,
    String(e.fault.affectedTargets ?? e.targets ?? '—'),
    `${VERDICT_ICON[e.verdict]} ${verdictText(e)}`,
    cell(keyValues(e)),
    e.recovery?.mttrMs !== undefined
      ? formatDuration(e.recovery.mttrMs)
      : e.recovery?.timedOut
        ? 'not recovered'
        : '—'
  ])
  return table(
    [
      'Experiment',
      'Backend',
      'Targets',
      'Verdict',
      'Key SLO values (before → worst during → after)',
      'MTTR'
    ],
    rows
  )
}

function experimentSection(exp: ExperimentReport): string {
  const parts = [`### ${VERDICT_ICON[exp.verdict]} \`${exp.name}\` — ${verdictText(exp)}`]
  if (exp.hypothesis) parts.push(`> ${cell(exp.hypothesis)}`)
  parts.push(exp.reasons.map((r) => `- ${cell(r)}`).join('\n'))
  const fault = faultLine(exp)
  if (fault) parts.push(fault)
  if (exp.load) parts.push(`**Steady load** ${cell(describeLoad(exp.load))}`)
  const chart = renderMermaidChart(exp)
  if (chart) parts.push(`\`\`\`mermaid\n${chart}\n\`\`\``)
  parts.push(experimentDetails(exp))
  return parts.join('\n\n')
}

/** What happened to the fault, in one line: when it ran, and how fast the guard stopped it. */
function faultLine(exp: ExperimentReport): string | undefined {
  const f = exp.fault
  if (f.injectedAt === undefined) return undefined
  const where = `\`${exp.source.file}:${exp.source.line}\``
  const ran = f.removedAt !== undefined ? ` for ${formatDuration(f.removedAt - f.injectedAt)}` : ''
  const parts = [
    `**Fault** ${cell(exp.kind)}${exp.action ? ` (${cell(exp.action)})` : ''} from ${where}, injected${ran}`
  ]
  if (f.abortedBy === 'guard' && f.breachAt !== undefined) {
    const latency =
      f.abortLatencyMs !== undefined
        ? `; the fault was off ${formatAbortLatency(f.abortLatencyMs)} after the breach was detected`
        : ''
    parts.push(`the guard aborted it ${formatDuration(f.breachAt - f.injectedAt)} in${latency}`)
  } else if (f.abortedBy) parts.push(`stopped early (${f.abortedBy}): ${cell(f.abortReason ?? '')}`)
  return `${parts.join('; ')}.`
}

function notices(report: GateReport): string {
  if (report.notices.length === 0) return ''
  return `#### Notices\n\n${report.notices.map((n) => `- ${cell(formatIssue(n))}`).join('\n')}`
}
