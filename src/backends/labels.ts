/**
 * Names and labels on everything a run creates (docs/engine.md, "Names and labels"). Deterministic, so a re-run of
 * the same run id adopts its own objects and a cleanup finds them by label alone.
 */
import { createHash } from 'node:crypto'

/** Standard Kubernetes label naming the tool that manages an object. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by'
export const MANAGED_BY = 'chaos-gate'
/** The run that created an object; cleanup selects by it. */
export const RUN_ID_LABEL = 'chaos-gate.dev/run-id'
/** The experiment an object belongs to. */
export const EXPERIMENT_LABEL = 'chaos-gate.dev/experiment'
/** The commit under test, when known. */
export const SHA_LABEL = 'chaos-gate.dev/sha'

/** Kubernetes object names and label values are at most 63 characters. */
const MAX_NAME = 63
const HASH_LENGTH = 6

/** The labels stamped on every object of one experiment in one run. */
export function runLabels(
  runId: string,
  experiment?: string,
  sha?: string
): Readonly<Record<string, string>> {
  return {
    [MANAGED_BY_LABEL]: MANAGED_BY,
    [RUN_ID_LABEL]: runId,
    ...(experiment !== undefined && { [EXPERIMENT_LABEL]: experiment }),
    ...(sha !== undefined && { [SHA_LABEL]: sha.slice(0, MAX_NAME) })
  }
}

/** The label selector that finds everything a run created, or one experiment's part of it. */
export function runSelectorString(runId: string, experiment?: string): string {
  const run = `${MANAGED_BY_LABEL}=${MANAGED_BY},${RUN_ID_LABEL}=${runId}`
  return experiment === undefined ? run : `${run},${EXPERIMENT_LABEL}=${experiment}`
}

/**
 * `gate-<runId>-<experiment>`, cut to 63 characters (or `max`, when something is appended to the
 * name later) with a hash of the full name as suffix, so two long experiment names sharing a
 * prefix still get different objects.
 */
export function objectName(runId: string, experiment: string, max = MAX_NAME): string {
  const full = `gate-${runId}-${experiment}`.toLowerCase()
  if (full.length <= max) return full
  const hash = createHash('sha256').update(full).digest('hex').slice(0, HASH_LENGTH)
  const head = full.slice(0, max - HASH_LENGTH - 1).replace(/-+$/, '')
  return `${head}-${hash}`
}
