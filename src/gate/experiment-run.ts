/**
 * Everything one experiment's lifecycle shares: its context, the facts the steps record, the
 * phase wrapper that bounds and times each step, and the one-shot abort. Steps (steps/*.ts) read
 * and write it; the orchestrator (run-experiment.ts) only sequences them.
 */
import type { Backend, CleanupReport, Handle, RunContext } from '../backends/backend'
import { runLabels } from '../backends/labels'
import type { Experiment } from '../manifest/model'
import type { Phase } from '../manifest/steady-state-model'
import type { MeasureContext, Measurement } from '../steady-state/model'
import type { PhaseConclusion, SteadyStateMonitor } from '../steady-state/monitor'
import type { OpenedSource } from '../steady-state/source-factory'
import { withTimeout } from '../util/bounded'
import { errorMessage } from '../util/errors'
import { BackendFollower } from './backend-follower'
import type { ExperimentFacts } from './facts'
import type { GateDeps } from './gate-deps'
import type {
  BackendEvent,
  CheckRecord,
  FaultRecord,
  LifecyclePhase,
  LoadRecord,
  PhaseRecord
} from './result'
import type { GateSettings } from './settings'
import type { RunningLoad } from './steady-load'
import { TIMEOUTS } from './timeouts'

type Draft<T> = { -readonly [K in keyof T]: T[K] }
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] }

/** What a step tells the orchestrator: go on to the next step, or go straight to cleanup. */
export interface StepResult {
  readonly proceed: boolean
  readonly note?: string
}

/** The run-wide values every experiment shares. */
export interface RunScope {
  readonly runId: string
  readonly settings: GateSettings
  readonly deps: GateDeps
  /** Aborts on SIGINT/SIGTERM or the run deadline. */
  readonly signal: AbortSignal
  readonly deadline: number
  /** When the caller cancelled the run (SIGINT/SIGTERM), on the run's clock; not the deadline. */
  readonly cancelledAt: () => number | undefined
}

export class ExperimentRun {
  readonly facts: Mutable<ExperimentFacts>
  readonly phases: PhaseRecord[] = []
  readonly measurements: Measurement[] = []
  readonly backendEvents: BackendEvent[] = []
  readonly conclusions = new Map<string, Draft<CheckRecord['phases']>>()
  readonly fault: Draft<FaultRecord> = {}
  readonly sources: OpenedSource[] = []
  readonly follower: BackendFollower
  readonly startedAt: number
  recovery: { recoveredAt?: number; mttrMs?: number; timedOut: boolean } | undefined
  cleanupReport: CleanupReport | undefined
  targets: number | undefined
  backend: Backend | undefined
  handle: Handle | undefined
  monitor: SteadyStateMonitor | undefined
  probeBaseUrl: string | undefined
  /** The steady load while it runs, and what it sent once cleanup stopped it. */
  load: RunningLoad | undefined
  loadRecord: LoadRecord | undefined
  private aborting: Promise<void> | undefined

  constructor(
    readonly exp: Experiment,
    readonly scope: RunScope,
    /** The run's signal plus this experiment's own timeout. */
    readonly signal: AbortSignal
  ) {
    this.startedAt = scope.deps.clock.now()
    this.facts = {
      mode: scope.settings.mode,
      expect: exp.expect,
      policy: exp.steadyState?.verdict ?? { inconclusive: 'fail', warn: 'pass' },
      gatedChecks: exp.steadyState?.checks.filter((c) => !c.dryRun).length ?? 0,
      preflightProblems: [],
      before: [],
      injected: false,
      during: [],
      cleanupProblems: [],
      gateErrors: []
    }
    this.follower = new BackendFollower((event) => {
      this.backendEvents.push(event)
      scope.deps.listener?.backendEvent?.(exp.name, event)
    })
  }

  get clock(): GateDeps['clock'] {
    return this.scope.deps.clock
  }

  get deps(): GateDeps {
    return this.scope.deps
  }

  /** The backend context for work that the run's cancellation (and its deadline) should stop. */
  context(signal: AbortSignal = this.signal, deadline = this.scope.deadline): RunContext {
    const { runId, settings, deps } = this.scope
    return {
      runId,
      clock: deps.clock,
      log: deps.log,
      signal,
      labels: runLabels(runId, this.exp.name, settings.sha),
      deadline
    }
  }

