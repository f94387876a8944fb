/**
 * steady-state.md §14 server-side cases against a real Prometheus 2.x (the Debian package), with
 * real PromQL results: scraped every second from simulated services whose traffic the tests set.
 */
import type { CheckSpec } from '../../src/manifest/steady-state-model'
import { captureBaseline } from '../../src/steady-state/baseline'
import { concludeBudget } from '../../src/steady-state/budget-spend'
import { advance, applyNoData, concludePhase, START } from '../../src/steady-state/check-state'
import type { ErrorBudgetRule } from '../../src/steady-state/error-budget'
import type { Measurement } from '../../src/steady-state/model'
import { PrometheusClient } from '../../src/steady-state/prometheus/client'
import { checkErrorBudgets } from '../../src/steady-state/prometheus/error-budget-query'
import { systemClock } from '../../src/util/clock'
import { makeCheck } from '../fakes/check'
import { eventually, type RealPrometheus, startRealPrometheus } from './real-prometheus'
import { SimulatedService } from './simulated-service'

jest.setTimeout(60_000)

let shop: SimulatedService
let restarting: SimulatedService
let doomed: SimulatedService
let real: RealPrometheus

beforeAll(async () => {
  ;[shop, restarting, doomed] = await Promise.all([
    SimulatedService.start(),
    SimulatedService.start(),
    SimulatedService.start()
  ])
  shop.route('/pay', { rps: 50, errorRatio: 0.02, latencySeconds: 0.03 })
  shop.route('/legacy', { rps: 10, errorRatio: 0, latencySeconds: 0.01 })
  shop.route('/checkout', { rps: 50, errorRatio: 0, latencySeconds: 0.02 })
  shop.route('/idle', { rps: 0, errorRatio: 0, latencySeconds: 0 })
  restarting.route('/pay', { rps: 40, errorRatio: 0, latencySeconds: 0.01 })
  doomed.route('/pay', { rps: 10, errorRatio: 0, latencySeconds: 0.01 })
  real = await startRealPrometheus([
    { job: 'shop', targets: [shop.target] },
    { job: 'restarting', targets: [restarting.target] },
    { job: 'doomed', targets: [doomed.target] }
  ])
})

afterAll(async () => {
  await real?.dispose()
  await Promise.all([shop?.stop(), restarting?.stop(), doomed?.stop()])
})

const errorRatio = (selector: string, by = ''): string =>
  `sum${by}(rate(http_requests_total{${selector},code="500"}[{{window}}])) / sum${by}(rate(http_requests_total{${selector}}[{{window}}]))`

function check(overrides: Partial<CheckSpec>): CheckSpec {
  return makeCheck({ windowMs: 3000, ...overrides })
}

