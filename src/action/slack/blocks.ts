/**
 * Slack messages as Block Kit, built purely from the report so they can be snapshot-tested.
 * Limits (node-slack-sdk block types; bolt-js#2509): ≤50 blocks, header ≤150 characters, section
 * text ≤3000, ≤10 fields of ≤2000, and about 10k characters in all before Slack answers
 * `msg_blocks_too_long`.
 */
import type { CleanupReport } from '../../backends/backend'
import type { ExperimentReport, GateReport } from '../../report/model'
import {
  type Block,
  field,
  FIELD_LIMIT,
  fitBlocks,
  header,
  MAX_BLOCKS,
  section,
  type SlackMessage
} from './block-kit'
import { clip, clipMrkdwn, escapeMrkdwn, mrkdwnLink } from './mrkdwn'

export type { Block, SlackMessage } from './block-kit'

/** Where the gate ran, for the header, fields and links of every message. */
export interface SlackContext {
  readonly repository: string
  readonly environment: string
  readonly environmentUrl?: string
  readonly sha: string
  readonly commitUrl: string
  readonly runUrl?: string
  readonly checkName: string
  readonly runId: string
}

/** More failing experiments than this are counted, not listed. */
const MAX_EXPERIMENTS = 20

/** The gate's result: what failed, why, and the values that broke the steady state. */
export function gateResultMessage(report: GateReport, ctx: SlackContext): SlackMessage {
  const failOn = new Set(report.failOn)
  const failing = report.experiments.filter((e) => failOn.has(e.verdict))
  const verdictText = failing.length
    ? `${report.verdict}: ${failing.length} of ${report.experiments.length} experiments failed`
    : `${report.verdict}: ${report.counts.pass} of ${report.experiments.length} experiments passed`
  const icon = report.failed
    ? ':rotating_light:'
    : failing.length
      ? ':warning:'
      : ':white_check_mark:'
  const word = report.failed ? 'FAILED' : failing.length ? 'would fail (warn mode)' : 'passed'
  const head = [
    header(
      `${report.failed ? '🚨' : failing.length ? '⚠️' : '✅'} Chaos gate ${word.toLowerCase()}: ${ctx.environment}`
    ),
    facts(ctx, verdictText)
  ]
  const tail = [footer(ctx, report)]
  const sections = failing.map(experimentSection)
  return {
    text: `${icon} Chaos gate ${word} on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)} (${verdictText})`,
    blocks: fitBlocks(
      head,
      sections,
      tail,
      (n) => `…and ${n} more failing experiment${n === 1 ? '' : 's'}; see the run.`,
      MAX_EXPERIMENTS
    )
  }
}

/** Post found objects it could not remove: someone has to, now. */
export function strandedFaultMessage(ctx: SlackContext, cleanup: CleanupReport): SlackMessage {
  const items = [
    ...cleanup.stuck.map(
      (s) =>
        `• \`${escapeMrkdwn(s.ref)}\`: ${escapeMrkdwn(s.reason)}\n   inspect: \`${escapeMrkdwn(s.inspect)}\``
    ),
    ...cleanup.errors.map((e) => `• ${escapeMrkdwn(e)}`)
  ]
  const sections = items.map((item) => section(item))
  return {
    text: `:rotating_light: Chaos gate could not remove ${items.length} fault object(s) on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}; they may still be injecting`,
    blocks: fitBlocks(
      [
        header(`🚨 Fault left behind: ${ctx.environment}`),
        facts(ctx, 'cleanup failed'),
        section(
          'Cleanup could not remove these objects. They may still be injecting faults; remove them by hand:'
        )
      ],
      sections,
      [footer(ctx)],
      (n) => `…and ${n} more; see the run.`,
      MAX_BLOCKS
    )
  }
}

/** The gate could not run at all (invalid input, RBAC, unreachable backend). */
export function gateErrorMessage(ctx: SlackContext, problem: string): SlackMessage {
  return {
    text: `:warning: Chaos gate could not run on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)}: ${escapeMrkdwn(clip(problem, 300))}`,
    blocks: [
      header(`⚠️ Chaos gate could not run: ${ctx.environment}`),
      facts(ctx, 'error'),
      section(`\`\`\`${escapeMrkdwn(clip(problem, 2000))}\`\`\``),
      footer(ctx)
    ]
  }
}

function experimentSection(e: ExperimentReport): Block {
  const lines = [
    `*${escapeMrkdwn(e.name)}*: ${e.verdict} (${e.backend} ${escapeMrkdwn(e.kind)}, \`${escapeMrkdwn(e.source.file)}:${e.source.line}\`)`
  ]
  for (const reason of e.reasons.slice(0, 3)) lines.push(`• ${escapeMrkdwn(clip(reason, 400))}`)
  if (e.fault.abortReason) {
    lines.push(`• aborted: ${escapeMrkdwn(clip(e.fault.abortReason, 400))}`)
  }
  for (const value of brokenValues(e)) lines.push(`• \`${escapeMrkdwn(clip(value, 300))}\``)
  return section(lines.join('\n'))
}

/** The first breaching measurement of each check, per phase: the numbers that broke. */
function brokenValues(e: ExperimentReport): string[] {
  const seen = new Set<string>()
  const values: string[] = []
  for (const m of e.measurements) {
    const key = `${m.check}/${m.phase}`
    if (m.level !== 'breach' || seen.has(key)) continue
    seen.add(key)
    values.push(`${m.check} (${m.phase}): ${m.message}`)
  }
  return values.slice(0, 4)
}

function facts(ctx: SlackContext, verdict: string): Block {
  const env = ctx.environmentUrl
    ? mrkdwnLink(ctx.environmentUrl, ctx.environment)
    : escapeMrkdwn(ctx.environment)
  return {
    type: 'section',
    fields: [
      field(`*Repository*\n${escapeMrkdwn(ctx.repository)}`),
      field(`*Commit*\n${mrkdwnLink(ctx.commitUrl, ctx.sha.slice(0, 7))}`),
      field(`*Environment*\n${env}`),
      field(`*Verdict*\n${escapeMrkdwn(verdict)}`)
    ]
  }
}

function footer(ctx: SlackContext, report?: GateReport): Block {
  const parts = [
    ctx.runUrl ? mrkdwnLink(ctx.runUrl, 'View the workflow run') : undefined,
    `check \`${escapeMrkdwn(ctx.checkName)}\``,
    `run id \`${escapeMrkdwn(ctx.runId)}\``,
    report ? `${Math.round((report.endedAt - report.startedAt) / 1000)}s` : undefined
  ].filter((p): p is string => p !== undefined)
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: clipMrkdwn(parts.join(' • '), FIELD_LIMIT) }]
  }
}
