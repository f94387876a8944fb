/**
 * Problems worth pointing at a line of a manifest: invalid input, warnings from validation, and
 * experiments that did not pass. GitHub shows 10 errors, 10 warnings and 10 notices per step; the
 * rest are listed in the job summary. The check run takes all of them (50 per request).
 */
import { isAbsolute, relative } from 'node:path'

import type { GateReport } from '../../gate/result'
import { compareIssues, type Issue, type SourceLocation, truncate } from '../../util/errors'
import type { ActionsCore, AnnotationLevel } from '../actions-core'
import type { CheckAnnotation } from './github/github-api'

/** One annotation, before it is split between the step and the job summary. */
export interface Finding {
  readonly level: AnnotationLevel
  readonly title: string
  readonly message: string
  readonly location: SourceLocation
}

export interface AnnotationPlan {
  /** Within the per-step limits: emitted as workflow annotations. */
  readonly shown: readonly Finding[]
  /** Over the limits: listed in the job summary instead. */
  readonly hidden: readonly Finding[]
}

/** GitHub's per-step limit for each level (toolkit docs/problem-matchers.md). */
export const STEP_LIMIT_PER_LEVEL = 10
const MAX_MESSAGE = 4000

/** Findings for manifest and policy issues, in file order. */
export function issueFindings(issues: readonly Issue[]): Finding[] {
  return [...issues].sort(compareIssues).map((issue) => ({
    level:
      issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'notice',
    title: `chaos-gate: ${issue.code ?? (issue.severity === 'error' ? 'invalid manifest' : issue.severity)}`,
    message: issueText(issue),
    location: { file: issue.file, line: issue.line, col: issue.col }
  }))
}

/** Findings for a finished run: its notices, then every experiment that did not pass. */
export function reportFindings(report: GateReport): Finding[] {
  const failOn = new Set(report.failOn)
  const experiments = report.experiments
    .filter((e) => e.verdict !== 'pass' && e.verdict !== 'skipped')
    .map((e): Finding => ({
      level: failOn.has(e.verdict) && report.mode !== 'warn' ? 'error' : 'warning',
      title: `chaos-gate: ${e.name} ${e.verdict}`,
      message: `Experiment '${e.name}' (${e.backend} ${e.kind}${e.action ? ` ${e.action}` : ''}) ended '${e.verdict}': ${e.reasons.join('; ') || 'no reason recorded'}`,
      location: e.source
    }))
  return [...issueFindings(report.notices), ...experiments]
}

/** Keeps the first N of each level for the step, the rest for the summary. */
export function planAnnotations(
  findings: readonly Finding[],
  perLevel = STEP_LIMIT_PER_LEVEL
): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const shown: Finding[] = []
  const hidden: Finding[] = []
  for (const finding of findings) {
    if (used[finding.level] < perLevel) {
      used[finding.level]++
      shown.push(finding)
    } else hidden.push(finding)
  }
  return { shown, hidden }
}

/** Emits the planned annotations at their manifest lines, paths relative to the repository. */
export function emitAnnotations(core: ActionsCore, plan: AnnotationPlan, workspace: string): void {
  for (const f of plan.shown) {
    core[f.level](truncate(f.message, MAX_MESSAGE), {
      title: f.title,
      file: repoPath(f.location.file, workspace),
      startLine: f.location.line,
      startColumn: f.location.col
    })
  }
}

/** The same findings as check-run annotations (failure/warning/notice). */
export function checkAnnotations(
  findings: readonly Finding[],
  workspace: string
): CheckAnnotation[] {
  return findings.map((f) => ({
    path: repoPath(f.location.file, workspace),
    start_line: Math.max(1, f.location.line),
    end_line: Math.max(1, f.location.line),
    ...(f.location.col > 0 && { start_column: f.location.col, end_column: f.location.col }),
    annotation_level: f.level === 'error' ? 'failure' : f.level,
    title: truncate(f.title, 250),
    message: truncate(f.message, MAX_MESSAGE)
  }))
}

/** A Markdown list of findings, one line each with its place. */
export function renderFindings(findings: readonly Finding[], workspace: string): string {
  return findings
    .map(
      (f) =>
        `- **${f.level}** \`${repoPath(f.location.file, workspace)}:${f.location.line}:${f.location.col}\`: ${escapeMarkdown(truncate(f.message, 500))}`
    )
    .join('\n')
}

/** Markdown for the findings that did not fit the step's annotation limits. */
export function renderHidden(hidden: readonly Finding[], workspace: string): string {
  if (hidden.length === 0) return ''
  return [
    `### ${hidden.length} more finding${hidden.length === 1 ? '' : 's'}`,
    '',
    `GitHub shows ${STEP_LIMIT_PER_LEVEL} annotations per level in a step; these did not fit (the check run carries all of them).`,
    '',
    renderFindings(hidden, workspace),
    ''
  ].join('\n')
}

function issueText(issue: Issue): string {
  let text = issue.path ? `${issue.path}: ${issue.message}` : issue.message
  if (issue.expected) text += `; expected ${issue.expected}`
  text += '.'
  if (issue.hint) text += ` ${issue.hint}`
  return text
}

/** Annotations need paths relative to the repository root. */
function repoPath(file: string, workspace: string): string {
  return isAbsolute(file) ? relative(workspace, file) : file.replace(/^\.\//, '')
}

function escapeMarkdown(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ')
}
