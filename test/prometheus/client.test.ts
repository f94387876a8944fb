import { MAX_GET_URL_LENGTH } from '../../src/steady-state/prometheus/http-exchange'
import { PrometheusError } from '../../src/steady-state/prometheus/prometheus-error'
import { makeClient, thrown } from './client-setup'
import { failure, FakePrometheus, scalar, success, vector } from './fake-prometheus'

let prom: FakePrometheus
const signal = new AbortController().signal

beforeEach(async () => {
  prom = await FakePrometheus.start()
})
afterEach(async () => {
  await prom.close()
})

async function failureOf(op: () => Promise<unknown>): Promise<PrometheusError> {
  const err = await thrown(op)
  if (!(err instanceof PrometheusError)) throw err
  return err
}

describe('PrometheusClient: requests', () => {
  it('sends an instant query as GET with the evaluation time and a server-side timeout', async () => {
    prom.next({ body: success(vector([{ job: 'api' }, '0.5'])) })
    const { client } = makeClient(prom.url, { timeoutMs: 10_000 })
    const answer = await client.query('up', { time: Date.UTC(2026, 0, 1, 0, 0, 0, 250), signal })
    expect(answer.result).toEqual({
      resultType: 'vector',
      series: [{ labels: { job: 'api' }, value: 0.5, at: 1_700_000_000_500 }]
    })
    const req = prom.requests[0]
    expect(req?.method).toBe('GET')
    expect(req?.path).toBe('/api/v1/query')
    expect(req?.params.get('query')).toBe('up')
    expect(req?.params.get('time')).toBe('1767225600.250')
    expect(req?.params.get('timeout')).toBe('9')
  })

  it('keeps a path prefix in the URL', async () => {
    prom.otherwise(() => ({ body: success(scalar(1, '1')) }))
    const { client } = makeClient(`${prom.url}/prometheus`)
    await client.query('vector(1)', { signal })
    expect(prom.requests[0]?.path).toBe('/prometheus/api/v1/query')
  })

  it('switches to a POST form when the URL would be longer than the limit', async () => {
    prom.otherwise(() => ({ body: success(vector()) }))
    const { client } = makeClient(prom.url)
    const long = `sum(rate(http_requests_total{route=~"${'/a|'.repeat(MAX_GET_URL_LENGTH / 3)}"}[1m]))`
    await client.query(long, { signal })
    const req = prom.requests[0]
    expect(req?.method).toBe('POST')
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(req?.url).toBe('/api/v1/query')
    expect(req?.params.get('query')).toBe(long)
  })

  it('runs range queries with inclusive start and end and a step', async () => {
    prom.next({
      body: success({
        resultType: 'matrix',
        result: [
          {
            metric: { pod: 'a' },
            values: [
              [100, '1'],
              [115, 'NaN']
            ]
          }
        ]
      })
    })
    const { client } = makeClient(prom.url)
    const answer = await client.queryRange(
      'x',
      { start: 100_000, end: 115_000, stepMs: 15_000 },
      { signal }
    )
    expect(answer.result.series).toEqual([
      {
        labels: { pod: 'a' },
        points: [
          { at: 100_000, value: 1 },
          { at: 115_000, value: NaN }
        ]
      }
    ])
    expect(Object.fromEntries(prom.requests[0]?.params ?? [])).toMatchObject({
      start: '100.000',
      end: '115.000',
      step: '15'
    })
  })

  it('returns warnings and infos with the data', async () => {
    prom.next({
      body: success(vector(), {
        warnings: ['partial response'],
        infos: ['PromQL info: metric might not be a counter']
      })
    })
    const { client } = makeClient(prom.url)
    const answer = await client.query('x', { signal })
    expect(answer.warnings).toEqual(['partial response'])
    expect(answer.infos).toEqual(['PromQL info: metric might not be a counter'])
  })
})

