import type { SimUser } from './auth/authorizer'
import type { Clock } from './clock'
import type { CrdGroup } from './resources/crd-types'

/** Timing knobs of the simulated cluster. Defaults keep a full experiment under a second. */
export interface SimTiming {
  /** Scheduling to Running + Ready, per pod. */
  readonly podReadyMs: number
  /** Graceful pod deletion to the pod being gone. */
  readonly podTerminationMs: number
  /** BOOKMARK period on watches with allowWatchBookmarks=true (the real server: ~1 min). */
  readonly bookmarkIntervalMs: number
  /** How long an operator takes to react to a change (each reconcile step). */
  readonly operatorStepMs: number
  /**
   * Wall-clock length of one second of chaos time: TOTAL_CHAOS_DURATION, spec.duration, Workflow
   * deadlines and `@every` schedules are scaled by it (1000 = real time).
   */
  readonly chaosSecondMs: number
  /** How long the namespace controller waits before deleting a Terminating namespace's content. */
  readonly namespaceCleanupMs: number
  /** How often a failing Chaos Mesh apply/recover is retried (first retry; then backing off). */
  readonly retryMs: number
}

/** The knobs the chaos operators use (they run as API clients, with their own copy). */
export type OperatorTiming = Pick<SimTiming, 'operatorStepMs' | 'chaosSecondMs' | 'retryMs'>

export const DEFAULT_TIMING: SimTiming = {
  podReadyMs: 30,
  podTerminationMs: 20,
  bookmarkIntervalMs: 1000,
  operatorStepMs: 10,
  chaosSecondMs: 10,
  namespaceCleanupMs: 200,
  retryMs: 50
}

/** What startSimCluster accepts; everything is optional. */
export interface SimClusterOptions {
  /** Listen port (0, the default, picks a free one) and host (127.0.0.1). */
  readonly port?: number
  readonly host?: string
  /**
   * Serve https with a self-signed certificate (the kubeconfig carries it as CA data). Default
   * true: kubectl never sends a bearer token over plain http. false serves http.
   */
  readonly tls?: boolean
  /** Time source for timestamps and timed transitions (the real clock by default). */
  readonly clock?: Clock
  /** CRD groups installed; [] is a cluster with neither Litmus nor Chaos Mesh. Default: all. */
  readonly crdGroups?: readonly CrdGroup[]
  /**
   * Which chaos operators are installed (default: whenever their CRDs are): their controllers,
   * and for Chaos Mesh its admission webhooks.
   */
  readonly operators?: { readonly litmus?: boolean; readonly chaosMesh?: boolean }
  /**
   * Start the installed operators as API clients of this server (default true). false keeps the
   * webhooks but runs no operator, for operators started elsewhere (tools/sim-operators.ts).
   */
  readonly runOperators?: boolean
  /** Users (bearer tokens and rules); default: one allow-all CI runner identity. */
  readonly users?: readonly SimUser[]
  readonly timing?: Partial<SimTiming>
  /** Changes retained for watch resumption; older resourceVersions get 410 Gone. */
  readonly watchHistorySize?: number
  /** Seed the demo workload (namespace staging, Deployment checkout, ...). */
  readonly seedDemo?: boolean
  /** Called when a controller reconcile throws (they are retried with back-off). */
  readonly onControllerError?: (controller: string, key: string, err: unknown) => void
}
