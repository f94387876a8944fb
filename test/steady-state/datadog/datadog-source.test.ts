/**
 * The datadog source against a local server that follows the documented v1 query API: values,
 * partial data (null points), rate limits, refused keys, rejected queries and answers that are
 * not the API's, each a value or a classified error, never a silent pass. Then whole gate runs:
 * a check that passes, one that fails, one that is inconclusive.
 */
import { runGate } from '../../../src/gate/run-gate'
import { datadogSourceFactory } from '../../../src/steady-state/datadog/datadog-factory'
import { DatadogSource } from '../../../src/steady-state/datadog/datadog-source'
import { systemClock } from '../../../src/util/clock'
import { makeCheck } from '../../fakes/check'
import { FakeBackend } from '../../gate/fakes/fake-backend'
import { makeDeps, makeExperiment, makeSettings, makeSpec } from '../../gate/fakes/gate-fixtures'
import { type DatadogAnswer, LocalDatadog } from './local-datadog'

let dd: LocalDatadog
beforeAll(async () => {
  dd = await LocalDatadog.start()
})
afterAll(() => dd.close())

const endpoint = () => ({
  site: 'datadoghq.eu',
  url: dd.url,
  apiKey: 'dd-api',
  appKey: 'dd-app',
  timeoutMs: 2_000,
  api: 'v1' as const
})
const QUERY = 'avg:trace.http.request.errors{service:checkout}.as_rate()'
const signal = new AbortController().signal

function measure(query = QUERY, apiKey = 'dd-api') {
  const source = new DatadogSource({ ...endpoint(), apiKey }, { clock: systemClock, fetch })
  const check = makeCheck({ source: 'datadog', query, windowMs: 60_000 })
  return source.measure(check, 1_800_000_000_000, { phase: 'before' }, signal)
}

describe('the datadog source', () => {
  it('asks for the check window with both keys, and takes the last non-null point of each series', async () => {
    dd.answer = () => ({
      kind: 'series',
      series: [
        { scope: 'service:checkout,env:staging', points: [0.1, 0.2, null] },
        { scope: 'service:checkout,env:qa', points: [null, null] }
      ]
    })
    const m = await measure()
    expect(dd.requests.at(-1)).toEqual({
      api: 'v1',
      query: QUERY,
      from: 1_799_999_940,
      to: 1_800_000_000,
      apiKey: 'dd-api',
      appKey: 'dd-app'
    })
    expect(m).toMatchObject({
      kind: 'values',
      series: [
        { labels: { scope: 'service:checkout,env:staging' }, value: 0.2 },
        { labels: { scope: 'service:checkout,env:qa' }, value: Number.NaN }
      ]
    })
  })

  it.each([
    [
      'a rate limit',
      {
        kind: 'status',
        status: 429,
        body: { errors: ['Rate limit exceeded'] },
        headers: { 'X-RateLimit-Reset': '7' }
      },
      'server',
      'Datadog rate limit reached (429); it resets in 7s: Rate limit exceeded'
    ],
    [
      'a rejected query',
      {
        kind: 'status',
        status: 400,
        body: { errors: ['Error parsing query: unable to parse avg:'] }
      },
      'query',
      'Datadog rejected the query (400): Error parsing query: unable to parse avg:'
    ],
    ['a server error', { kind: 'status', status: 502, body: {} }, 'server', 'Datadog answered 502'],
    [
      'an error in a 200 answer',
      { kind: 'status', status: 200, body: { status: 'error', error: 'bad metric' } },
      'query',
      'Datadog rejected the query: bad metric'
    ],
    ['a login page', { kind: 'html' }, 'server', 'Datadog answered something other than JSON'],
    [
      'an answer without series',
      { kind: 'status', status: 200, body: { status: 'ok' } },
      'server',
      'Datadog answered without a series list'
    ]
  ] as const)('%s is an error measurement', async (_name, answer, errorKind, message) => {
    dd.answer = () => answer
    expect(await measure()).toMatchObject({ kind: 'error', errorKind, message })
  })

  it('a refused key is an auth error that never shows the key', async () => {
    const m = await measure(QUERY, 'wrong-key')
    expect(m).toMatchObject({ kind: 'error', errorKind: 'auth' })
    expect(JSON.stringify(m)).not.toContain('wrong-key')
  })

  it('an unreachable API is a transport error', async () => {
    const source = new DatadogSource(
      { ...endpoint(), url: 'http://127.0.0.1:9' },
      { clock: systemClock, fetch }
    )
    const m = await source.measure(
      makeCheck({ source: 'datadog', query: QUERY }),
      Date.now(),
      { phase: 'before' },
      signal
    )
    expect(m).toMatchObject({ kind: 'error', errorKind: 'transport' })
  })
})