describe('PrometheusClient: retries only what is transient', () => {
  it.each([
    [
      '502 with an HTML page from the ingress',
      'server',
      { status: 502, body: '<html><body>Bad Gateway</body></html>' }
    ],
    [
      '503 errorType timeout',
      'server',
      { status: 503, body: failure('timeout', 'query timed out in expression evaluation') }
    ],
    ['504 from a proxy', 'server', { status: 504, body: 'upstream timed out' }],
    ['429 without Retry-After', 'server', { status: 429, body: 'slow down' }]
  ])('%s: retried, then an error of kind %s', async (_name, kind, reply) => {
    prom.otherwise(() => reply)
    const { client, clock } = makeClient(prom.url, { retries: 2 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe(kind)
    expect(prom.requests).toHaveLength(3)
    expect(clock.sleeps).toHaveLength(2)
  })

  it('succeeds when a retry succeeds', async () => {
    prom.next(
      { status: 503, body: failure('unavailable', 'not ready') },
      { body: success(vector([{}, '1'])) }
    )
    const { client } = makeClient(prom.url)
    const answer = await client.query('up', { signal })
    expect(answer.result.resultType).toBe('vector')
    expect(prom.requests).toHaveLength(2)
  })

  it('waits as long as Retry-After asks', async () => {
    prom.next(
      { status: 429, headers: { 'retry-after': '2' }, body: 'busy' },
      { body: success(vector()) }
    )
    const { client, clock } = makeClient(prom.url)
    await client.query('up', { signal })
    expect(clock.sleeps).toEqual([2000])
  })

  it('leaves a Retry-After beyond the back-off cap to the next tick instead of blocking it', async () => {
    prom.otherwise(() => ({ status: 429, headers: { 'retry-after': '120' }, body: 'busy' }))
    const { client } = makeClient(prom.url)
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err).toMatchObject({ kind: 'server', status: 429, retryAfterMs: 120_000 })
    expect(prom.requests).toHaveLength(1)
  })

  it.each([
    [
      '400 bad_data',
      'query',
      400,
      failure('bad_data', 'invalid parameter "query": 1:5: parse error')
    ],
    [
      '422 execution (chaos-induced duplicate series)',
      'query',
      422,
      failure('execution', 'found duplicate series for the match group')
    ],
    ['401', 'auth', 401, 'Unauthorized'],
    ['403', 'auth', 403, failure('bad_data', 'forbidden')],
    ['404 (a wrong path prefix)', 'config', 404, '404 page not found'],
    ['500 internal', 'server', 500, failure('internal', 'panic')],
    ['status:error on HTTP 200 (some proxies)', 'query', 200, failure('execution', 'boom')],
    [
      'an HTML login page with 200 (an SSO redirect)',
      'server',
      200,
      '<!DOCTYPE html><html><title>Sign in</title></html>'
    ]
  ])('%s: no retry, kind %s', async (_name, kind, status, body) => {
    prom.otherwise(() => ({ status, body }))
    const { client } = makeClient(prom.url, { retries: 3 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe(kind)
    expect(err.transient).toBe(false)
    expect(prom.requests).toHaveLength(1)
  })

  it('says what came back instead of the API answer', async () => {
    prom.otherwise(() => ({
      status: 200,
      body: '<!DOCTYPE html><html><title>Sign in</title></html>'
    }))
    const { client } = makeClient(prom.url)
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.message).toBe(
      "expected the Prometheus API's JSON answer but got HTTP 200 (text/html, starting '<!DOCTYPE html><html><title>Sign in</title></html>'); is the URL the Prometheus server, or a login page or proxy?"
    )
  })

  it('does not follow a redirect to a login page, and names only its host', async () => {
    prom.otherwise(() => ({
      status: 302,
      headers: { location: 'https://sso.example/login?token=abc' },
      body: ''
    }))
    const { client } = makeClient(prom.url)
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe('auth')
    expect(err.message).toContain('redirected (HTTP 302 to sso.example)')
    expect(err.message).not.toContain('token=abc')
  })

  it('maps a refused connection to a transport error after the configured retries', async () => {
    const url = prom.url
    await prom.close()
    const { client, clock } = makeClient(url, { retries: 2 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe('transport')
    expect(err.message).toMatch(
      /^cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
    expect(clock.sleeps).toHaveLength(2)
    prom = await FakePrometheus.start()
  })

  it('maps a DNS failure to a transport error', async () => {
    const { client } = makeClient('http://prometheus.does-not-exist.invalid', { retries: 0 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe('transport')
    expect(err.message).toContain('ENOTFOUND')
  })
})

describe('PrometheusClient: deadlines', () => {
  it.each(['before-headers', 'mid-body'] as const)(
    'times out a server that stalls %s, and closes the connection',
    async (stall) => {
      prom.otherwise(() => ({ stall }))
      const { client } = makeClient(prom.url, { timeoutMs: 150, retries: 0 })
      const err = await failureOf(() => client.query('up', { signal }))
      expect(err.kind).toBe('timeout')
      expect(err.message).toMatch(
        /^no answer from Prometheus at http:\/\/127\.0\.0\.1:\d+ within 150ms$/
      )
      await waitFor(() => prom.openConnections === 0)
    }
  )

  it("rejects with the caller's reason when the caller cancels, without classifying it", async () => {
    prom.otherwise(() => ({ stall: 'before-headers' }))
    const { client } = makeClient(prom.url, { timeoutMs: 5000 })
    const cancel = new AbortController()
    const pending = client.query('up', { signal: cancel.signal })
    await waitFor(() => prom.requests.length === 1)
    cancel.abort(new Error('received SIGTERM'))
    await expect(pending).rejects.toThrow('received SIGTERM')
    await waitFor(() => prom.openConnections === 0)
  })
})

/** Polls a condition on real time: only for socket state, which has no event to await. */
async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((resolve) => setImmediate(resolve))
  }
}
