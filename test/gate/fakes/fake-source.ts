import type { CheckSpec } from '../../../src/manifest/steady-state-model'
import type { MeasureContext, MetricSource, RawMeasurement } from '../../../src/steady-state/model'
import type { Clock } from '../../../src/util/clock'

/** What a fake source answers for a check at a time: a value, no data, or a measurement error. */
export type FakeAnswer = number | 'nodata' | 'error'

/** A metric source whose values come from a function, timed by the injected clock. */
export class FakeSource implements MetricSource {
  readonly times: number[] = []
  closed = false

  constructor(
    private readonly clock: Clock,
    private readonly answer: (check: CheckSpec, at: number, ctx: MeasureContext) => FakeAnswer,
    readonly kind: MetricSource['kind'] = 'probe',
    /** How long one measurement takes, in virtual time. */
    private readonly measureMs = 0
  ) {}

  async now(): Promise<number> {
    return this.clock.now()
  }

  async measure(
    check: CheckSpec,
    at: number,
    ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    this.times.push(at)
    if (this.measureMs > 0) await this.clock.sleep(this.measureMs, signal)
    const a = this.answer(check, at, ctx)
    if (a === 'error')
      return { kind: 'error', at, errorKind: 'transport', message: 'connection refused' }
    if (a === 'nodata') return { kind: 'values', at, series: [], warnings: [] }
    return { kind: 'values', at, series: [{ labels: {}, value: a }], warnings: [] }
  }
}

/**
 * A FakeSource that reports a new sample every `periodMs` of virtual time, as the HTTP probe does
 * on each completed request, so the engine judges its checks between ticks.
 */
export class SampledFakeSource extends FakeSource {
  constructor(
    private readonly virtualClock: Clock,
    answer: (check: CheckSpec, at: number, ctx: MeasureContext) => FakeAnswer,
    private readonly periodMs: number
  ) {
    super(virtualClock, answer)
  }

  nextSample(signal: AbortSignal): Promise<void> {
    return this.virtualClock.sleep(this.periodMs, signal)
  }
}
