import type { CheckSpec } from '../../src/manifest/steady-state-model'
import { captureBaseline } from '../../src/steady-state/baseline'
import { advance, concludePhase, START } from '../../src/steady-state/check-state'
import { judge } from '../../src/steady-state/evaluate'
import type { RawMeasurement } from '../../src/steady-state/model'
import { PrometheusClient } from '../../src/steady-state/prometheus/client'
import { PrometheusSource } from '../../src/steady-state/prometheus/prometheus-source'
import { makeCheck } from '../fakes/check'
import { FakeClock } from '../fakes/clock'
import { endpoint, RecordingLog } from './client-setup'
import { failure, FakePrometheus, scalar, success, vector, vectorAt } from './fake-prometheus'

const signal = new AbortController().signal
const FIVE_MINUTES = 300_000

let prom: FakePrometheus
beforeEach(async () => {
  prom = await FakePrometheus.start()
})
afterEach(async () => {
  await prom.close()
})

function makeSource(overrides: Parameters<typeof endpoint>[1] = {}) {
  const clock = new FakeClock()
  const log = new RecordingLog()
  const ep = endpoint(prom.url, { retries: 0, scrapeIntervalMs: 1000, ...overrides })
  const source = new PrometheusSource(new PrometheusClient(ep, { clock, log, env: {} }), ep, {
    clock,
    log
  })
  return { source, clock, log }
}

function values(m: RawMeasurement) {
  if (m.kind !== 'values') throw new Error(`expected values, got ${m.message}`)
  return m
}

describe('server time', () => {
  it('evaluates at Prometheus time when the runner clock is 5 minutes behind, and says so once', async () => {
    const { source, clock, log } = makeSource()
    const serverNow = clock.now() + FIVE_MINUTES
    prom.otherwise(() => ({ body: success(scalar(serverNow / 1000, String(serverNow / 1000))) }))
    expect(await source.now(signal)).toBe(serverNow)
    expect(await source.now(signal)).toBe(serverNow)
    expect(source.skewMs).toBe(FIVE_MINUTES)
    expect(prom.requests[0]?.params.get('query')).toBe('time()')
    expect(prom.requests[0]?.params.has('time')).toBe(false)
    expect(log.lines.filter((l) => l.startsWith('warn:'))).toEqual([
      "warn: the runner's clock is 5m00s behind Prometheus; every check is evaluated at Prometheus time"
    ])
  })

  it('falls back to the runner clock plus the last known skew when Prometheus cannot answer', async () => {
    const { source, clock } = makeSource()
    const ahead = clock.now() - FIVE_MINUTES
    prom.next({ body: success(scalar(ahead / 1000, String(ahead / 1000))) })
    prom.otherwise(() => ({ status: 503, body: 'down' }))
    await source.now(signal)
    clock.advance(10_000)
    expect(await source.now(signal)).toBe(clock.now() - FIVE_MINUTES)
  })
})

