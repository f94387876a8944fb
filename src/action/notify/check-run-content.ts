/**
 * What the check run (and the commit status) says, as pure functions of the report. GITHUB_TOKEN
 * check runs ignore `details_url`, so the links to the run, the commit and the environment go
 * into the summary text itself.
 */
import type { GateReport } from '../../gate/result'
import type { Verdict } from '../../gate/settings'
import { truncate } from '../../util/errors'
import { CHECK_RUN_TEXT_LIMIT, fitMarkdown } from './fit-markdown'
import type {
  CheckAnnotation,
  CheckConclusion,
  CheckOutput,
  CommitState
} from './github/github-api'

/** Where a reader goes from the check run. */
export interface GateLinks {
  readonly sha: string
  readonly commitUrl: string
  readonly environment: string
  readonly runUrl?: string
  readonly environmentUrl?: string
  readonly deploymentLogUrl?: string
}

/** The one line of links every check-run summary starts with. */
export function linksLine(links: GateLinks): string {
  const parts = [
    `**Commit** [\`${links.sha.slice(0, 7)}\`](${links.commitUrl})`,
    `**Environment** ${links.environmentUrl ? `[${links.environment}](${links.environmentUrl})` : links.environment}`
  ]
  if (links.runUrl) parts.push(`[Workflow run](${links.runUrl})`)
  if (links.deploymentLogUrl) parts.push(`[Deployment log](${links.deploymentLogUrl})`)
  return parts.join(' · ')
}

export function runningOutput(links: GateLinks, runId: string): CheckOutput {
  return {
    title: `Running chaos experiments on ${links.environment}`,
    summary: `${linksLine(links)}\n\nRun \`${runId}\` started; the verdict appears here when it ends.`
  }
}

/** success when it passed, failure when it failed, neutral when nothing was judged or in warn mode. */
export function conclusionOf(report: GateReport): CheckConclusion {
  if (report.failed) return 'failure'
  if (report.verdict === 'pass') return 'success'
  if (report.mode === 'warn' || report.mode === 'dry-run' || report.verdict === 'skipped') {
    return 'neutral'
  }
  // A verdict the user left out of fail-on (say inconclusive): the gate, as configured, passed.
  return 'success'
}

export function titleOf(report: GateReport): string {
  const total = report.experiments.length
  const failOn = new Set(report.failOn)
  const bad = report.experiments.filter((e) => failOn.has(e.verdict)).length
  const breakdown = breakdownOf(report, failOn)
  if (report.mode === 'dry-run')
    return `Dry run: ${plural(total, 'experiment')} planned, nothing injected`
  if (report.failed) return `Failed: ${bad} of ${plural(total, 'experiment')} (${breakdown})`
  if (bad > 0)
    return `Would fail (warn mode): ${bad} of ${plural(total, 'experiment')} (${breakdown})`
  if (report.verdict === 'skipped' || total === 0) return 'Skipped: no experiment ran'
  const others = total - report.counts.pass - report.counts.skipped
  if (others > 0)
    return `Passed with ${plural(others, 'experiment')} not judged (${breakdownOf(report, new Set(['inconclusive', 'error', 'aborted', 'fail']))})`
  return `Passed: ${plural(report.counts.pass, 'experiment')} held the steady state`
}

export function finishedOutput(
  report: GateReport,
  summaryMarkdown: string,
  links: GateLinks,
  annotations: readonly CheckAnnotation[]
): CheckOutput {
  return {
    title: titleOf(report),
    summary: fitMarkdown(
      `${linksLine(links)}\n\n${summaryMarkdown}`,
      CHECK_RUN_TEXT_LIMIT,
      `_The summary was cut to fit the check run; the job summary and the JSON report${links.runUrl ? ` ([run](${links.runUrl}))` : ''} have everything._`,
      'chars'
    ),
    annotations
  }
}

/** For a run stopped by invalid manifests, inputs or policy: nothing was injected. */
export function invalidOutput(
  problems: number,
  details: string,
  links: GateLinks,
  annotations: readonly CheckAnnotation[]
): CheckOutput {
  return {
    title: `Invalid configuration: ${plural(problems, 'problem')}, nothing injected`,
    summary: fitMarkdown(
      `${linksLine(links)}\n\n${details}`,
      CHECK_RUN_TEXT_LIMIT,
      '_Cut to fit._',
      'chars'
    ),
    annotations
  }
}

/** For a run that could not operate (GitHub, Kubernetes or a backend refused). */
export function errorOutput(message: string, links: GateLinks): CheckOutput {
  return {
    title: 'Error: the gate could not run',
    summary: `${linksLine(links)}\n\n${fence(message)}`
  }
}

/** For a run that was cancelled or died before it could report; says what is known. */
export function unfinishedOutput(
  links: GateLinks,
  title: string,
  known: readonly string[]
): CheckOutput {
  return {
    title,
    summary: fitMarkdown(
      [linksLine(links), '', ...known.map((line) => `- ${line}`)].join('\n'),
      CHECK_RUN_TEXT_LIMIT,
      '_Cut to fit._',
      'chars'
    )
  }
}

/** A commit status for the same verdict: GitHub caps the description at 140 characters. */
export function commitStatusOf(
  conclusion: CheckConclusion | 'pending' | 'error',
  description: string
): { state: CommitState; description: string } {
  const state: CommitState =
    conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
      ? 'success'
      : conclusion === 'failure'
        ? 'failure'
        : conclusion === 'pending'
          ? 'pending'
          : 'error'
  return { state, description: truncate(description, 139) }
}

function breakdownOf(report: GateReport, verdicts: ReadonlySet<Verdict>): string {
  return [...verdicts]
    .filter((v) => report.counts[v] > 0)
    .map((v) => `${v} ${report.counts[v]}`)
    .join(', ')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function fence(text: string): string {
  return `\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\``
}
