/**
 * The HTTP probe as a MetricSource: a check's query names a probe metric, and a measurement at
 * time `at` is that metric over the requests that completed in the check's window ending at `at`.
 * A window in which no request completed has no data, which is never a pass.
 */
import { type CheckSpec, PROBE_METRICS, type ProbeMetric } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import { type MetricSource, type RawMeasurement } from '../model'
import { type ProbeSample, windowStats } from './window-stats'

/** Where the probe's samples come from (the load generator). */
export interface SampleSource {
  samples(): readonly ProbeSample[]
  /** Resolves when the next sample has been recorded; rejects when `signal` aborts. */
  nextSample(signal: AbortSignal): Promise<void>
}

export function isProbeMetric(name: string): name is ProbeMetric {
  return PROBE_METRICS.some((m) => m === name)
}

export class ProbeSource implements MetricSource {
  readonly kind = 'probe' as const

  constructor(
    private readonly load: SampleSource,
    private readonly clock: Clock
  ) {}

  now(): Promise<number> {
    return Promise.resolve(this.clock.now())
  }

  /** Every completed request moves the window, so the gate may judge the checks again at once. */
  nextSample(signal: AbortSignal): Promise<void> {
    return this.load.nextSample(signal)
  }

  measure(check: CheckSpec, at: number): Promise<RawMeasurement> {
    return Promise.resolve(this.measureNow(check, at))
  }

  private measureNow(check: CheckSpec, at: number): RawMeasurement {
    const metric = check.query.trim()
    if (!isProbeMetric(metric)) return unknownMetric(metric, at)
    const samples = this.load.samples()
    const stats = windowStats(samples, at - check.windowMs, at)
    const series = stats ? [{ labels: {}, value: stats.values[metric] }] : []
    const base = { kind: 'values' as const, at, series, warnings: [] }
    if (!check.guard) return base
    const guardMetric = check.guard.query.trim()
    if (!isProbeMetric(guardMetric)) return unknownMetric(guardMetric, at)
    return { ...base, guard: stats ? [{ labels: {}, value: stats.values[guardMetric] }] : [] }
  }
}

function unknownMetric(name: string, at: number): RawMeasurement {
  return {
    kind: 'error',
    at,
    errorKind: 'config',
    message: `'${name}' is not a probe metric; expected one of ${PROBE_METRICS.join(', ')}`
  }
}
