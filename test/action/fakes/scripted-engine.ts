import type { GateEngine, GateRun, RunCleanup, RunContext } from '../../../src/action/gate-engine'
import type { GateReport } from '../../../src/gate/result'
import type { GateSettings } from '../../../src/gate/settings'
import { gateReport } from '../fixtures/report'

type RunScript = (settings: GateSettings, signal: AbortSignal) => Promise<GateRun> | GateRun
type CleanupScript = (settings: GateSettings) => Promise<RunCleanup> | RunCleanup

/** A GateEngine that answers from scripts and records what it was asked. */
export class ScriptedEngine implements GateEngine {
  readonly runs: { settings: GateSettings; context: RunContext }[] = []
  readonly cleanups: GateSettings[] = []

  constructor(
    private readonly onRun: RunScript = () => gateRun(gateReport()),
    private readonly onCleanup: CleanupScript = () => ({ submitted: [], stopped: [], reports: [] })
  ) {}

  async run(settings: GateSettings, context: RunContext, signal: AbortSignal): Promise<GateRun> {
    this.runs.push({ settings, context })
    return this.onRun(settings, signal)
  }

  async cleanup(settings: GateSettings): Promise<RunCleanup> {
    this.cleanups.push(settings)
    return this.onCleanup(settings)
  }
}

/** A run result around a report, with report paths and a recognisable summary body. */
export function gateRun(report: GateReport): GateRun {
  return {
    report,
    files: { json: '/w/chaos-gate-report/report.json', junit: '/w/chaos-gate-report/junit.xml' },
    markdown: `## Chaos gate: ${report.verdict}\n\n| experiment | verdict |\n|---|---|\n${report.experiments.map((e) => `| ${e.name} | ${e.verdict} |`).join('\n')}\n`
  }
}
