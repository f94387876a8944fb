/**
 * Steady-state monitoring for one experiment: measures every check of a phase at one shared
 * evaluation time per source (docs/prometheus.md, "Results"), judges the raw values, and folds them into
 * each check's M-of-N state. Sources are taken by kind, so Prometheus plugs in next to the probe.
 */
import type { CheckSpec, Phase, SteadyStateSpec } from '../manifest/steady-state-model'
import { type Clock, isAbortError } from '../util/clock'
import { errorMessage } from '../util/errors'
import { type Baseline, captureBaseline } from './baseline'
import { advance, type CheckState, concludePhase, START } from './check-state'
import { judge } from './evaluate'
import type {
  CheckOutcome,
  MeasureContext,
  Measurement,
  MetricSource,
  RawMeasurement
} from './model'

/** The sources available to an experiment, by kind. */
export type MetricSources = Partial<Record<CheckSpec['source'], MetricSource>>

/** A check's result for one phase. */
export interface PhaseConclusion {
  readonly check: string
  readonly outcome: CheckOutcome
  readonly reason: string
}

export class SteadyStateMonitor {
  private readonly baselines = new Map<string, Baseline>()

  constructor(
    readonly spec: SteadyStateSpec,
    private readonly sources: MetricSources,
    private readonly clock: Clock,
    private readonly onMeasurement: (m: Measurement) => void = () => undefined
  ) {}

  /** The checks that run in `phase`, dryRun ones included. */
  checksIn(phase: Phase): readonly CheckSpec[] {
    return this.spec.checks.filter((c) => c.phases.includes(phase))
  }

  /** Checks whose source kind has no source in this run (for example Prometheus not configured). */
  unsourced(): readonly CheckSpec[] {
    return this.spec.checks.filter((c) => this.sources[c.source] === undefined)
  }

  /** Remembers the pre-fault medians that relative rules compare against. */
  captureBaselines(before: readonly Measurement[]): void {
    for (const check of this.spec.checks) {
      this.baselines.set(check.name, captureBaseline(before.filter((m) => m.check === check.name)))
    }
  }

  /** Measures every check of `phase` once. All checks of one source share that source's `now`. */
  async tick(
    phase: Phase,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<readonly Measurement[]> {
    const checks = this.checksIn(phase)
    const kinds = [...new Set(checks.map((c) => c.source))]
    const nows = new Map(
      await Promise.all(kinds.map(async (k) => [k, await this.nowOf(k, signal)] as const))
    )
    const raws = await Promise.all(
      checks.map((c) => this.measureOne(c, nows.get(c.source) ?? this.clock.now(), ctx, signal))
    )
    return checks.map((check, i) => {
      const raw = this.onRunnerClock(raws[i] as RawMeasurement, check.source)
      const m = judge(check, raw, { phase, ...this.baselineFor(check.name) })
      this.onMeasurement(m)
      return m
    })
  }

  /** The checks of `phase` whose source reports each new sample (the HTTP probe). */
  sampledChecksIn(phase: Phase): readonly CheckSpec[] {
    return this.checksIn(phase).filter((c) => this.sources[c.source]?.nextSample !== undefined)
  }

  /** Resolves when any of these checks' sources has a new sample; rejects when `signal` aborts. */
  async nextSample(checks: readonly CheckSpec[], signal: AbortSignal): Promise<void> {
    const sources = [...new Set(checks.map((c) => this.sources[c.source]))]
    const arrivals = new AbortController()
    const either = AbortSignal.any([signal, arrivals.signal])
    try {
      await Promise.race(
        sources.map((s) => s?.nextSample?.(either) ?? new Promise(() => undefined))
      )
    } finally {
      arrivals.abort()
    }
  }

  /**
   * Measures and judges `checks` now without recording the measurements: between ticks the gate
   * looks at each new sample and records only one that decides a check (record()).
   */
  async peek(
    checks: readonly CheckSpec[],
    phase: Phase,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<readonly Measurement[]> {
    const raws = await Promise.all(
      checks.map(async (c) =>
        this.measureOne(c, (await this.nowOf(c.source, signal)) ?? this.clock.now(), ctx, signal)
      )
    )
    return checks.map((check, i) =>
      judge(check, this.onRunnerClock(raws[i] as RawMeasurement, check.source), {
        phase,
        ...this.baselineFor(check.name)
      })
    )
  }

  /** Records a measurement peek() returned, as tick() records its own. */
  record(m: Measurement): void {
    this.onMeasurement(m)
  }

  /**
   * A measurement taken at the source's time, dated on the runner's clock: MTTR and abort latency
   * compare it with the fault's events (removed, aborted), which the runner timed. With Prometheus
   * ten minutes ahead, a fault that recovered at once would otherwise show an MTTR of ten minutes.
   */
  private onRunnerClock(raw: RawMeasurement, kind: CheckSpec['source']): RawMeasurement {
    const skew = this.sources[kind]?.skewMs ?? 0
    return skew === 0 ? raw : { ...raw, at: raw.at - skew }
  }

  private baselineFor(name: string): { baseline?: Baseline } {
    const b = this.baselines.get(name)
    return b ? { baseline: b } : {}
  }

  private async nowOf(kind: CheckSpec['source'], signal: AbortSignal): Promise<number | undefined> {
    try {
      return await this.sources[kind]?.now(signal)
    } catch (err) {
      if (signal.aborted) throw err
      return undefined
    }
  }

  private async measureOne(
    check: CheckSpec,
    at: number,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    const source = this.sources[check.source]
    if (!source)
      return {
        kind: 'error',
        at,
        errorKind: 'config',
        message: `no ${check.source} source is configured`
      }
    try {
      return await source.measure(check, at, ctx, signal)
    } catch (err) {
      // Sources should return errors as data; a throw is still a failed measurement, not a crash.
      if (signal.aborted || isAbortError(err)) throw err
      return { kind: 'error', at, errorKind: 'transport', message: errorMessage(err) }
    }
  }
}

/** The M-of-N states of a phase's checks, fed one tick at a time. */
export class PhaseTracker {
  private readonly states = new Map<string, CheckState>()

  constructor(private readonly checks: readonly CheckSpec[]) {
    for (const c of checks) this.states.set(c.name, START)
  }

  /** Folds one tick; returns the checks whose outcome became fail or inconclusive on it, in check order. */
  fold(
    tick: readonly Measurement[]
  ): readonly { readonly check: CheckSpec; readonly state: CheckState }[] {
    const decided: { check: CheckSpec; state: CheckState }[] = []
    for (const check of this.checks) {
      const m = tick.find((x) => x.check === check.name)
      const prev = this.states.get(check.name) ?? START
      if (!m) continue
      const next = advance(check, prev, m)
      this.states.set(check.name, next)
      if (prev.outcome === 'pending' && next.outcome !== 'pending')
        decided.push({ check, state: next })
    }
    return decided
  }

  /** Whether folding `m` would make its check fail now (a breach that completes the M-of-N rule). */
  wouldFail(check: CheckSpec, m: Measurement): boolean {
    const prev = this.states.get(check.name) ?? START
    return prev.outcome === 'pending' && advance(check, prev, m).outcome === 'fail'
  }

  /** Conclusive measurements seen for a check in this phase. */
  conclusive(name: string): number {
    return this.states.get(name)?.conclusive ?? 0
  }

  /** Every check's result for the phase; fewer than `minSamples` conclusive measurements is inconclusive. */
  conclude(minSamples: number): readonly PhaseConclusion[] {
    return this.checks.map((check) => ({
      check: check.name,
      ...concludePhase(check, this.states.get(check.name) ?? START, minSamples)
    }))
  }
}