describe('real PromQL results', () => {
  it('judges an error ratio per label set at server time; a 0/0 series is dropped', async () => {
    const c = check({ query: errorRatio('job="shop"', ' by (route)'), threshold: { max: 0.05 } })
    const { raw, m } = await real.tick(c)
    if (raw.kind !== 'values') throw new Error(raw.message)
    const byRoute = new Map(raw.series.map((s) => [s.labels.route, s.value]))
    expect(byRoute.get('/pay')).toBeGreaterThan(0.005)
    expect(byRoute.get('/pay')).toBeLessThan(0.05)
    expect(byRoute.get('/legacy')).toBe(0)
    expect(byRoute.get('/idle')).toBeNaN()
    expect(m.level).toBe('ok')
    expect(m.series.map((s) => s.labels.route).sort()).toEqual(['/checkout', '/legacy', '/pay'])
    expect(Math.abs(m.at - Date.now())).toBeLessThan(5000)
  })

  it('an empty vector is nodata, and each noData policy maps it', async () => {
    const c = check({ query: 'sum(rate(no_such_metric_total[{{window}}]))', errorLimit: 1 })
    const { raw, m } = await real.tick(c)
    expect(raw).toMatchObject({ kind: 'values', series: [] })
    expect(m).toMatchObject({ level: 'nodata', message: 'no data: the query returned no series' })
    expect(applyNoData({ ...c, noData: 'pass' }, m.level)).toBe('ok')
    expect(applyNoData({ ...c, noData: 'warn' }, m.level)).toBe('warn')
    expect(applyNoData({ ...c, noData: 'fail' }, m.level)).toBe('breach')
    expect(advance({ ...c, noData: 'fail' }, START, m).outcome).toBe('fail')
    const twice = advance(c, advance(c, START, m), m)
    expect(twice.outcome).toBe('inconclusive')
  })

  it('an absent error series gives an empty vector, and `or vector(0)` makes it 0', async () => {
    const missing = 'sum(rate(http_requests_total{route="/legacy",code="503"}[{{window}}]))'
    const total = 'sum(rate(http_requests_total{route="/legacy"}[{{window}}]))'
    expect((await real.tick(check({ query: `${missing} / ${total}` }))).m.level).toBe('nodata')
    const { m } = await real.tick(
      check({ query: `(${missing} or vector(0)) / ${total}`, threshold: { max: 0 } })
    )
    expect(m).toMatchObject({ level: 'ok', series: [{ value: 0 }] })
  })

  it('0/0 with zero traffic is NaN, so nodata', async () => {
    const { raw, m } = await real.tick(check({ query: errorRatio('route="/idle"') }))
    expect(raw.kind === 'values' && raw.series[0]?.value).toBeNaN()
    expect(m).toMatchObject({ level: 'nodata', message: 'no data: every series is NaN' })
  })

  it('histogram_quantile with no observations is NaN, so nodata', async () => {
    const q =
      'histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket{route="/idle"}[{{window}}])))'
    const { raw, m } = await real.tick(check({ query: q, threshold: { max: 1 } }))
    expect(raw.kind === 'values' && raw.series[0]?.value).toBeNaN()
    expect(m.level).toBe('nodata')
    const busy = q.replace('/idle', '/pay')
    expect((await real.tick(check({ query: busy, threshold: { max: 1 } }))).m.level).toBe('ok')
  })

  it('a traffic guard turns a healthy-looking zero into nodata', async () => {
    const c = check({
      query: `(sum(rate(http_requests_total{route="/idle",code="500"}[{{window}}])) or vector(0))`,
      threshold: { max: 0.01 },
      guard: { query: 'sum(rate(http_requests_total{route="/idle"}[{{window}}]))', min: 1 }
    })
    const { m } = await real.tick(c)
    expect(m.level).toBe('nodata')
    expect(m.message).toMatch(
      /^no data: guard 'sum\(rate\(http_requests_total\{route="\/idle"\}\[\{\{window\}\}\]\)\)' = 0 is outside min 1/
    )
  })

  it('a breach shows up within a few scrapes of the error rate rising, and burns the SLO budget', async () => {
    const ratio = check({ query: errorRatio('route="/checkout"'), threshold: { max: 0.1 } })
    expect((await real.tick(ratio)).m.level).toBe('ok')
    const faultStartedAt = await real.source.now(new AbortController().signal)
    shop.route('/checkout', { rps: 50, errorRatio: 0.6, latencySeconds: 0.02 })
    const breach = await eventually(
      () => real.tick(ratio),
      (r) => r.m.level === 'breach'
    )
    expect(breach.m.message).toMatch(/^error-ratio = 0\.\d+ > threshold\.max 0\.1$/)

    const slo = check({
      name: 'checkout-burn',
      slo: {
        objective: 0.99,
        errorRatio: errorRatio('route="/checkout"'),
        periodMs: 30 * 86_400_000,
        burnRate: [{ shortMs: 2000, max: 14.4 }],
        maxBudgetSpend: 0.0001
      }
    })
    const burn = await eventually(
      () => real.tick(slo, { faultStartedAt }),
      (r) => r.m.level === 'breach'
    )
    expect(burn.m.message).toMatch(
      /^checkout-burn: burn rate \d+(\.\d+)?x since the fault started and \d+(\.\d+)?x over 2s > 14\.4$/
    )
    const spent = concludeBudget(slo, [burn.m], 60_000)
    expect(spent?.outcome).toBe('fail')
    shop.route('/checkout', { rps: 50, errorRatio: 0, latencySeconds: 0.02 })
  })
})

