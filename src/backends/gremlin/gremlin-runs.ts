/**
 * Scenario runs of this run: the stamp that finds a scenario run again by the gate's run id. Gremlin's scenario runs carry a
 * free-text hypothesis and no labels, so the run id and experiment are written into it in a fixed
 * form; attacks carry neither, so they are found by the guid the run state recorded.
 */

/** `[chaos-gate run <run> experiment <name>]`. */
export function runMarker(runId: string, experiment?: string): string {
  return experiment === undefined
    ? `[chaos-gate run ${runId} `
    : `[chaos-gate run ${runId} experiment ${experiment}]`
}

/** Scenario stages in which a run may still inject. */
export const ACTIVE_RUN: ReadonlySet<string> = new Set([
  'NotStarted',
  'Pending',
  'Active',
  'Running',
  'HaltRequested'
])
