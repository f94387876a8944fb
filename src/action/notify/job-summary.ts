/**
 * The step's job summary: the engine's Markdown (table, charts, details) under a line of links,
 * plus the findings that did not fit the annotation limits. GitHub drops a summary over 1 MiB,
 * so it is cut to fit with a note pointing at the full report. A failure to write it is a warning.
 */
import { errorMessage } from '../../util/errors'
import type { ActionsCore } from '../actions-core'
import { fitMarkdown, JOB_SUMMARY_LIMIT } from './fit-markdown'

export interface SummaryParts {
  /** The line of links (check-run-content.ts `linksLine`). */
  readonly links: string
  readonly body: string
  /** Findings over the annotation limits (annotations.ts `renderHidden`). */
  readonly hidden?: string
  /** Where the complete report is, for the truncation note. */
  readonly reportPath?: string
}

export function jobSummary(parts: SummaryParts): string {
  const text = [parts.links, '', parts.body, '', parts.hidden ?? ''].join('\n').trimEnd() + '\n'
  const note = `_The summary was cut to GitHub's 1 MiB limit${parts.reportPath ? `; the full report is ${parts.reportPath}` : ''}._`
  return fitMarkdown(text, JOB_SUMMARY_LIMIT, note, 'bytes')
}

export async function writeJobSummary(core: ActionsCore, markdown: string): Promise<void> {
  try {
    await core.appendSummary(markdown)
  } catch (err) {
    core.warning(`Writing the job summary failed: ${errorMessage(err)}`)
  }
}
