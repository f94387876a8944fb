/**
 * The gate's result as data: what the engine produces and every report (JSON, JUnit, Markdown
 * summary, terminal, check run, annotations, Slack) renders. The JSON report is this value as-is,
 * versioned by `schemaVersion` and described by schema/report.schema.json. Times are epoch ms (UTC).
 */
import type { CleanupReport, FaultPhase, Handle } from '../backends/backend'
import type { BackendKind } from '../manifest/model'
import type { Phase, SourceKind } from '../manifest/steady-state-model'
import type { CheckOutcome, Measurement } from '../steady-state/model'
import type { Issue, SourceLocation } from '../util/errors'
import type { Mode, Verdict } from './settings'

export const REPORT_SCHEMA_VERSION = 'chaos-gate.dev/report/v1'

/** The lifecycle of one experiment, in order (docs/engine.md, "Lifecycle of one experiment"). */
export type LifecyclePhase = 'preflight' | 'before' | 'inject' | 'during' | 'after' | 'cleanup'

export interface PhaseRecord {
  readonly name: LifecyclePhase
  readonly startedAt: number
  readonly endedAt: number
  readonly status: 'ok' | 'failed' | 'skipped' | 'timeout' | 'aborted' | 'error'
  readonly note?: string
}

/** One check's result per phase it ran in. */
export interface CheckRecord {
  readonly name: string
  readonly source: SourceKind
  readonly query: string
  readonly dryRun: boolean
  /** The check's absolute bounds, for charts and summaries. */
  readonly threshold?: { readonly min?: number; readonly max?: number }
  readonly phases: Partial<
    Record<Phase, { readonly outcome: CheckOutcome; readonly reason: string }>
  >
}

/** The steady load an experiment sent (`steadyState.load`), for the report. */
export interface LoadRecord {
  /** Without credentials, query or fragment. */
  readonly url: string
  readonly method: string
  readonly ratePerSecond: number
  /** Requests sent, including those cancelled in flight when the load stopped. */
  readonly requests: number
  /** Requests answered with a status in `okStatus`. */
  readonly ok: number
}

/** What happened to the fault itself. */
export interface FaultRecord {
  readonly handle?: Handle
  readonly injectedAt?: number
  readonly removedAt?: number
  readonly abortedAt?: number
  /** Why the abort guard fired: the check and the measurement that broke the steady state. */
  readonly abortReason?: string
  readonly affectedTargets?: number
  /** Who stopped the fault early: the steady-state guard, a phase timeout, or the run being cancelled. */
  readonly abortedBy?: 'guard' | 'timeout' | 'cancel'
  /** When the guard saw the breach (or lost sight of the steady state) that triggered the abort. */
  readonly breachAt?: number
  /** From the breach to the backend confirming the abort (the fault is off): `abortedAt - breachAt`. */
  readonly abortLatencyMs?: number
}

/** One observation from the backend, kept for the report's timeline. */
export interface BackendEvent {
  readonly at: number
  readonly phase: FaultPhase
  readonly verdict?: string
  readonly message: string
  readonly details?: Readonly<Record<string, string>>
}

export interface ExperimentReport {
  readonly name: string
  readonly source: SourceLocation
  readonly backend: BackendKind
  readonly kind: string
  readonly action?: string
  readonly namespace?: string
  readonly hypothesis?: string
  readonly expect: 'pass' | 'fail'
  /** Targets the fault would hit, as preflight counted them (when the backend can count). */
  readonly targets?: number
  /** The verdict after `expect: fail` is applied; this is what gates. */
  readonly verdict: Verdict
  /** What the experiment itself came to, before `expect` was applied. */
  readonly observed: Verdict
  /** Why, in words a person can act on; the first reason is the headline. */
  readonly reasons: readonly string[]
  readonly startedAt: number
  readonly endedAt: number
  readonly phases: readonly PhaseRecord[]
  readonly fault: FaultRecord
  readonly checks: readonly CheckRecord[]
  readonly measurements: readonly Measurement[]
  readonly backendEvents: readonly BackendEvent[]
  /** Steady-state recovery after the fault: time to recover is the run's MTTR. */
  readonly recovery?: {
    readonly recoveredAt?: number
    readonly mttrMs?: number
    readonly timedOut: boolean
  }
  readonly cleanup?: CleanupReport
  /** The steady load sent from preflight to cleanup, when the experiment declares one. */
  readonly load?: LoadRecord
}

export interface GateReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly runId: string
  readonly tool: { readonly name: 'chaos-gate'; readonly version: string }
  readonly environment: string
  readonly mode: Mode
  readonly sha?: string
  readonly repository?: string
  /** Link to the CI run, when there is one. */
  readonly runUrl?: string
  /** Where the deployed environment answers (a deployment's `environment_url`), when known. */
  readonly environmentUrl?: string
  readonly startedAt: number
  readonly endedAt: number
  /** Set when the run was cancelled (SIGINT, SIGTERM) before it finished: why. */
  readonly cancelled?: string
  /** The worst verdict over the experiments. */
  readonly verdict: Verdict
  /** Whether the gate failed, given `failOn` and the mode. */
  readonly failed: boolean
  readonly failOn: readonly Verdict[]
  readonly counts: Readonly<Record<Verdict, number>>
  readonly experiments: readonly ExperimentReport[]
  /** Validation warnings and notices that did not stop the run. */
  readonly notices: readonly Issue[]
}
