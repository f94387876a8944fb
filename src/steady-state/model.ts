/**
 * Measurements and the sources that take them (docs/prometheus.md and docs/engine.md describe the
 * model; the checks themselves are in manifest/steady-state-model.ts).
 * A measurement is ok | warn | breach | nodata | error; a check ends as pass | warn | fail | inconclusive.
 * Breach and "could not measure" are never the same thing, and missing data is never a pass.
 */
import type { CheckSpec, Phase } from '../manifest/steady-state-model'

/** One series in a source's answer: labels plus a value (NaN and ±Infinity kept as such). */
export interface SeriesSample {
  readonly labels: Readonly<Record<string, string>>
  readonly value: number
  /** When the source says the sample is from (source time), where it says so. */
  readonly at?: number
}

/** Why a source could not measure. `config` errors stop the run before any fault. */
export type SourceErrorKind =
  'transport' | 'timeout' | 'server' | 'query' | 'auth' | 'config' | 'partial'

/** What a source returns for one check at one evaluation time. */
export type RawMeasurement =
  | {
      readonly kind: 'values'
      readonly at: number
      readonly series: readonly SeriesSample[]
      readonly warnings: readonly string[]
      /** The guard query's value(s) when the check has a guard. */
      readonly guard?: readonly SeriesSample[]
    }
  | {
      readonly kind: 'error'
      readonly at: number
      readonly errorKind: SourceErrorKind
      readonly message: string
    }

/** Per-measurement judgement. */
export type Level = 'ok' | 'warn' | 'breach' | 'nodata' | 'error'

/** One series after judging, with what decided it, so a report can explain the verdict. */
export interface SeriesJudgement {
  readonly labels: Readonly<Record<string, string>>
  readonly value: number
  readonly level: Level
  /** The rule that set the level (`threshold.max`, `relative.maxIncrease`, `slo.burnRate`, ...). */
  readonly rule?: string
  readonly bound?: number
  readonly baseline?: number
}

/** A judged measurement: the unit every report, chart and abort decision is built from. */
export interface Measurement {
  readonly check: string
  readonly phase: Phase
  /** Evaluation time (source time: Prometheus server time, or the probe window end). */
  readonly at: number
  readonly level: Level
  readonly series: readonly SeriesJudgement[]
  /** One human line: value, bound, baseline and labels, or why nothing could be measured. */
  readonly message: string
  /** Why the source could not measure, for `error` measurements; `config` stops the run. */
  readonly errorKind?: SourceErrorKind
}

/** Where a check ends up for a phase. */
export type CheckOutcome = 'pending' | 'pass' | 'warn' | 'fail' | 'inconclusive'

/**
 * A source of measurements (HTTP probe, Prometheus, the Kubernetes API). Sources never judge; they report values or
 * errors, and the pure evaluator decides.
 */
export interface MetricSource {
  readonly kind: CheckSpec['source']
  /** The source's notion of now, so every check in a tick shares one evaluation time. */
  now(signal: AbortSignal): Promise<number>
  /**
   * Resolves when new data has arrived that can change what `measure` returns (each completed
   * HTTP probe request), so the gate can judge a breach as it arrives rather than at its next
   * interval. Sources whose data changes on a schedule of their own (Prometheus: scrapes and rule
   * evaluations) leave it out and are measured at the check interval.
   */
  nextSample?(signal: AbortSignal): Promise<void>
  /**
   * The source's clock minus the runner's, as of the last `now()`, for a source with a clock of
   * its own (Prometheus); undefined or 0 when it keeps the runner's time. Measurements are put
   * back on the runner's clock with it, where the fault's events are.
   */
  readonly skewMs?: number | undefined
  /** One measurement of `check` at time `at`. Never throws for data problems; returns `error`. */
  measure(
    check: CheckSpec,
    at: number,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement>
}

/** What a source may need to render a query: the fault start for `sinceFault` windows. */
export interface MeasureContext {
  readonly phase: Phase
  readonly faultStartedAt?: number
}
