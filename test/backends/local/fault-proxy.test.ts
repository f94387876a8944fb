import { FaultProxy } from '../../../src/backends/local/fault-proxy'
import type { ProxyFaultSpec } from '../../../src/manifest/model'
import { request, settle, startUpstream, until } from './http-helpers'
import { ManualClock } from './manual-clock'

describe('FaultProxy (real sockets on loopback)', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>
  const proxies: FaultProxy[] = []

  beforeEach(async () => {
    upstream = await startUpstream()
  })
  afterEach(async () => {
    await Promise.all(proxies.splice(0).map((p) => p.close()))
    await upstream.close()
  })

  async function proxy(
    fault: Partial<ProxyFaultSpec>,
    clock = new ManualClock(),
    random = () => 0.5
  ) {
    const p = new FaultProxy(
      { upstream: upstream.url, listen: { host: '127.0.0.1', port: 0 }, paths: [], ...fault },
      { clock, random }
    )
    proxies.push(p)
    return { p, url: await p.start(), clock }
  }

  it('passes traffic through untouched while no fault is on', async () => {
    const { url } = await proxy({ error: { status: 500, percent: 100, body: 'boom' } })
    const answer = await request(`${url}/echo?x=1`, { method: 'POST', body: 'payload' })
    expect(answer).toMatchObject({ status: 201, body: 'payload', headers: { 'x-upstream': 'yes' } })
    expect(upstream.hits).toEqual(['POST /echo?x=1'])
  })

  it('answers with the error status while the fault is on, and the very next request after release is clean', async () => {
    const { p, url } = await proxy({ error: { status: 503, percent: 100, body: 'injected' } })
    p.inject()
    expect(await request(`${url}/hello`)).toMatchObject({
      status: 503,
      body: 'injected',
      headers: { 'x-chaos-gate-fault': 'error' }
    })
    expect(upstream.hits).toEqual([])
    p.release()
    expect(await request(`${url}/hello`)).toMatchObject({ status: 200, body: 'hello' })
    expect(p.counts).toMatchObject({ requests: 2, errors: 1 })
  })

  it('faults the configured share of requests', async () => {
    let i = 0
    const { p, url } = await proxy(
      { error: { status: 500, percent: 50, body: '' } },
      new ManualClock(),
      () => [0.2, 0.7][i++ % 2] as number
    )
    p.inject()
    const statuses = []
    for (let n = 0; n < 4; n++) statuses.push((await request(`${url}/hello`)).status)
    expect(statuses).toEqual([500, 200, 500, 200])
  })

  it('holds a request for the latency and releases it at once on abort', async () => {
    const { p, url, clock } = await proxy({
      latency: { fixedMs: 600_000, jitterMs: 0, percent: 100 }
    })
    p.inject()
    let answered = false
    const pending = request(`${url}/hello`).then((a) => ((answered = true), a))
    await until(() => clock.pending === 1)
    expect(answered).toBe(false)
    p.release()
    expect(await pending).toMatchObject({ status: 200, body: 'hello' })
  })

  it('forwards a delayed request once its delay has passed', async () => {
    const { p, url, clock } = await proxy({ latency: { fixedMs: 250, jitterMs: 0, percent: 100 } })
    p.inject()
    let answered = false
    const pending = request(`${url}/hello`).then(() => (answered = true))
    await until(() => clock.pending === 1)
    clock.advance(249)
    await settle()
    expect(answered).toBe(false)
    clock.advance(1)
    await pending
    expect(p.counts.delayed).toBe(1)
  })

  it('resets the connection', async () => {
    const { p, url } = await proxy({ reset: { percent: 100 } })
    p.inject()
    await expect(request(`${url}/hello`)).rejects.toMatchObject({ code: 'ECONNRESET' })
    expect(p.counts.resets).toBe(1)
  })

  it('throttles the body to the bandwidth limit and releases it on abort', async () => {
    // 1000 B/s in 50-byte slices: one slice per 50 ms of clock.
    const { p, url, clock } = await proxy({ bandwidth: { bytesPerSecond: 1000 } })
    p.inject()
    let body = ''
    const pending = request(`${url}/big`).then((a) => (body = a.body))
    await until(() => clock.pending > 0)
    clock.advance(100)
    await settle()
    expect(body).toBe('')
    p.release()
    await pending
    expect(body).toHaveLength(2000)
    expect(p.counts.throttled).toBe(1)
  })

  it('answers 502 when the upstream is down', async () => {
    const { url } = await proxy({})
    await upstream.close()
    const answer = await request(`${url}/hello`)
    expect(answer.status).toBe(502)
    expect(answer.body).toMatch(/^chaos-gate proxy: upstream http:\/\/127.0.0.1:\d+ failed: /)
  })

  it('only faults paths in scope', async () => {
    const { p, url } = await proxy({
      paths: ['/echo'],
      error: { status: 500, percent: 100, body: '' }
    })
    p.inject()
    expect((await request(`${url}/hello`)).status).toBe(200)
    expect((await request(`${url}/echo`, { method: 'POST', body: 'x' })).status).toBe(500)
  })

  it('stops listening on close', async () => {
    const { p, url } = await proxy({})
    await p.close()
    await expect(request(`${url}/hello`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