describe('measure', () => {
  const check = makeCheck({
    query: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))',
    guard: { query: 'sum(rate(requests[{{window}}]))', min: 1 },
    windowMs: 30_000
  })

  it('renders the query and its guard at the tick time and returns both', async () => {
    prom.otherwise((req) =>
      req.params.get('query')?.startsWith('sum(rate(requests')
        ? { body: success(vector([{}, '12.5'])) }
        : { body: success(vector([{ route: '/pay' }, '0.01'], [{ route: '/home' }, 'NaN'])) }
    )
    const { source } = makeSource()
    const m = values(await source.measure(check, 1_700_000_000_000, { phase: 'before' }, signal))
    expect(m.series).toEqual([
      { labels: { route: '/pay' }, value: 0.01 },
      { labels: { route: '/home' }, value: NaN }
    ])
    expect(m.guard).toEqual([{ labels: {}, value: 12.5 }])
    expect(prom.requests.map((r) => [r.params.get('query'), r.params.get('time')]).sort()).toEqual([
      ['sum(rate(errors[30s])) / sum(rate(requests[30s]))', '1700000000.000'],
      ['sum(rate(requests[30s]))', '1700000000.000']
    ])
  })

  it('returns a classified error instead of throwing', async () => {
    prom.otherwise(() => ({
      status: 422,
      body: failure('execution', 'found duplicate series for the match group')
    }))
    const { source } = makeSource()
    const m = await source.measure(check, 0, { phase: 'during', faultStartedAt: 0 }, signal)
    expect(m).toEqual({
      kind: 'error',
      at: 0,
      errorKind: 'query',
      message: 'Prometheus answered HTTP 422 execution: found duplicate series for the match group'
    })
  })

  it('makes a range-vector answer a configuration error', async () => {
    prom.otherwise(() => ({ body: success({ resultType: 'matrix', result: [] }) }))
    const { source } = makeSource()
    const m = await source.measure(makeCheck({ query: 'up[5m]' }), 0, { phase: 'before' }, signal)
    expect(m).toMatchObject({ kind: 'error', errorKind: 'config' })
  })

  it('makes an unknown placeholder a configuration error without querying', async () => {
    const { source } = makeSource()
    const m = await source.measure(
      makeCheck({ query: 'rate(x[{{windw}}])' }),
      0,
      { phase: 'before' },
      signal
    )
    expect(m).toMatchObject({ kind: 'error', errorKind: 'config' })
    expect(prom.requests).toHaveLength(0)
  })

  it('records warnings and logs each distinct one once; under strictWarnings they are a partial error', async () => {
    prom.otherwise(() => ({
      body: success(vector([{}, '0']), {
        warnings: ['partial response from store-1'],
        infos: ['possible non-counter']
      })
    }))
    const lax = makeSource()
    const plain = makeCheck()
    const first = values(await lax.source.measure(plain, 0, { phase: 'before' }, signal))
    await lax.source.measure(plain, 1000, { phase: 'before' }, signal)
    expect(first.warnings).toEqual(['partial response from store-1'])
    expect(lax.log.lines.filter((l) => !l.startsWith('debug'))).toEqual([
      `info: prometheus: possible non-counter (query ${plain.query})`,
      `warn: prometheus: partial response from store-1 (query ${plain.query})`
    ])
    const strict = makeSource({ strictWarnings: true })
    expect(await strict.source.measure(plain, 0, { phase: 'before' }, signal)).toMatchObject({
      kind: 'error',
      errorKind: 'partial'
    })
  })

  it('propagates cancellation instead of turning it into a measurement', async () => {
    prom.otherwise(() => ({ stall: 'before-headers' }))
    const { source } = makeSource({ timeoutMs: 5000 })
    const cancel = new AbortController()
    const pending = source.measure(makeCheck(), 0, { phase: 'during' }, cancel.signal)
    cancel.abort(new Error('gate deadline'))
    await expect(pending).rejects.toThrow('gate deadline')
  })
})

describe('stale answers', () => {
  it('counts samples stamped long before the evaluation time as no data, and says so once', async () => {
    prom.otherwise(() => ({ body: success(vector([{ route: '/pay' }, '0.01'])) }))
    const { source, log } = makeSource()
    const at = 1_700_000_000_000 + 5 * 60_000 // five minutes after the stamp
    for (let i = 0; i < 2; i++) {
      const m = values(await source.measure(makeCheck(), at, { phase: 'during' }, signal))
      expect(m.series).toEqual([])
    }
    expect(log.lines.filter((l) => l.includes('older than the evaluation time'))).toEqual([
      expect.stringMatching(/^warn: prometheus: 1 sample\(s\) of .* are 5m00s older/)
    ])
  })
})

