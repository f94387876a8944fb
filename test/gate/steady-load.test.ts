/**
 * Steady load (`steadyState.load`) through a whole gate run on virtual time: it starts before the
 * first baseline measurement, runs through the fault and recovery, stops at cleanup, never sends
 * after the run, and the report says how many requests it sent without the URL's credentials.
 */
import { runGate } from '../../src/gate/run-gate'
import { publicUrl } from '../../src/gate/steady-load'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from './fakes/fake-backend'
import { FakeSource } from './fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings, makeSpec } from './fakes/gate-fixtures'

const LOAD = {
  url: 'https://user:secret@shop.staging.example/api/cart?token=abc',
  method: 'POST' as const,
  ratePerSecond: 2,
  timeoutMs: 1_000,
  okStatus: [{ from: 200, to: 299 }],
  headers: { Authorization: 'Bearer s3cr3t' }
}

function setup(status: (n: number) => number = () => 200) {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock)
  // What happened, in order: a request sent, or a check measured.
  const log: ('request' | 'measure')[] = []
  const source = new FakeSource(clock, () => {
    log.push('measure')
    return 0.001
  })
  const sent: { at: number; method: string; auth: string | null }[] = []
  const fetchImpl: typeof fetch = (_input, init) => {
    log.push('request')
    sent.push({
      at: clock.now(),
      method: init?.method ?? '',
      auth: new Headers(init?.headers).get('authorization')
    })
    return Promise.resolve(new Response(null, { status: status(sent.length) }))
  }
  const deps = { ...makeDeps(clock, backend, { probe: source }), fetch: fetchImpl }
  return { clock, deps, sent, log }
}

describe('steady load', () => {
  it('runs from before the baseline to cleanup, and the report counts what it sent', async () => {
    const s = setup((n) => (n % 10 === 0 ? 503 : 200))
    const exp = makeExperiment({ steadyState: { ...makeSpec(), load: LOAD } })
    const report = await runGate([exp], makeSettings(), s.deps)
    const e = report.experiments[0]
    if (!e) throw new Error('no experiment')
    expect(e.verdict).toBe('pass')
    // The load is on before the first baseline measurement, and still on at the last one: its
    // last request is at most one period (500 ms at 2/s) before it.
    expect(s.log[0]).toBe('request')
    expect(s.sent.at(-1)?.at).toBeGreaterThanOrEqual((e.measurements.at(-1)?.at ?? 0) - 500)
    expect(s.sent.every((r) => r.method === 'POST' && r.auth === 'Bearer s3cr3t')).toBe(true)
    // Two a second over the whole experiment, give or take the request in flight at each end.
    const seconds = (e.endedAt - e.startedAt) / 1000
    expect(s.sent.length).toBeGreaterThan(2 * seconds - 10)
    expect(e.load).toEqual({
      url: 'https://shop.staging.example/api/cart',
      method: 'POST',
      ratePerSecond: 2,
      requests: s.sent.length,
      ok: s.sent.length - Math.floor(s.sent.length / 10)
    })
    expect(JSON.stringify(report)).not.toContain('secret')
    expect(JSON.stringify(report)).not.toContain('s3cr3t')
    // Nothing is sent once the run is over.
    const after = s.sent.length
    await s.clock.sleep(10_000)
    expect(s.sent.length).toBe(after)
  })

  it('sends nothing when preflight stops the experiment', async () => {
    const s = setup()
    const exp = makeExperiment({
      steadyState: {
        ...makeSpec(),
        load: LOAD,
        checks: [
          ...makeSpec().checks,
          { ...makeSpec().checks[0]!, name: 'p', source: 'prometheus' }
        ]
      }
    })
    const report = await runGate([exp], makeSettings(), s.deps)
    expect(report.experiments[0]?.verdict).not.toBe('pass')
    expect(s.sent).toEqual([])
    expect(report.experiments[0]?.load).toBeUndefined()
  })
})

describe('publicUrl', () => {
  it('drops user info, query and fragment', () => {
    expect(publicUrl('http://a:b@h:8080/p/q?x=1#f')).toBe('http://h:8080/p/q')
    expect(publicUrl('not a url')).toBe('(invalid URL)')
  })
})
