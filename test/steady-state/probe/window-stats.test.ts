import {
  percentile,
  type ProbeSample,
  windowStats
} from '../../../src/steady-state/probe/window-stats'

function sample(endedAt: number, latencyMs: number, ok = true): ProbeSample {
  return {
    startedAt: endedAt - latencyMs,
    endedAt,
    latencyMs,
    ok,
    ...(ok ? { status: 200 } : { error: 'ECONNRESET' })
  }
}

describe('windowStats', () => {
  it('counts the requests that completed in (from, to]', () => {
    const samples = [sample(1000, 10), sample(1001, 20), sample(2000, 30), sample(2001, 40)]
    expect(windowStats(samples, 1000, 2000)?.total).toBe(2)
  })

  it('computes availability, error ratio and throughput, with failures lowering availability', () => {
    const samples = [sample(100, 5), sample(200, 5, false), sample(300, 5), sample(400, 5, false)]
    const stats = windowStats(samples, 0, 2000)!
    expect(stats.values).toMatchObject({ availability: 0.5, errorRatio: 0.5, throughput: 2 })
  })

  it('takes nearest-rank latency percentiles in milliseconds', () => {
    const samples = Array.from({ length: 100 }, (_, i) => sample(i + 1, i + 1))
    const v = windowStats(samples, 0, 1000)!.values
    expect([v.latencyP50, v.latencyP90, v.latencyP95, v.latencyP99, v.latencyMax]).toEqual([
      50, 90, 95, 99, 100
    ])
  })

  it('has no data when no request completed in the window', () => {
    expect(windowStats([sample(5000, 10)], 0, 1000)).toBeUndefined()
    expect(windowStats([], 0, 1000)).toBeUndefined()
  })

  it('percentile of one value is that value, of none is NaN', () => {
    expect(percentile([7], 0.99)).toBe(7)
    expect(percentile([], 0.5)).toBeNaN()
  })
})
