/**
 * Slack messages as Block Kit, built purely from the report so they can be snapshot-tested.
 * Limits (node-slack-sdk block types; bolt-js#2509): ≤50 blocks, header ≤150 characters, section
 * text ≤3000, ≤10 fields of ≤2000, and about 10k characters in all before Slack answers
 * `msg_blocks_too_long`.
 */
import type { CleanupReport } from '../../../backends/backend'
import type { ExperimentReport, GateReport } from '../../../gate/result'
import type { Measurement } from '../../../steady-state/model'
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
  /** The check run's page, once main created it. */
  readonly checkRunUrl?: string
  readonly runId: string
  /** Who to call on bad news, already in mrkdwn (`<!subteam^S…>`, `<@U…>`); see settings.ts. */
  readonly mention?: string
}

/** How a message relates to an earlier one: a reply in the thread of the last failure. */
export interface MessageOptions {
  /** The same experiments failed in the message this one replies to. */
  readonly again?: boolean
}

/** More failing experiments than this are counted, not listed. */
const MAX_EXPERIMENTS = 20

/** The gate's result: what failed, why, and the values that broke the steady state. */
export function gateResultMessage(
  report: GateReport,
  ctx: SlackContext,
  options: MessageOptions = {}
): SlackMessage {
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
  const word = report.failed
    ? options.again
      ? 'FAILED again'
      : 'FAILED'
    : failing.length
      ? 'would fail (warn mode)'
      : 'passed'
  const head = [
    header(
      `${report.failed ? '🚨' : failing.length ? '⚠️' : '✅'} Chaos gate ${word.toLowerCase()}: ${ctx.environment}`
    ),
    linksSection(ctx, report.failed),
    facts(ctx, verdictText)
  ]
  const tail = [footer(ctx, report)]
  const sections = failing.map(experimentSection)
  return {
    text: `${icon} Chaos gate ${word} on ${ctx.environment} for ${ctx.repository}@${ctx.sha.slice(0, 7)} (${verdictText})${report.failed && ctx.mention ? ` ${ctx.mention}` : ''}`,
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
        linksSection(ctx, true),
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
      linksSection(ctx, true),
      facts(ctx, 'error'),
      section(`\`\`\`${escapeMrkdwn(clip(problem, 2000))}\`\`\``),
      footer(ctx)
    ]
  }
}

/**
 * One failing experiment: what was supposed to hold (the hypothesis), then what broke, said once.
 * The reasons tell the story; the guard's abort reason and the breaching values are the same
 * breach in other words, so they appear only when no reason already carries them.
 */
function experimentSection(e: ExperimentReport): Block {
  const lines = [
    `*${escapeMrkdwn(e.name)}*: ${e.verdict} (${e.backend} ${escapeMrkdwn(e.kind)}, \`${escapeMrkdwn(e.source.file)}:${e.source.line}\`)`
  ]
  if (e.hypothesis) lines.push(`_Hypothesis:_ ${escapeMrkdwn(clip(oneLine(e.hypothesis), 300))}`)
  const reasons = e.reasons.slice(0, 3)
  const said = (text: string): boolean => reasons.some((r) => r.includes(text))
  for (const reason of reasons) lines.push(`• ${escapeMrkdwn(clip(reason, 400))}`)
  const abort = e.fault.abortReason
  if (abort && !said(abort)) lines.push(`• aborted: ${escapeMrkdwn(clip(abort, 400))}`)
  // A breach the reasons already name (by its check, or the measured quantity before ` = `) is
  // the same breach, measured a moment earlier or later: not said again.
  const named = (m: Measurement): boolean =>
    said(m.check) || said(m.message.split(' = ')[0] ?? m.message)
  for (const m of brokenValues(e).filter((b) => !named(b)))
    lines.push(`• \`${escapeMrkdwn(clip(`${m.check} (${m.phase}): ${m.message}`, 300))}\``)
  if (e.fault.abortLatencyMs !== undefined)
    lines.push(`• the fault was off ${seconds(e.fault.abortLatencyMs)} after the breach`)
  return section(lines.join('\n'))
}

/** The first breaching measurement of each check, per phase: the numbers that broke. */
function brokenValues(e: ExperimentReport): ExperimentReport['measurements'] {
  const seen = new Set<string>()
  return e.measurements
    .filter((m) => {
      const key = `${m.check}/${m.phase}`
      if (m.level !== 'breach' || seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, 4)
}

/**
 * The first thing a reader sees under the header: where to click (the run, the check run) and,
 * on bad news, who is asked to look.
 */
function linksSection(ctx: SlackContext, badNews: boolean): Block {
  const links = [
    ctx.runUrl ? `*${mrkdwnLink(ctx.runUrl, 'Open the workflow run')}*` : undefined,
    ctx.checkRunUrl
      ? mrkdwnLink(ctx.checkRunUrl, `Check run: ${ctx.checkName}`)
      : `check \`${escapeMrkdwn(ctx.checkName)}\``
  ].filter((p): p is string => p !== undefined)
  const mention = badNews && ctx.mention ? `\n${ctx.mention} please take a look` : ''
  return section(`${links.join(' · ')}${mention}`)
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`
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
    `run id \`${escapeMrkdwn(ctx.runId)}\``,
    report ? `${Math.round((report.endedAt - report.startedAt) / 1000)}s` : undefined
  ].filter((p): p is string => p !== undefined)
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: clipMrkdwn(parts.join(' • '), FIELD_LIMIT) }]
  }
}
