/**
 * litmus-go names each ChaosResult `<engine>-<experiment>[-<instance>]` and puts that name in the
 * result's `name` label, which Kubernetes caps at 63 characters. The engine chaos-gate submits is
 * named after the run (`gate-<run>-<experiment>`), so the manifest's part of the result's name
 * must leave it room, and the engine's name is bounded by what is left (backends/litmus).
 */

/** A label value's limit, which the whole ChaosResult name must fit. */
export const LITMUS_RESULT_NAME_MAX = 63

/** The most the ChaosExperiment and INSTANCE_ID may take, leaving the engine 26 characters. */
export const LITMUS_EXPERIMENT_PART_MAX = 36

/** The part of a ChaosResult's name after `<engine>-`. */
export function resultSuffix(experiment: string, instance: string | undefined): string {
  return [experiment, instance].filter((part) => part).join('-')
}
