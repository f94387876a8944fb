/** Writes the file reports of a gate (JSON, JUnit XML, Markdown summary) into one folder. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { GateReport } from '../gate/result'
import { maskStrings, type SecretMask } from '../util/secret-mask'
import { renderJsonReport } from './json-report'
import { renderJunit } from './junit'
import { renderMarkdown } from './markdown'

/** Where each report was written. */
export interface WrittenReports {
  readonly json: string
  readonly junit: string
  readonly markdown: string
}

export const REPORT_FILES = {
  json: 'chaos-gate-report.json',
  junit: 'chaos-gate-junit.xml',
  markdown: 'chaos-gate-summary.md'
} as const

/** `secrets` are masked out of every message the report quotes (servers quote requests). */
export async function writeReports(
  unmasked: GateReport,
  dir: string,
  secrets?: SecretMask
): Promise<WrittenReports> {
  const report = secrets ? maskStrings(unmasked, secrets) : unmasked
  await mkdir(dir, { recursive: true })
  const written = {
    json: join(dir, REPORT_FILES.json),
    junit: join(dir, REPORT_FILES.junit),
    markdown: join(dir, REPORT_FILES.markdown)
  }
  await Promise.all([
    writeFile(written.json, renderJsonReport(report), 'utf8'),
    writeFile(written.junit, renderJunit(report), 'utf8'),
    writeFile(written.markdown, renderMarkdown(report), 'utf8')
  ])
  return written
}