describe('SLO checks', () => {
  const slo: CheckSpec['slo'] = {
    objective: 0.999,
    errorRatio: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))',
    periodMs: 30 * 86_400_000,
    burnRate: [{ shortMs: 120_000, max: 14.4 }]
  }

  it('queries the error ratio since the fault started and over each short window, labelled by window', async () => {
    prom.otherwise((req) => ({
      body: success(
        vectorAt(
          Number(req.params.get('time')),
          [{}, req.params.get('query')?.includes('[2m]') ? '0.03' : '0.02'] // 30x and 20x
        )
      )
    }))
    const { source } = makeSource()
    const check = makeCheck({ name: 'burn', slo })
    const faultStartedAt = 1_700_000_000_000
    const raw = await source.measure(
      check,
      faultStartedAt + 250_000,
      { phase: 'during', faultStartedAt },
      signal
    )
    expect(values(raw).series).toEqual([
      { labels: { slo_window: 'long' }, value: 0.02 },
      { labels: { slo_window: '2m' }, value: 0.03 }
    ])
    expect(prom.requests.map((r) => r.params.get('query')).sort()).toEqual([
      'sum(rate(errors[2m])) / sum(rate(requests[2m]))',
      'sum(rate(errors[4m10s])) / sum(rate(requests[4m10s]))'
    ])
    expect(judge(check, raw, { phase: 'during' }).level).toBe('breach')
  })
})

describe('clock skew', () => {
  it('measures the fault window on Prometheus time when the runner clock is 5 minutes behind', async () => {
    const { source, clock } = makeSource()
    const serverNow = clock.now() + FIVE_MINUTES
    prom.otherwise((req) =>
      req.params.get('query') === 'time()'
        ? { body: success(scalar(serverNow / 1000, String(serverNow / 1000))) }
        : { body: success(vector([{}, '0'])) }
    )
    // The engine records the fault start on the runner's clock, 90 s before this tick.
    const faultStartedAt = clock.now() - 90_000
    const at = await source.now(signal)
    const check = makeCheck({ query: 'increase(x[{{duration}}]) @ {{start}}' })
    await source.measure(check, at, { phase: 'during', faultStartedAt }, signal)
    const sent = prom.requests.at(-1)
    expect(sent?.params.get('query')).toBe(
      `increase(x[1m30s]) @ ${((serverNow - 90_000) / 1000).toFixed(3)}`
    )
    expect(sent?.params.get('time')).toBe((serverNow / 1000).toFixed(3))
  })
})

describe('missing data is never a pass', () => {
  it('Prometheus down for the whole window makes the check inconclusive after errorLimit', async () => {
    const url = prom.url
    await prom.close()
    const clock = new FakeClock()
    const log = new RecordingLog()
    const ep = endpoint(url, { retries: 1 })
    const source = new PrometheusSource(new PrometheusClient(ep, { clock, log, env: {} }), ep, {
      clock,
      log
    })
    const check = makeCheck({ errorLimit: 3 })
    let state = START
    for (let tick = 0; tick < 5; tick++) {
      const at = await source.now(signal)
      const m = judge(check, await source.measure(check, at, { phase: 'during' }, signal), {
        phase: 'during'
      })
      expect(m.level).toBe('error')
      state = advance(check, state, m)
    }
    expect(concludePhase(check, state, 2)).toMatchObject({ outcome: 'inconclusive' })
    expect(state.reason).toMatch(
      /^4 consecutive measurements without a result \(errorLimit 3\); last: cannot reach Prometheus/
    )
    prom = await FakePrometheus.start()
  })

  it('matches series by labels across ticks when Prometheus reorders them', async () => {
    const check = makeCheck({ relative: { maxIncrease: 0.5, slack: 0 } })
    prom.next(
      { body: success(vector([{ pod: 'a' }, '1'], [{ pod: 'b' }, '100'])) },
      { body: success(vector([{ pod: 'b' }, '100'], [{ pod: 'a' }, '1.2'])) }
    )
    const { source } = makeSource()
    const before = judge(check, await source.measure(check, 0, { phase: 'before' }, signal), {
      phase: 'before'
    })
    const baseline = captureBaseline([before])
    const during = judge(check, await source.measure(check, 1000, { phase: 'during' }, signal), {
      phase: 'during',
      baseline
    })
    expect(during.level).toBe('ok')
  })
})
