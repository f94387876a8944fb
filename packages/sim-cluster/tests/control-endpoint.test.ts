/**
 * The control endpoint, driven over HTTP as an outside tool would: every fault it exposes shows
 * on the API server's front door, bad requests are refused with the field named, and the front
 * door goes down and comes back with every object kept.
 */
import { type ControlServer, startControlServer } from '../src/control/control-server'
import { arrayAt, isObject, type JsonObject } from '../src/core/json'
import { DEMO } from '../src/seed'
import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str, watch } from './harness'

let cluster: SimCluster
let control: ControlServer
beforeAll(async () => {
  cluster = await startFast({ seedDemo: true })
  control = await startControlServer(cluster)
})
afterAll(async () => {
  await control.close()
  await cluster.close()
})
afterEach(() => post('/faults/clear'))

async function post(path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${control.url}${path}`, {
    method: 'POST',
    ...(body !== undefined && { body: JSON.stringify(body) })
  })
  return { status: res.status, body: await res.json() }
}

const PODS = `/api/v1/namespaces/${DEMO.namespace}/pods`

function names(list: JsonObject): string[] {
  return arrayAt(list, 'items')
    .filter(isObject)
    .map((pod) => str(at(pod, 'metadata', 'name')))
    .sort()
}

describe('the control endpoint', () => {
  it('lists its routes and the state', async () => {
    const routes = (await (await fetch(`${control.url}/`)).json()) as { routes: object }
    expect(Object.keys(routes.routes)).toContain('POST /front-door/down')
    const state = await (await fetch(`${control.url}/state`)).json()
    expect(state).toMatchObject({ frontDoor: 'up', url: cluster.url })
  })

  it('fail-next: 503 and 429 with Retry-After, then served again', async () => {
    expect(await post('/faults/fail-next', { count: 1, status: 503 })).toEqual({
      status: 200,
      body: { ok: true }
    })
    const unavailable = await call(cluster, 'GET', PODS)
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers['retry-after']).toBe('1')
    await post('/faults/fail-next', { count: 1, status: 429, match: { method: 'get' } })
    const throttled = await call(cluster, 'GET', PODS)
    expect(throttled.status).toBe(429)
    expect(throttled.headers['retry-after']).toBe('1')
    expect(throttled.body).toMatchObject({ kind: 'Status', reason: 'TooManyRequests' })
    expect((await call(cluster, 'GET', PODS)).status).toBe(200)
  })

  it('fail-matching answers 500 for the matching paths only, until cleared', async () => {
    await post('/faults/fail-matching', { status: 500, match: { pathPattern: '/pods$' } })
    expect((await call(cluster, 'GET', PODS)).status).toBe(500)
    expect((await call(cluster, 'GET', PODS)).status).toBe(500)
    expect((await call(cluster, 'GET', `/api/v1/namespaces/${DEMO.namespace}`)).status).toBe(200)
    await post('/faults/clear')
    expect((await call(cluster, 'GET', PODS)).status).toBe(200)
  })

  it('latency applies to the matching requests only', async () => {
    await post('/faults/latency', { ms: 300, match: { path: PODS } })
    expect(cluster.faults.decide('GET', PODS, false).latencyMs).toBe(300)
    expect(cluster.faults.decide('GET', '/api/v1/nodes', false).latencyMs).toBe(0)
  })

  it('reset-next destroys the connection', async () => {
    await post('/faults/reset-next', { count: 1 })
    await expect(call(cluster, 'GET', PODS)).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect((await call(cluster, 'GET', PODS)).status).toBe(200)
  })

  it('drop-watches ends open watches; a 410 fault refuses the next watch', async () => {
    const stream = await watch(cluster, `${PODS}?watch=1`)
    expect(await post('/faults/drop-watches', {})).toMatchObject({ body: { dropped: 1 } })
    await stream.ended
    await post('/faults/fail-next', { count: 1, status: 410, match: { watch: true } })
    expect((await call(cluster, 'GET', `${PODS}?watch=1&resourceVersion=1`)).status).toBe(410)
  })

  it('compact makes every older resourceVersion 410 Gone', async () => {
    const { body } = await post('/compact')
    expect(body).toEqual({ ok: true, resourceVersion: cluster.resourceVersion() })
    const stream = await watch(cluster, `${PODS}?watch=1&resourceVersion=1`)
    expect(await stream.next()).toMatchObject({ type: 'ERROR', object: { code: 410 } })
  })

  it('takes the front door down (connections refused) and up again with every object kept', async () => {
    const before = await call(cluster, 'GET', PODS)
    expect(await post('/front-door/down')).toMatchObject({ body: { frontDoor: 'down' } })
    // A pooled keep-alive socket may fail first with a hang-up; a new connection is refused.
    await expect(call(cluster, 'GET', PODS)).rejects.toThrow()
    await expect(call(cluster, 'GET', PODS)).rejects.toThrow(/ECONNREFUSED/)
    expect(await post('/front-door/up')).toMatchObject({ body: { frontDoor: 'up' } })
    const after = await call(cluster, 'GET', PODS)
    expect(after.status).toBe(200)
    expect(names(after.body)).toEqual(names(before.body))
  })

  it('refuses bad requests with the field, what was expected and what came', async () => {
    expect(await post('/faults/fail-next', { count: 1, status: 418 })).toEqual({
      status: 400,
      body: { error: 'status: expected one of 410, 429, 500, 503, 504, got 418' }
    })
    expect(await post('/faults/reset-next', { count: 'two' })).toEqual({
      status: 400,
      body: { error: 'count: expected an integer of at least 1, got "two"' }
    })
    expect((await post('/faults/latency', { ms: 5, match: { verb: 'get' } })).body).toEqual({
      error: 'match.verb: unknown field; expected method, path, pathPattern or watch'
    })
    expect((await post('/faults/nothing')).status).toBe(404)
    expect((await fetch(`${control.url}/faults/clear`)).status).toBe(405)
  })
})
