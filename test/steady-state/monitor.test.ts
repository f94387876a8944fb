import type { MetricSource } from '../../src/steady-state/model'
import { PhaseTracker, SteadyStateMonitor } from '../../src/steady-state/monitor'
import { makeCheck, values } from '../fakes/check'
import { FakeClock } from '../fakes/clock'
import { makeSpec } from '../gate/fakes/gate-fixtures'

const signal = new AbortController().signal

function source(
  kind: MetricSource['kind'],
  now: number,
  value: (query: string) => number
): MetricSource & { seen: number[] } {
  const seen: number[] = []
  return {
    kind,
    seen,
    now: async () => now,
    measure: async (check, at) => (seen.push(at), values(at, value(check.query)))
  }
}

describe('SteadyStateMonitor', () => {
  const probe = makeCheck({
    name: 'errors',
    source: 'probe',
    query: 'errorRatio',
    threshold: { max: 0.05 }
  })
  const prom = makeCheck({
    name: 'p99',
    source: 'prometheus',
    query: 'p99',
    threshold: { max: 1 },
    phases: ['during']
  })

  it('measures each check of a phase once, every check of a source at that source’s time', async () => {
    const p = source('probe', 1_000, () => 0.01)
    const q = source('prometheus', 2_000, () => 0.5)
    const judged: string[] = []
    const monitor = new SteadyStateMonitor(
      makeSpec({}, [probe, prom]),
      { probe: p, prometheus: q },
      new FakeClock(),
      (m) => judged.push(m.check)
    )
    expect((await monitor.tick('before', { phase: 'before' }, signal)).map((m) => m.check)).toEqual(
      ['errors']
    )
    const during = await monitor.tick('during', { phase: 'during' }, signal)
    expect(during.map((m) => [m.check, m.at, m.level])).toEqual([
      ['errors', 1_000, 'ok'],
      ['p99', 2_000, 'ok']
    ])
    expect(judged).toEqual(['errors', 'errors', 'p99'])
  })

  it('turns a missing source into a configuration error and a throwing one into an error measurement', async () => {
    const clock = new FakeClock(5_000)
    const broken: MetricSource = {
      kind: 'probe',
      now: async () => 5_000,
      measure: () => Promise.reject(new Error('socket hang up'))
    }
    const monitor = new SteadyStateMonitor(makeSpec({}, [probe, prom]), { probe: broken }, clock)
    expect(monitor.unsourced().map((c) => c.name)).toEqual(['p99'])
    const [errors, p99] = await monitor.tick('during', { phase: 'during' }, signal)
    expect(errors).toMatchObject({
      level: 'error',
      errorKind: 'transport',
      message: 'socket hang up'
    })
    expect(p99).toMatchObject({
      level: 'error',
      errorKind: 'config',
      message: 'no prometheus source is configured',
      at: 5_000
    })
  })

  it('judges relative rules against the baseline captured before the fault', async () => {
    const latency = makeCheck({
      name: 'lat',
      source: 'probe',
      query: 'latencyP99',
      relative: { maxIncrease: 0.5, slack: 10 }
    })
    let v = 100
    const monitor = new SteadyStateMonitor(
      makeSpec({}, [latency]),
      { probe: source('probe', 0, () => v) },
      new FakeClock()
    )
    monitor.captureBaselines([...(await monitor.tick('before', { phase: 'before' }, signal))])
    v = 160
    const [m] = await monitor.tick('during', { phase: 'during' }, signal)
    expect(m?.message).toBe('lat = 160 > relative.maxIncrease 150 (baseline 100)')
  })
})

describe('PhaseTracker', () => {
  it('reports a check once, on the tick that decides it', () => {
    const check = makeCheck({ name: 'errors', breaches: 2, of: 3 })
    const tracker = new PhaseTracker([check])
    const m = (level: 'ok' | 'breach') => ({
      check: 'errors',
      phase: 'during' as const,
      at: 0,
      level,
      series: [],
      message: level
    })
    expect(tracker.fold([m('breach')])).toEqual([])
    expect(tracker.fold([m('ok')])).toEqual([])
    expect(tracker.fold([m('breach')]).map((d) => d.state.outcome)).toEqual(['fail'])
    expect(tracker.fold([m('breach')])).toEqual([])
    expect(tracker.conclude(2)).toEqual([
      { check: 'errors', outcome: 'fail', reason: 'breach (2 of the last 3 measurements breached)' }
    ])
  })
})
