/**
 * What the lifecycle learned about one experiment, as plain data. The steps record facts; the pure
 * verdict (verdict.ts) turns them into a verdict and reasons, so every path is table-testable.
 */
import type { FaultPhase, Observation } from '../backends/backend'
import type { SteadyStateSpec } from '../manifest/steady-state-model'
import type { PhaseConclusion } from '../steady-state/monitor'
import type { LifecyclePhase } from './result'
import type { Mode } from './settings'

/** A gated check's result for one phase. */
export type CheckConclusion = PhaseConclusion

/** Why the steady-state guard stopped the fault. */
export interface GuardTrip {
  /** `breach`: a gated check failed; `blind`: a gated check became unmeasurable. */
  readonly kind: 'breach' | 'blind'
  readonly check: string
  readonly reason: string
}

/** The backend's last word on the fault. */
export interface BackendFacts {
  readonly phase?: FaultPhase
  readonly verdict?: Observation['verdict']
  readonly affectedTargets?: number
  readonly message?: string
  readonly terminal: boolean
  /** Following the fault failed (the stream broke), so its state is unknown. */
  readonly lostTrack?: string
}

/** What the after phase found about recovery. */
export interface RecoveryFacts {
  readonly timedOut: boolean
  readonly timeoutMs: number
  /** Gated checks that never produced a conclusive measurement after the fault. */
  readonly unmeasured: readonly string[]
}

export interface ExperimentFacts {
  readonly mode: Mode
  readonly expect: 'pass' | 'fail'
  readonly policy: SteadyStateSpec['verdict']
  /** Not run on purpose (filtered out, error budget exhausted); the reason. */
  readonly skipped?: string
  /** The error budget could not be read, so nothing was injected; why. */
  readonly budgetUnknown?: string
  /** The run was cancelled or hit its deadline while this experiment was in `phase`. */
  readonly interrupted?: { readonly cause: string; readonly phase: LifecyclePhase | 'queued' }
  /** Problems that stop the experiment before injection: RBAC, rejection, unavailable backend. */
  readonly preflightProblems: readonly string[]
  /** Targets the fault would hit, as preflight counted them. */
  readonly targets?: number
  /** Gated (non-dryRun) steady-state checks the experiment declares. */
  readonly gatedChecks: number
  readonly before: readonly CheckConclusion[]
  readonly injected: boolean
  /** The backend refused or failed to create the fault. */
  readonly submitError?: string
  readonly guard?: GuardTrip
  /** Who made the engine stop the fault early, if anyone: the guard, a timeout, or the run's cancellation. */
  readonly abortedBy?: 'guard' | 'timeout' | 'cancel'
  readonly abortError?: string
  readonly backend?: BackendFacts
  readonly during: readonly CheckConclusion[]
  readonly recovery?: RecoveryFacts
  /** Objects cleanup could not remove, each named with how to inspect it. */
  readonly cleanupProblems: readonly string[]
  /** The gate itself failed (a phase hung past its timeout, an unexpected exception). */
  readonly gateErrors: readonly string[]
}
