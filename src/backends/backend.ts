/**
 * The one interface every chaos backend implements (docs/architecture.md, "Contracts between the parts"; adapted so a
 * backend streams status). The engine knows nothing backend-specific beyond this file.
 */
import type { BackendKind, Experiment } from '../manifest/model'
import type { Policy } from '../policy/policy'
import type { Clock } from '../util/clock'
import type { Issue } from '../util/errors'
import type { Log } from '../util/log'
import type { KubeConnection } from './kube/connect'

/** Everything a backend needs from the run it is part of. */
export interface RunContext {
  readonly runId: string
  readonly clock: Clock
  readonly log: Log
  /** Aborts when the run is cancelled (SIGINT/SIGTERM) or its deadline passes. */
  readonly signal: AbortSignal
  /** Labels stamped on every object the run creates (managed-by, run id, experiment, sha). */
  readonly labels: Readonly<Record<string, string>>
  /**
   * Epoch ms by which this call must be done: the gate's deadline, or for abort and cleanup (which
   * run even after that passed) the end of their own bound.
   */
  readonly deadline: number
}

/**
 * How to find a submitted fault again. Plain JSON: it is written to the run-state file right after
 * submit, so a cancelled or crashed run can still be aborted and cleaned up.
 */
export interface Handle {
  readonly backend: BackendKind
  readonly experiment: string
  readonly kind: string
  readonly name: string
  readonly namespace?: string
  readonly apiVersion?: string
  readonly uid?: string
  /** Backend-specific extras (an original VirtualService to restore, a proxy address). */
  readonly data?: Readonly<Record<string, string>>
}

/** What preflight learned about the live system. */
export interface PreflightReport {
  /** Targets the fault would hit now (pods matched and selected by mode), when countable. */
  readonly targets?: number
  /** All candidates the selector matched, for percentage limits. */
  readonly candidates?: number
  /** Where steady-state probes should send traffic (the local fault proxy's address). */
  readonly probeBaseUrl?: string
  readonly warnings: readonly string[]
  /** Problems that must stop this experiment before injection (RBAC, dry-run rejection, policy). */
  readonly issues: readonly Issue[]
}

/** Where a fault is, as the backend reports it. */
export type FaultPhase =
  /** Submitted, not injected yet. */
  | 'pending'
  /** The fault is active on at least one target. */
  | 'injected'
  /** The fault was removed (duration over or paused); the backend may still report a verdict. */
  | 'recovered'
  /** The backend is done and will not change any more. */
  | 'finished'
  /** Stopped early through abort. */
  | 'stopped'
  /** The backend could not inject or errored. */
  | 'failed'

/** One look at a fault. */
export interface Observation {
  readonly at: number
  readonly phase: FaultPhase
  /**
   * The backend's own verdict where it has one (Litmus ChaosResult, a Workflow StatusCheck);
   * `aborted` is a backend's own safety stop (an FIS stop condition).
   */
  readonly verdict?: 'pass' | 'fail' | 'stopped' | 'aborted' | 'error' | 'awaited'
  /** Targets actually affected; 0 means nothing was hit, which is a failure, never a pass. */
  readonly affectedTargets?: number
  readonly message: string
  /** Backend facts for the report (failStep, probeSuccessPercentage, conditions). */
  readonly details?: Readonly<Record<string, string>>
  /** True when nothing will change any more; the stream ends after it. */
  readonly terminal: boolean
}

/** Which objects a cleanup is for: always the run id label, plus handles when known. */
export interface RunSelector {
  readonly runId: string
  /**
   * Only this experiment's objects (its own cleanup step, while other experiments of the run may
   * still be injecting); absent, everything the run created (`chaos-gate cleanup`, the post step).
   */
  readonly experiment?: string
  /** Kubernetes namespaces; for Toxiproxy, the servers' URLs. */
  readonly namespaces: readonly string[]
  readonly handles: readonly Handle[]
}

/** What cleanup did, and what it could not do. */
export interface CleanupReport {
  readonly deleted: readonly string[]
  /** Objects still present after the bound, each with the command to inspect it. */
  readonly stuck: readonly {
    readonly ref: string
    readonly reason: string
    readonly inspect: string
  }[]
  readonly errors: readonly string[]
}

export interface Backend {
  readonly kind: BackendKind
  /** Pure checks beyond the manifest schema. No I/O. */
  check(exp: Experiment): readonly Issue[]
  /** Live checks before anything is injected: reachable, authorised, dry-run accepted, targets counted. */
  preflight(exp: Experiment, ctx: RunContext): Promise<PreflightReport>
  /** Creates the fault. Idempotent: the same run and experiment adopt the existing object. */
  submit(exp: Experiment, ctx: RunContext): Promise<Handle>
  /**
   * Follows the fault, yielding one Observation per change, until a terminal one or until
   * `ctx.signal` aborts. Watch-based where the backend allows; polling only as a fallback.
   */
  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation>
  /** Stops injecting now through the backend's safe path. Idempotent; not-found is success. */
  abort(handle: Handle, ctx: RunContext): Promise<void>
  /** Removes everything the run created, found by the run-id label; waits for finalizers within a bound. */
  cleanup(selector: RunSelector, ctx: RunContext): Promise<CleanupReport>
}

/** What a backend may be built from. */
export interface BackendDeps {
  readonly clock: Clock
  readonly log: Log
  /** Uniform random numbers in [0, 1); injected so percentage faults are deterministic in tests. */
  readonly random: () => number
  /** This process's id, recorded in handles of in-process faults. */
  readonly pid: number
  /** Whether a process still runs, so a later cleanup can tell a live fault from a dead one. */
  readonly isProcessAlive: (pid: number) => boolean
  /** The cluster, for Kubernetes backends; connects (and loads the client) on first call only. */
  readonly kube?: () => Promise<KubeConnection>
  /** The blast-radius policy Kubernetes preflight checks live target counts against. */
  readonly policy?: Policy
  /** The environment, for cloud SDK settings (region, endpoint); credentials stay in the SDK chain. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Gremlin's team and API key from the settings; absent, the environment's are used. */
  readonly gremlin?: GremlinSettings
}

/** Gremlin's team and API key (a secret, masked where it is read). */
export interface GremlinSettings {
  readonly teamId?: string
  readonly apiKey?: string
}