  /**
   * Runs backend work that must happen even after the run was cancelled (abort, cleanup): its
   * signal and its deadline are its own timeout's, never the run's, which may have passed already.
   */
  withOwnDeadline<T>(own: number, what: string, fn: (ctx: RunContext) => Promise<T>): Promise<T> {
    const ms = Math.min(own, this.cancellationBudget())
    const deadline = this.clock.now() + ms
    return withTimeout(this.clock, ms, what, undefined, (signal) =>
      fn(this.context(signal, deadline))
    )
  }

  /**
   * What is left of TIMEOUTS.cancelledMs since the caller cancelled (unbounded before that), but
   * never less than one last try: abort and cleanup must end, and say what is left, before the
   * runner's kill.
   */
  private cancellationBudget(): number {
    const at = this.scope.cancelledAt()
    if (at === undefined) return Number.POSITIVE_INFINITY
    return Math.max(TIMEOUTS.lastTryMs, at + TIMEOUTS.cancelledMs - this.clock.now())
  }

  /** Remembers a measurement and tells the live view. */
  measured(m: Measurement): void {
    this.measurements.push(m)
    this.deps.listener?.measured?.(this.exp.name, m)
  }

  /** Records each check's result for a phase; gated ones become verdict facts. */
  conclude(phase: Phase, conclusions: readonly PhaseConclusion[]): void {
    const gated = new Set(this.exp.steadyState?.checks.filter((c) => !c.dryRun).map((c) => c.name))
    for (const c of conclusions) {
      const record = this.conclusions.get(c.check) ?? {}
      record[phase] = { outcome: c.outcome, reason: c.reason }
      this.conclusions.set(c.check, record)
    }
    const facts = conclusions.filter((c) => gated.has(c.check))
    if (phase === 'before') this.facts.before = [...facts]
    if (phase === 'during') this.facts.during = [...facts]
  }

  /** Marks the experiment as interrupted by the run's cancellation or deadline, once. */
  interrupt(phase: LifecyclePhase): void {
    if (this.facts.interrupted) return
    this.facts.interrupted = { cause: errorMessage(this.signal.reason), phase }
  }

  /**
   * Stops the fault through the backend's safe path, exactly once however many callers ask
   * (several checks breaching in one tick, the guard and a cancellation at the same moment).
   */
  abortFault(
    by: NonNullable<FaultRecord['abortedBy']>,
    reason: string,
    breachAt?: number
  ): Promise<void> {
    this.aborting ??= this.abortOnce(by, reason, breachAt)
    return this.aborting
  }

  /** What a source needs to render a check in `phase`: the fault's start for `sinceFault` windows. */
  measureContext(phase: Phase): MeasureContext {
    const { injectedAt } = this.fault
    return { phase, ...(injectedAt !== undefined && { faultStartedAt: injectedAt }) }
  }

  /** When the fault stopped: the backend reporting it off, or the abort completing, whichever came first. */
  faultRemovedAt(): number | undefined {
    const times = [this.follower.faultOffAt, this.fault.abortedAt].filter(
      (t): t is number => t !== undefined
    )
    return times.length > 0 ? Math.min(...times) : undefined
  }

  /** Whether an abort was requested. */
  get abortRequested(): boolean {
    return this.aborting !== undefined
  }

  private async abortOnce(
    by: NonNullable<FaultRecord['abortedBy']>,
    reason: string,
    breachAt?: number
  ): Promise<void> {
    const { backend, handle } = this
    if (!backend || !handle) return
    this.facts.abortedBy = by
    Object.assign(
      this.fault,
      { abortedBy: by, abortReason: reason },
      breachAt !== undefined && { breachAt }
    )
    try {
      await this.withOwnDeadline(TIMEOUTS.abortMs, 'aborting the fault', (ctx) =>
        backend.abort(handle, ctx)
      )
      const at = this.clock.now()
      this.fault.abortedAt = at
      if (breachAt !== undefined) this.fault.abortLatencyMs = at - breachAt
    } catch (err) {
      this.facts.abortError = `${handle.kind} ${handle.name}: ${errorMessage(err)}`
    }
    await this.deps.runState.aborted(this.exp.name, reason).catch((err: unknown) => {
      this.deps.log.warn(`could not record the abort in the run-state file: ${errorMessage(err)}`)
    })
  }
}