describe('error budget', () => {
  it('reads a real budget: /pay burns 2 % against a 99 % SLO, so the budget is overspent', async () => {
    const rule = (objective: number): ErrorBudgetRule => ({
      name: 'pay-availability',
      minRemaining: 0.25,
      source: { kind: 'slo', objective, errorRatio: errorRatio('route="/pay"'), periodMs: 60_000 }
    })
    const client = new PrometheusClient(real.prometheus.endpoint(), {
      clock: systemClock,
      log: real.log,
      env: {}
    })
    try {
      const signal = new AbortController().signal
      expect(await checkErrorBudgets([rule(0.99)], client, signal)).toMatchObject({
        decision: 'skip'
      })
      expect(await checkErrorBudgets([rule(0.5)], client, signal)).toMatchObject({
        decision: 'run'
      })
    } finally {
      client.close()
    }
  })
})

describe('change under the fault', () => {
  it('rate() across a counter reset (a restart) stays a rate, never negative', async () => {
    const c = check({
      query: 'sum(rate(http_requests_total{job="restarting"}[{{window}}]))',
      threshold: { min: 20, max: 60 }
    })
    expect((await real.tick(c)).m.level).toBe('ok')
    const total = check({ query: 'sum(http_requests_total{job="restarting"})' })
    const valueOf = async (): Promise<number> => (await real.tick(total)).m.series[0]?.value ?? NaN
    const beforeRestart = await valueOf()
    restarting.restart()
    // The raw counter really went back towards zero: this is a reset, not a pause.
    await eventually(valueOf, (v) => v < beforeRestart / 2)
    const seen: Measurement[] = []
    // Long enough for the reset to sit inside the 3 s window for several evaluations.
    for (let i = 0; i < 6; i++) {
      seen.push((await real.tick(c)).m)
      await new Promise((resolve) => setTimeout(resolve, 600))
    }
    expect(seen.map((m) => m.level)).toEqual(Array(6).fill('ok'))
    const increase = await real.tick(
      check({
        query: 'sum(increase(http_requests_total{job="restarting"}[{{window}}]))',
        threshold: { min: 0 }
      })
    )
    expect(increase.m.level).toBe('ok')
  })

  it('a series that disappears between baseline and now is nodata for that series', async () => {
    const c = check({
      query: 'sum by (route)(rate(http_requests_total{route=~"/pay|/legacy"}[{{window}}]))',
      relative: { maxDecrease: 0.5, slack: 1 }
    })
    const before = [
      (await real.tick(c, { phase: 'before' })).m,
      (await real.tick(c, { phase: 'before' })).m
    ]
    const baseline = captureBaseline(before)
    expect([...baseline.keys()].sort()).toEqual(['route="/legacy"', 'route="/pay"'])
    shop.dropRoute('/legacy')
    const { m } = await eventually(
      () => real.tick(c, { baseline }),
      (r) => r.m.series.length === 1
    )
    expect(m.level).toBe('nodata')
    expect(m.message).toBe(
      'no data: error-ratio has no value now for {route="/legacy"}, which the baseline has'
    )
  })

  it('a dead scrape target: the freshness guard makes its stale data nodata', async () => {
    const c = check({
      query: 'sum(rate(http_requests_total{job="doomed"}[1m])) or vector(0)',
      threshold: { max: 100 },
      guard: { query: 'up{job="doomed"}', min: 1 }
    })
    expect((await real.tick(c)).m.level).toBe('ok')
    await doomed.stop()
    const { m } = await eventually(
      () => real.tick(c),
      (r) => r.m.level !== 'ok'
    )
    expect(m.level).toBe('nodata')
    expect(m.message).toContain(`guard 'up{job="doomed"}' = 0 is outside min 1`)
  })

  it('Prometheus stopped mid-run is inconclusive, never a pass', async () => {
    const c = check({ query: errorRatio('route="/pay"'), threshold: { max: 0.05 }, errorLimit: 2 })
    let state = START
    for (let i = 0; i < 2; i++) state = advance(c, state, (await real.tick(c)).m)
    expect(state).toMatchObject({ outcome: 'pending', conclusive: 2 })
    await real.prometheus.stop()
    for (let i = 0; i < 3; i++) {
      const { m } = await real.tick(c)
      expect(m).toMatchObject({ level: 'error', errorKind: 'transport' })
      state = advance(c, state, m)
    }
    expect(concludePhase(c, state, 2)).toMatchObject({ outcome: 'inconclusive' })
    expect(state.reason).toMatch(
      /^3 consecutive measurements without a result \(errorLimit 2\); last: cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
  })
})
