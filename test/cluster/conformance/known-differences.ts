/**
 * The differences between the simulator and the real API server that the conformance diff finds
 * and that are kept, each with the reason (docs/sim-cluster.md, "Conformance with a real API
 * server", says the same for readers). `path` is the JSON path in the step's normalized answer.
 */
export interface KnownDifference {
  readonly step: string
  readonly path: string
  readonly why: string
}

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = []
