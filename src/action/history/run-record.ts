/**
 * Each run's facts for the runs after it: a compact JSON record, hidden at the top of the check
 * run's summary (an HTML comment GitHub does not render), so the next gate finds it through the
 * same API it already uses, with no artifact to upload or download. The top of the summary is
 * never cut by the 65535-character limit (fit-markdown.ts cuts the end).
 */
import { z } from 'zod'

import type { ExperimentReport, GateReport } from '../../gate/result'
import { keyCheck, keySeries } from '../../report/key-check'

const PREFIX = '<!-- chaos-gate:history:v1 '
const SUFFIX = ' -->'

/** Built on first use (z.lazy): only reading earlier runs' history decodes records (docs/performance.md). */
const RunRecord = z.lazy(() => {
  const ExperimentRecord = z.object({
    name: z.string(),
    verdict: z.string(),
    mttrMs: z.number().optional(),
    abortLatencyMs: z.number().optional(),
    /** The key check's worst value during the fault, and the check. */
    worst: z.number().optional(),
    check: z.string().optional()
  })

  return z.object({
    sha: z.string(),
    at: z.number(),
    experiments: z.array(ExperimentRecord)
  })
})

export type RunRecord = z.infer<typeof RunRecord>
export type ExperimentRecord = RunRecord['experiments'][number]

export function runRecord(report: GateReport, sha: string): RunRecord {
  return { sha, at: report.startedAt, experiments: report.experiments.map(experimentRecord) }
}

function experimentRecord(e: ExperimentReport): ExperimentRecord {
  const check = keyCheck(e)
  const values = check
    ? keySeries(e, check.name)
        .filter((p) => p.m.phase === 'during')
        .map((p) => p.value)
    : []
  const lowerIsWorse = check?.threshold?.min !== undefined && check.threshold.max === undefined
  const worst = values.length
    ? lowerIsWorse
      ? Math.min(...values)
      : Math.max(...values)
    : undefined
  return {
    name: e.name,
    verdict: e.verdict,
    ...(e.recovery?.mttrMs !== undefined && { mttrMs: e.recovery.mttrMs }),
    ...(e.fault.abortLatencyMs !== undefined && { abortLatencyMs: e.fault.abortLatencyMs }),
    ...(worst !== undefined && check && { worst, check: check.name })
  }
}

/** The hidden line that starts the check run's summary. */
export function encodeRecord(record: RunRecord): string {
  // `--` cannot appear inside an HTML comment; names and verdicts never hold it, JSON escapes it.
  return `${PREFIX}${JSON.stringify(record).replace(/--/g, '-\\u002d')}${SUFFIX}`
}

/** The record at the top of a summary; undefined for a summary without one or a broken one. */
export function decodeRecord(summary: string | null | undefined): RunRecord | undefined {
  if (!summary?.startsWith(PREFIX)) return undefined
  const end = summary.indexOf(SUFFIX, PREFIX.length)
  if (end < 0) return undefined
  try {
    const parsed = RunRecord.safeParse(JSON.parse(summary.slice(PREFIX.length, end)))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
