/**
 * The pull-request comment of `mode: dry-run`: what would run, where and against which targets,
 * what the policy allows and refuses, and every manifest problem at its file:line. It starts with
 * a hidden marker so the next push finds and edits this comment instead of adding another.
 */
import type { Inspection, PlannedExperiment } from '../../policy/load-experiments'
import type { PolicyDecision } from '../../policy/policy'
import { durationText, faultText, targetsText } from '../../report/plan-text'
import type { Finding } from './annotations'
import { renderFindings } from './annotations'
import { fitMarkdown } from './fit-markdown'

/** GitHub rejects a comment body over 65536 characters. */
export const COMMENT_LIMIT = 65_536

/** The hidden first line; one comment per check name, so two environments keep two comments. */
export function commentMarker(checkName: string): string {
  return `<!-- chaos-gate:pr-plan ${checkName.replace(/-->/g, '')} -->`
}

export interface PrCommentInput {
  readonly checkName: string
  readonly inspection: Inspection
  readonly findings: readonly Finding[]
  readonly workspace: string
  readonly sha: string
  readonly runUrl?: string
}

export function renderPrComment(input: PrCommentInput): string {
  const { inspection, findings } = input
  const errors = findings.filter((f) => f.level === 'error').length
  const runnable = inspection.plans.filter((p) => p.runnable)
  const lines = [
    commentMarker(input.checkName),
    `### ${heading(errors, runnable.length, inspection)}`,
    '',
    context(input),
    '',
    ...planTable(inspection.plans, input.workspace),
    ...policySection(inspection.plans),
    ...problemSection(findings, input.workspace),
    '<sub>Dry run on the pull request: nothing was injected and no cluster was contacted. This comment is updated on every push.</sub>',
    ''
  ]
  return fitMarkdown(
    lines.join('\n'),
    COMMENT_LIMIT,
    '_The comment was cut to fit GitHub; the job summary has the full plan._',
    'chars'
  )
}

function heading(errors: number, runnable: number, inspection: Inspection): string {
  const env = inspection.policy.environment
  if (errors > 0)
    return `❌ Chaos Gate: ${count(errors, 'error')} to fix before this can gate ${env}`
  if (inspection.plans.length === 0) return `⚠️ Chaos Gate: no experiments found for ${env}`
  return `✅ Chaos Gate plan: ${count(runnable, 'experiment')} would run on ${env}`
}

function context(input: PrCommentInput): string {
  const { inspection } = input
  const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : ''
  return `Commit \`${input.sha.slice(0, 7)}\` · ${count(inspection.files, 'manifest file')} · policy: ${escapeCell(inspection.policy.source)}${run}`
}

function planTable(plans: readonly PlannedExperiment[], workspace: string): string[] {
  if (plans.length === 0) return []
  return [
    '#### What would run',
    '',
    '| Experiment | Fault (where) | Targets | Duration | Checks | Policy |',
    '| --- | --- | --- | --- | --- | --- |',
    ...plans.map((p) => {
      const e = p.experiment
      const where = `\`${relativePath(e.source.file, workspace)}:${e.source.line}\``
      const checks = e.steadyState?.checks.map((c) => `\`${c.name}\``).join(', ') || 'none'
      return `| **${escapeCell(e.name)}**<br>${where} | ${escapeCell(faultText(e))} | ${escapeCell(targetsText(e))} | ${escapeCell(durationText(e))} | ${checks} | ${verdictOf(p)} |`
    }),
    ''
  ]
}

function verdictOf(plan: PlannedExperiment): string {
  if (!plan.runnable) return '❌ would not run'
  if (plan.decisions.some((d) => d.outcome === 'preflight')) return '✅ allowed (some checked live)'
  return '✅ allowed'
}

function policySection(plans: readonly PlannedExperiment[]): string[] {
  const withRules = plans.filter((p) => p.decisions.length > 0)
  if (withRules.length === 0) return []
  return [
    '<details><summary>What the policy allows and refuses</summary>',
    '',
    ...withRules.flatMap((p) => [
      `**${escapeCell(p.experiment.name)}**`,
      ...p.decisions.map((d) => `- ${outcomeWord(d)} ${escapeLine(d.message)}`),
      ''
    ]),
    '</details>',
    ''
  ]
}

function outcomeWord(d: PolicyDecision): string {
  switch (d.outcome) {
    case 'allow':
      return '✅ allows:'
    case 'deny':
      return '⛔ refuses:'
    default:
      return '🔎 checked against the live cluster:'
  }
}

function problemSection(findings: readonly Finding[], workspace: string): string[] {
  if (findings.length === 0) return []
  return [
    `#### ${count(findings.length, 'problem')}`,
    '',
    renderFindings(findings, workspace),
    '',
    'Run `npx chaos-gate validate` to see the same list locally.',
    ''
  ]
}

function relativePath(file: string, workspace: string): string {
  const prefix = workspace.endsWith('/') ? workspace : `${workspace}/`
  return file.startsWith(prefix) ? file.slice(prefix.length) : file
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

function escapeCell(text: string): string {
  return escapeLine(text).replace(/\|/g, '\\|')
}

function escapeLine(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, '<br>')
}
