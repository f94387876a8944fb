/**
 * What the engine needs from the outside world, passed in explicitly. The CLI,
 * the action and the tests each build one; nothing in the engine reaches for process state.
 */
import type { Backend } from '../backends/backend'
import type { BackendKind } from '../manifest/model'
import type { BudgetDecision } from '../steady-state/error-budget'
import type { Measurement } from '../steady-state/model'
import type { SourceFactories } from '../steady-state/source-factory'
import type { Clock } from '../util/clock'
import type { Log } from '../util/log'
import type { BackendEvent, ExperimentReport, LifecyclePhase } from './result'
import type { RunStateRecorder } from './run-state/run-state'

/** Gives the engine a backend by kind; throws BackendUnavailableError for one not in this build. */
export type BackendProvider = (kind: BackendKind) => Promise<Backend>

/** What a phase waits for, beyond when it should end, for a view to describe it truly. */
export interface PhaseOutlook {
  /**
   * `during` of a fault without a duration (a pod kill): it ends when the backend reports the
   * fault over, and `expectedEnd` is the most the gate waits for that.
   */
  readonly oneShot?: boolean
}

/** Progress for live views. Every callback is optional and must not throw. */
export interface GateListener {
  experimentStarted?(name: string, at: number): void
  /** A lifecycle phase began; `expectedEnd` is when it should end (the fault's end for `during`). */
  phaseStarted?(
    name: string,
    phase: LifecyclePhase,
    at: number,
    expectedEnd: number,
    outlook?: PhaseOutlook
  ): void
  measured?(name: string, measurement: Measurement): void
  backendEvent?(name: string, event: BackendEvent): void
  experimentFinished?(report: ExperimentReport): void
}

export interface GateDeps {
  readonly clock: Clock
  readonly log: Log
  readonly backends: BackendProvider
  readonly sources: SourceFactories
  readonly runState: RunStateRecorder
  /** Aborts on SIGINT/SIGTERM (src/deps.ts `processSignal()`); the engine adds the deadline. */
  readonly signal: AbortSignal
  readonly listener?: GateListener
  /**
   * Reads the error budgets of the `errorBudget` setting once, before any experiment; undefined when
   * the setting is not set. Only cancellation throws.
   */
  readonly errorBudget?: (signal: AbortSignal) => Promise<BudgetDecision>
  /** The HTTP client the steady load sends with (the global fetch when unset). */
  readonly fetch?: typeof fetch
  /** chaos-gate's version, for the report. */
  readonly version: string
}
