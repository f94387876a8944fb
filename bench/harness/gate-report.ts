/**
 * The few fields of chaos-gate-report.json the benchmarks read, checked with zod rather than cast:
 * a report that changed shape fails loudly instead of producing a wrong number.
 */
import { readFileSync } from 'node:fs'

import { z } from 'zod'

const experimentSchema = z.object({
  name: z.string(),
  verdict: z.string(),
  reasons: z.array(z.string()),
  startedAt: z.number(),
  endedAt: z.number(),
  fault: z.object({
    injectedAt: z.number().optional(),
    removedAt: z.number().optional(),
    breachAt: z.number().optional(),
    abortedAt: z.number().optional()
  })
})

const reportSchema = z.object({
  verdict: z.string(),
  startedAt: z.number(),
  endedAt: z.number(),
  experiments: z.array(experimentSchema)
})

export type ReportedExperiment = z.infer<typeof experimentSchema>
export type Report = z.infer<typeof reportSchema>

export function readGateReport(path: string): Report {
  return reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

/** Throws with the reasons when an experiment did not end with one of `verdicts`. */
export function expectVerdicts(report: Report, verdicts: readonly string[]): void {
  const bad = report.experiments.filter((e) => !verdicts.includes(e.verdict))
  if (bad.length === 0) return
  const first = bad[0]
  throw new Error(
    `${bad.length} experiments ended ${first?.verdict ?? '?'} instead of ${verdicts.join('/')}: ${first?.name ?? ''}: ${first?.reasons[0] ?? ''}`
  )
}

/**
 * An experiment's own overhead: its lifecycle (preflight to the end of cleanup) minus the time its
 * fault was injected.
 */
export function lifecycleOverheadMs(e: ReportedExperiment): number {
  const { injectedAt, removedAt } = e.fault
  if (injectedAt === undefined || removedAt === undefined)
    throw new Error(`${e.name}: the report has no injection window (${e.verdict})`)
  return e.endedAt - e.startedAt - (removedAt - injectedAt)
}
