import { readFileSync } from 'node:fs'
import path from 'node:path'

import { PrometheusError } from '../../src/steady-state/prometheus/prometheus-error'
import { makeClient, thrown } from './client-setup'
import { FakePrometheus, success, vector } from './fake-prometheus'
import { ForwardProxy } from './forward-proxy'

const signal = new AbortController().signal
const tls = path.join(__dirname, '../fixtures/tls')
const SECRET = 's3cr3t-t0ken-value'

async function failureOf(op: () => Promise<unknown>): Promise<PrometheusError> {
  const err = await thrown(op)
  if (!(err instanceof PrometheusError)) throw err
  return err
}

describe('credentials', () => {
  let prom: FakePrometheus
  beforeEach(async () => {
    prom = await FakePrometheus.start()
  })
  afterEach(async () => {
    await prom.close()
  })

  it('sends bearer and tenant headers, and masks them in errors and logs even when the server echoes them', async () => {
    // Some gateways echo the request headers in their error page.
    prom.otherwise((req) => ({
      status: 503,
      body: `upstream down; request had authorization=${String(req.headers.authorization)} tenant=${String(req.headers['x-scope-orgid'])}`
    }))
    const headers = { Authorization: `Bearer ${SECRET}`, 'X-Scope-OrgID': 'tenant-4711' }
    const { client, log } = makeClient(prom.url, { headers, retries: 1 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(prom.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`)
    expect(prom.requests[0]?.headers['x-scope-orgid']).toBe('tenant-4711')
    expect(err.message).toContain('authorization=*** tenant=***')
    const said = [err.message, ...log.lines].join('\n')
    expect(said).not.toContain(SECRET)
    expect(said).not.toContain('tenant-4711')
    expect(log.lines.some((l) => l.includes('retrying'))).toBe(true)
  })

  it('turns credentials in the URL into Basic auth, and never shows them', async () => {
    prom.otherwise((req) => ({
      status: 401,
      body: `bad credentials: ${String(req.headers.authorization)}`
    }))
    const url = prom.url.replace('http://', 'http://alice:pa%24%24word-123@')
    const { client } = makeClient(url)
    const err = await failureOf(() => client.query('up', { signal }))
    const expected = `Basic ${Buffer.from('alice:pa$$word-123').toString('base64')}`
    expect(prom.requests[0]?.headers.authorization).toBe(expected)
    expect(err.kind).toBe('auth')
    expect(err.message).not.toMatch(/pa\$\$word|pa%24%24word|YWxpY2U6/)
    expect(client.url).toBe(`${prom.url}/`)
  })
})

describe('TLS', () => {
  let prom: FakePrometheus
  beforeAll(async () => {
    prom = await FakePrometheus.start({
      key: readFileSync(path.join(tls, 'server.key')),
      cert: readFileSync(path.join(tls, 'server.crt'))
    })
    prom.otherwise(() => ({ body: success(vector([{}, '1'])) }))
  })
  afterAll(async () => {
    await prom.close()
  })

  it('refuses an unknown CA without retrying, and says how to fix it', async () => {
    const { client, clock } = makeClient(prom.url, { retries: 3 })
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe('transport')
    expect(err.transient).toBe(false)
    expect(err.message).toContain('set caFile to the CA that signed its certificate')
    expect(clock.sleeps).toEqual([])
  })

  it('trusts the CA in caFile', async () => {
    const { client } = makeClient(prom.url, { caFile: path.join(tls, 'ca.crt') })
    await expect(client.query('up', { signal })).resolves.toMatchObject({
      result: { resultType: 'vector' }
    })
  })

  it('skips verification when asked (test servers only)', async () => {
    const { client } = makeClient(prom.url, { insecureSkipVerify: true })
    await expect(client.query('up', { signal })).resolves.toMatchObject({
      result: { resultType: 'vector' }
    })
  })

  it('reports an unreadable caFile as a configuration error', () => {
    expect(() => makeClient(prom.url, { caFile: '/nonexistent/ca.crt' })).toThrow(
      "cannot read the Prometheus caFile '/nonexistent/ca.crt'"
    )
  })
})

describe('proxy environment variables', () => {
  let proxy: ForwardProxy
  let plain: FakePrometheus
  let secure: FakePrometheus
  beforeAll(async () => {
    proxy = await ForwardProxy.start()
    plain = await FakePrometheus.start()
    secure = await FakePrometheus.start({
      key: readFileSync(path.join(tls, 'server.key')),
      cert: readFileSync(path.join(tls, 'server.crt'))
    })
    for (const p of [plain, secure]) p.otherwise(() => ({ body: success(vector([{}, '1'])) }))
  })
  afterAll(async () => {
    await Promise.all([proxy.close(), plain.close(), secure.close()])
  })

  it('sends http requests through HTTP_PROXY', async () => {
    const proxyUrl = proxy.url.replace('http://', 'http://proxyuser:proxy-pass-1@')
    const { client } = makeClient(plain.url, {}, { HTTP_PROXY: proxyUrl })
    await client.query('up', { signal })
    expect(proxy.seen.at(-1)).toMatch(new RegExp(`^GET ${plain.url}/api/v1/query\\?query=up`))
    expect(proxy.credentials.at(-1)).toBe(
      `Basic ${Buffer.from('proxyuser:proxy-pass-1').toString('base64')}`
    )
  })

  it('tunnels https requests through HTTPS_PROXY with CONNECT, keeping TLS end to end', async () => {
    const { client } = makeClient(
      secure.url,
      { caFile: path.join(tls, 'ca.crt') },
      { HTTPS_PROXY: proxy.url }
    )
    await client.query('up', { signal })
    expect(proxy.seen.at(-1)).toBe(`CONNECT ${secure.url.replace('https://', '')}`)
    expect(secure.requests.at(-1)?.path).toBe('/api/v1/query')
  })

  it('connects directly to hosts in NO_PROXY', async () => {
    const before = proxy.seen.length
    const { client } = makeClient(
      plain.url,
      {},
      { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }
    )
    await client.query('up', { signal })
    expect(proxy.seen).toHaveLength(before)
  })

  it('masks the proxy password when the proxy cannot be reached', async () => {
    const { client } = makeClient(
      plain.url,
      { retries: 0 },
      { HTTP_PROXY: 'http://u:proxy-secret-9@127.0.0.1:1' }
    )
    const err = await failureOf(() => client.query('up', { signal }))
    expect(err.kind).toBe('transport')
    expect(err.message).not.toContain('proxy-secret-9')
  })
})
