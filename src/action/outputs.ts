/**
 * The step's outputs (action.yml `outputs`). Every path through main sets all of them, so a later
 * step can read `steps.<id>.outputs.verdict` without checking whether it exists.
 */
import type { GateReport } from '../gate/result'
import type { Verdict } from '../gate/settings'
import type { ActionsCore } from './actions-core'

export const OUTPUT_NAMES = [
  'verdict',
  'passed',
  'failed',
  'report-json',
  'junit',
  'run-id'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

export type ActionOutputs = Readonly<Record<OutputName, string>>

/** Paths of the files the engine wrote for this run. */
export interface ReportFiles {
  readonly json?: string
  readonly junit?: string
}

/** The outputs of a run that produced a report. */
export function reportOutputs(report: GateReport, files: ReportFiles): ActionOutputs {
  const failOn = new Set(report.failOn)
  return {
    verdict: report.verdict,
    passed: String(report.counts.pass),
    failed: String(report.experiments.filter((e) => failOn.has(e.verdict)).length),
    'report-json': files.json ?? '',
    junit: files.junit ?? '',
    'run-id': report.runId
  }
}

/** The outputs of a run that ended without a report (skipped, invalid input, verify). */
export function verdictOutputs(verdict: Verdict, runId = ''): ActionOutputs {
  return { verdict, passed: '0', failed: '0', 'report-json': '', junit: '', 'run-id': runId }
}

export function setOutputs(core: ActionsCore, outputs: ActionOutputs): void {
  for (const name of OUTPUT_NAMES) core.setOutput(name, outputs[name])
}
