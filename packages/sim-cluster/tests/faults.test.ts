import type { SimCluster } from '../src/sim-cluster'
import { call, startFast, watch } from './harness'

const CM = '/api/v1/namespaces/default/configmaps'

describe('simulated cluster: fault hooks and the request log', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast()
  })
  afterAll(() => cluster.close())
  afterEach(() => cluster.faults.clear())

  it('adds latency to matching requests', async () => {
    cluster.faults.addLatency(150, { path: CM })
    const started = Date.now()
    await call(cluster, 'GET', CM)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('answers the next N matching requests with 500, then recovers', async () => {
    cluster.faults.failNext(2, 500, { method: 'GET' })
    const first = await call(cluster, 'GET', CM)
    expect(first.status).toBe(500)
    expect(first.body).toMatchObject({
      reason: 'InternalError',
      message: 'Internal error occurred: simulated fault',
      code: 500
    })
    expect((await call(cluster, 'GET', CM)).status).toBe(500)
    expect((await call(cluster, 'GET', CM)).status).toBe(200)
  })

  it('503 with Retry-After and 429 TooManyRequests for every matching path until cleared', async () => {
    cluster.faults.failMatching({ path: /configmaps/ }, 503)
    const unavailable = await call(cluster, 'GET', CM)
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers['retry-after']).toBe('1')
    expect((await call(cluster, 'GET', '/api/v1/namespaces/default/pods')).status).toBe(200)
    cluster.faults.clear()
    cluster.faults.failNext(1, 429)
    const throttled = await call(cluster, 'GET', CM)
    expect(throttled.status).toBe(429)
    expect(throttled.body['reason']).toBe('TooManyRequests')
  })

  it('resets connections', async () => {
    cluster.faults.resetNext(1, { path: CM })
    await expect(call(cluster, 'GET', CM)).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect((await call(cluster, 'GET', CM)).status).toBe(200)
  })

  it('drops open watch streams, now or after a lifetime', async () => {
    const stream = await watch(
      cluster,
      `${CM}?watch=1&resourceVersion=${cluster.resourceVersion()}`
    )
    expect(cluster.faults.dropWatches({ path: CM })).toBe(1)
    await stream.ended
    cluster.faults.closeWatchesAfter(30)
    const short = await watch(cluster, `${CM}?watch=1&resourceVersion=${cluster.resourceVersion()}`)
    await short.ended
  })

  it('records every request with method, path, query, status, timing and user agent', async () => {
    cluster.requests.clear()
    const since = Date.now()
    await call(cluster, 'GET', `${CM}?limit=1`)
    const stream = await watch(
      cluster,
      `${CM}?watch=1&resourceVersion=${cluster.resourceVersion()}`
    )
    stream.close()
    await stream.ended
    const log = cluster.requests.filter({ since })
    expect(log[0]).toMatchObject({
      method: 'GET',
      path: CM,
      query: 'limit=1',
      status: 200,
      watch: false
    })
    expect(log[0]?.finishedAt).toBeGreaterThanOrEqual(log[0]?.startedAt ?? 0)
    expect(cluster.requests.count({ watch: true })).toBe(1)
  })
})
