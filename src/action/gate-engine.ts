/**
 * What the action needs from the engine, as one port: run the gate (load, validate, run, write
 * the reports, render the summary) and clean a run up by its label. engine-adapter.ts implements
 * it over the real engine; run-main and run-post tests use a scripted one.
 */
import type { CleanupReport } from '../backends/backend'
import type { GateReport } from '../gate/result'
import type { GateSettings } from '../gate/settings'
import type { ReportFiles } from './outputs'

/** Facts only the action knows, for the report. */
export interface RunContext {
  readonly repository: string
  readonly runUrl?: string
  /** The deployment's environment_url, for the JSON report. */
  readonly environmentUrl?: string
}

export interface GateRun {
  readonly report: GateReport
  /** The JSON and JUnit reports written to the report directory. */
  readonly files: ReportFiles
  /** The engine's Markdown summary: table, charts, details. */
  readonly markdown: string
}

/** What a later cleanup of a run found and did. */
export interface RunCleanup {
  /** How the run-state file says the run ended; undefined when there is no file. */
  readonly status?: 'running' | 'finished' | 'interrupted'
  /** Experiments whose fault was submitted, from the run-state file. */
  readonly submitted: readonly string[]
  /**
   * Faults main submitted but never cleaned up (`Kind namespace/name`), which this cleanup
   * aborted and removed. Their backend's abort deletes them, so the label sweep after it finds
   * nothing: without this, a cleanup that stopped a live fault would read as one that found none.
   */
  readonly stopped: readonly string[]
  /** One report per backend that was asked to clean up. */
  readonly reports: readonly CleanupReport[]
}

export interface GateEngine {
  /**
   * Runs the gate. Throws ManifestError for invalid manifests or policy (nothing injected),
   * InputError for unusable settings, and BackendError when the gate cannot operate. What
   * happened to an experiment is never an error: it is in the report.
   */
  run(settings: GateSettings, context: RunContext, signal: AbortSignal): Promise<GateRun>
  /** Removes whatever the run left behind, found by its run-id label and saved handles. */
  cleanup(settings: GateSettings, signal: AbortSignal): Promise<RunCleanup>
}
