import { judge } from '../../../src/steady-state/evaluate'
import { ProbeSource } from '../../../src/steady-state/probe/probe-source'
import type { ProbeSample } from '../../../src/steady-state/probe/window-stats'
import { makeCheck } from '../../fakes/check'
import { FakeClock } from '../../fakes/clock'

const clock = new FakeClock(10_000)
const samples: ProbeSample[] = [
  { startedAt: 8_000, endedAt: 8_010, latencyMs: 10, ok: true, status: 200 },
  { startedAt: 9_000, endedAt: 9_300, latencyMs: 300, ok: false, status: 500 }
]
const source = new ProbeSource(
  { samples: () => samples, nextSample: () => new Promise(() => undefined) },
  clock
)

describe('ProbeSource', () => {
  it('measures a probe metric over the check window ending at the evaluation time', async () => {
    const check = makeCheck({
      source: 'probe',
      query: 'errorRatio',
      windowMs: 2_000,
      threshold: { max: 0.05 }
    })
    const raw = await source.measure(check, await source.now())
    expect(raw).toEqual({
      kind: 'values',
      at: 10_000,
      warnings: [],
      series: [{ labels: {}, value: 0.5 }]
    })
    expect(judge(check, raw, { phase: 'during' }).message).toBe(
      'error-ratio = 0.5 > threshold.max 0.05'
    )
  })

  it('has no data for a window without completed requests', async () => {
    const check = makeCheck({ source: 'probe', query: 'latencyP99', windowMs: 500 })
    const raw = await source.measure(check, 10_000)
    expect(judge(check, raw, { phase: 'before' }).level).toBe('nodata')
  })

  it('evaluates a guard on another probe metric', async () => {
    const check = makeCheck({
      source: 'probe',
      query: 'availability',
      windowMs: 5_000,
      guard: { query: 'throughput', min: 1 }
    })
    const raw = await source.measure(check, 10_000)
    expect(judge(check, raw, { phase: 'during' }).message).toMatch(
      /guard 'throughput' = 0.4 is outside min 1/
    )
  })

  it('reports an unknown metric as a configuration error', async () => {
    const raw = await source.measure(makeCheck({ source: 'probe', query: 'p99' }), 10_000)
    expect(raw).toMatchObject({
      kind: 'error',
      errorKind: 'config',
      message: expect.stringMatching(
        /^'p99' is not a probe metric; expected one of availability, errorRatio/
      ) as string
    })
  })
})