describe('the datadog source on the v2 timeseries API', () => {
  const FORMULA = {
    queries: {
      errors: 'sum:trace.http.request.errors{service:checkout}.as_count()',
      hits: 'sum:trace.http.request.hits{service:checkout}.as_count()'
    },
    formula: 'errors / hits'
  }
  function measureV2(check: Parameters<typeof makeCheck>[0], api: 'v1' | 'v2' = 'v1') {
    const source = new DatadogSource({ ...endpoint(), api }, { clock: systemClock, fetch })
    return source.measure(
      makeCheck({ source: 'datadog', windowMs: 60_000, ...check }),
      1_800_000_000_000,
      { phase: 'before' },
      signal
    )
  }

  it('posts the queries and the formula for the check window, and takes the last non-null point of each series', async () => {
    dd.answer = () => ({
      kind: 'series',
      series: [
        { scope: 'env:staging', points: [0.01, 0.03, null] },
        { scope: 'env:qa', points: [null] }
      ]
    })
    const m = await measureV2({ query: FORMULA.formula, datadog: FORMULA })
    expect(dd.requests.at(-1)).toEqual({
      api: 'v2',
      query: 'errors / hits',
      from: 1_799_999_940_000,
      to: 1_800_000_000_000,
      queries: [
        { data_source: 'metrics', name: 'errors', query: FORMULA.queries.errors },
        { data_source: 'metrics', name: 'hits', query: FORMULA.queries.hits }
      ],
      contentType: 'application/json',
      apiKey: 'dd-api',
      appKey: 'dd-app'
    })
    expect(m).toMatchObject({
      kind: 'values',
      series: [
        { labels: { scope: 'env:staging' }, value: 0.03 },
        { labels: { scope: 'env:qa' }, value: Number.NaN }
      ]
    })
  })

  it('sends a plain query as query a and formula a when the endpoint says v2', async () => {
    dd.answer = () => ({ kind: 'series', series: [{ scope: '*', points: [4] }] })
    const m = await measureV2({ query: QUERY }, 'v2')
    expect(dd.requests.at(-1)).toMatchObject({
      api: 'v2',
      query: 'a',
      queries: [{ name: 'a', query: QUERY, data_source: 'metrics' }]
    })
    expect(m).toMatchObject({ kind: 'values', series: [{ labels: { scope: '*' }, value: 4 }] })
  })

  it.each([
    [
      'partial data (errors beside the series)',
      {
        kind: 'series',
        series: [{ scope: '*', points: [0.01] }],
        errors: 'Query timed out for part of the range'
      },
      'partial',
      'Datadog answered part of the query: Query timed out for part of the range'
    ],
    [
      'a rate limit',
      {
        kind: 'status',
        status: 429,
        body: { errors: ['Too many requests'] },
        headers: { 'X-RateLimit-Reset': '12' }
      },
      'server',
      'Datadog rate limit reached (429); it resets in 12s: Too many requests'
    ],
    [
      'a rejected formula',
      { kind: 'status', status: 400, body: { errors: ['Invalid formula: errors /'] } },
      'query',
      'Datadog rejected the query (400): Invalid formula: errors /'
    ],
    [
      'an answer without timeseries data',
      { kind: 'status', status: 200, body: { data: {} } },
      'server',
      'Datadog answered without timeseries data'
    ]
  ] as const)('%s is an error measurement', async (_name, answer, errorKind, message) => {
    dd.answer = () => answer
    expect(await measureV2({ query: FORMULA.formula, datadog: FORMULA })).toMatchObject({
      kind: 'error',
      errorKind,
      message
    })
  })
})

describe('a gate run judged by a datadog check', () => {
  let backend: FakeBackend
  async function gate(value: () => number | null, answer?: () => DatadogAnswer): Promise<string> {
    dd.answer =
      answer ??
      (() => ({
        kind: 'series',
        series: [{ scope: 'service:checkout', points: [value()] }]
      }))
    backend = new FakeBackend(systemClock)
    const steadyState = {
      ...makeSpec(
        {
          intervalMs: 50,
          minSamples: 1,
          before: { samples: 2, spacingMs: 20 },
          after: { settleMs: 0, timeoutMs: 500 }
        },
        [makeCheck({ name: 'errors', source: 'datadog', query: QUERY, threshold: { max: 0.05 } })]
      ),
      datadog: endpoint()
    }
    const exp = makeExperiment({ durationMs: 200, steadyState })
    const deps = makeDeps(systemClock, backend, {})
    const report = await runGate([exp], makeSettings({ timeoutMs: 30_000 }), {
      ...deps,
      sources: { datadog: datadogSourceFactory({ fetch }) }
    })
    return report.experiments[0]?.verdict ?? 'none'
  }

  it('passes while the error rate holds', async () => {
    expect(await gate(() => 0.01)).toBe('pass')
  })

  it('fails when the error rate breaches with the fault and never recovers', async () => {
    let n = 0
    expect(await gate(() => (++n > 2 ? 0.5 : 0.01))).toBe('fail')
  })

  it('is inconclusive when Datadog has no data', async () => {
    expect(await gate(() => null)).toBe('inconclusive')
  })

  it('never injects when Datadog rejects the query at preflight', async () => {
    const verdict = await gate(
      () => 0,
      () => ({ kind: 'status', status: 400, body: { errors: ['Error parsing query'] } })
    )
    expect(verdict).toBe('error')
    expect(backend.calls.filter((c) => c.startsWith('submit'))).toEqual([])
  })
})
