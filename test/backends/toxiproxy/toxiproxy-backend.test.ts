/**
 * The toxiproxy backend against a real toxiproxy-server on loopback, with a real HTTP service
 * behind the proxy. Time is a ManualClock: the duration ends when the test says so.
 */
import type { Backend, Handle, Observation, RunContext } from '../../../src/backends/backend'
import { toxiproxyBackend } from '../../../src/backends/toxiproxy/toxiproxy-backend'
import type { Experiment, ToxiproxySpec } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { freePort, toxicsOn, useToxiproxy } from '../../toxiproxy/toxiproxy-server'
import { request, startUpstream } from '../local/http-helpers'
import { ManualClock } from '../local/manual-clock'

const server = useToxiproxy()
const source = { file: 'experiments/toxic.yaml', line: 1, col: 1 }
const RESET = { name: 'reset', type: 'reset_peer', stream: 'downstream', toxicity: 1 } as const

function experiment(name: string, spec: Partial<ToxiproxySpec>): Experiment {
  return {
    name,
    source,
    locate: (path) => ({ ...source, line: path.length }),
    backend: 'toxiproxy',
    kind: 'toxiproxy',
    fault: {
      kind: 'toxiproxy',
      spec: { server: server().url, toxics: [{ ...RESET, attributes: { timeout: 0 } }], ...spec }
    },
    durationMs: 30_000,
    expect: 'pass'
  }
}

async function collect(stream: AsyncIterable<Observation>): Promise<Observation[]> {
  const seen: Observation[] = []
  for await (const o of stream) seen.push(o)
  return seen
}

describe('the toxiproxy backend against a real toxiproxy-server', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>
  let clock: ManualClock
  let backend: Backend
  let ctx: RunContext
  let runId = 0

  beforeEach(async () => {
    upstream = await startUpstream()
    clock = new ManualClock()
    backend = toxiproxyBackend({
      clock,
      log: silentLog,
      random: () => 0.5,
      pid: 1,
      isProcessAlive: () => false
    })
    runId++
    ctx = {
      runId: `t${runId}`,
      clock,
      log: silentLog,
      signal: new AbortController().signal,
      labels: {},
      deadline: Infinity
    }
  })
  afterEach(async () => {
    await backend.cleanup({ runId: ctx.runId, namespaces: [server().url], handles: [] }, ctx)
    await upstream.close()
  })

  const created = (): Partial<ToxiproxySpec> => ({
    create: { listen: '127.0.0.1:0', upstream: upstream.url.replace('http://', '') }
  })

  it('preflight creates the run proxy as a pass-through and points probes at it', async () => {
    const report = await backend.preflight(experiment('pass', created()), ctx)
    expect(report.issues).toEqual([])
    expect(report.probeBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await request(`${report.probeBaseUrl ?? ''}/hello`)).body).toBe('hello')
    expect(await toxicsOn(server().url)).toMatchObject({ [`gate-${ctx.runId}-pass`]: [] })
  })

  it('preflight names the missing proxy and the ones the server has', async () => {
    await backend.preflight(experiment('other', created()), ctx)
    const report = await backend.preflight(experiment('missing', { proxy: 'nope' }), ctx)
    expect(report.issues[0]?.message).toBe(
      `the Toxiproxy server ${server().url} has no proxy 'nope' (it has gate-${ctx.runId}-other)`
    )
    expect(report.issues[0]?.line).toBe(3)
  })

  it('preflight fails when the server does not answer or the upstream is down', async () => {
    const port = await freePort()
    const down = experiment('down', { server: `http://127.0.0.1:${port}` })
    expect((await backend.preflight(down, ctx)).issues[0]?.message).toMatch(
      /^the Toxiproxy server http:\/\/127\.0\.0\.1:\d+ does not answer: .*no answer/
    )
    const dead = experiment('dead', {
      create: { listen: '127.0.0.1:0', upstream: `127.0.0.1:${port}` }
    })
    expect((await backend.preflight(dead, ctx)).issues[0]?.message).toMatch(
      /^the upstream 127\.0\.0\.1:\d+ of proxy gate-t\d+-dead is not reachable: .*ECONNREFUSED/
    )
  })

  it('submit adds toxics named with the run id; traffic through the proxy breaks; abort removes them, twice', async () => {
    const exp = experiment('reset', created())
    const probe = (await backend.preflight(exp, ctx)).probeBaseUrl ?? ''
    const handle = await backend.submit(exp, ctx)
    expect(await backend.submit(exp, ctx)).toEqual(handle)
    expect((await toxicsOn(server().url))[handle.name]).toEqual([`gate-${ctx.runId}-reset-reset`])
    await expect(request(`${probe}/hello`)).rejects.toThrow(/ECONNRESET|socket hang up/)
    await backend.abort(handle, ctx)
    await backend.abort(handle, ctx)
    expect((await toxicsOn(server().url))[handle.name]).toEqual([])
    expect((await request(`${probe}/hello`)).body).toBe('hello')
    const seen = await collect(backend.observe(handle, ctx))
    expect(seen.map((o) => o.phase)).toEqual(['injected', 'stopped'])
  })

  it('removes the toxics when the duration ends and finishes', async () => {
    const exp = experiment('ends', created())
    await backend.preflight(exp, ctx)
    const handle = await backend.submit(exp, ctx)
    const seen = collect(backend.observe(handle, ctx))
    clock.advance(30_000)
    expect((await seen).map((o) => [o.phase, o.message])).toEqual([
      ['injected', expect.stringContaining('reset_peer (downstream, toxicity 1) on proxy')],
      ['finished', 'the duration ended; the toxics are removed']
    ])
    expect((await toxicsOn(server().url))[handle.name]).toEqual([])
  })

  it('a toxic removed outside the gate fails the experiment: the fault did not last', async () => {
    const exp = experiment('lost', created())
    await backend.preflight(exp, ctx)
    const handle = await backend.submit(exp, ctx)
    const toxic = handle.data?.toxics ?? ''
    await fetch(`${server().url}/proxies/${handle.name}/toxics/${toxic}`, { method: 'DELETE' })
    const seen = collect(backend.observe(handle, ctx))
    clock.advance(30_000)
    const last = (await seen).at(-1)
    expect(last?.phase).toBe('failed')
    expect(last?.message).toContain(`${toxic} were gone before the end`)
  })

  it('toxics on an existing proxy are added and removed; the proxy itself stays', async () => {
    await fetch(`${server().url}/proxies`, {
      method: 'POST',
      body: JSON.stringify({
        name: 'shared',
        listen: '127.0.0.1:0',
        upstream: upstream.url.slice(7)
      })
    })
    const exp = experiment('shared', {
      proxy: 'shared',
      toxics: [
        {
          name: 'slow',
          type: 'latency',
          stream: 'downstream',
          toxicity: 0.5,
          attributes: { latency: 100, jitter: 0 }
        },
        {
          name: 'cap',
          type: 'bandwidth',
          stream: 'upstream',
          toxicity: 1,
          attributes: { rate: 100 }
        }
      ]
    })
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    const handle = await backend.submit(exp, ctx)
    expect((await toxicsOn(server().url)).shared?.sort()).toEqual([
      `gate-${ctx.runId}-shared-cap`,
      `gate-${ctx.runId}-shared-slow`
    ])
    await backend.cleanup(
      { runId: ctx.runId, experiment: 'shared', namespaces: [], handles: [handle] },
      ctx
    )
    expect((await toxicsOn(server().url)).shared).toEqual([])
    await fetch(`${server().url}/proxies/shared`, { method: 'DELETE' })
  })

  it("cleanup after a crash finds the run's toxics and proxies by name, and leaves other runs' alone", async () => {
    const exp = experiment('crash', created())
    await backend.preflight(exp, ctx)
    await backend.submit(exp, ctx)
    const other: RunContext = { ...ctx, runId: `${ctx.runId}x` }
    await backend.preflight(experiment('crash', created()), other)
    const other2 = await backend.submit(experiment('crash', created()), other)
    // A new process: no handles and nothing in memory, only the server URL the run state recorded.
    const fresh = toxiproxyBackend({
      clock,
      log: silentLog,
      random: () => 0,
      pid: 2,
      isProcessAlive: () => false
    })
    const report = await fresh.cleanup(
      { runId: ctx.runId, namespaces: [server().url], handles: [] },
      ctx
    )
    expect(report).toEqual({
      deleted: [
        `toxic gate-${ctx.runId}-crash-reset on proxy gate-${ctx.runId}-crash (${server().url})`,
        `proxy gate-${ctx.runId}-crash (${server().url})`
      ],
      errors: [],
      stuck: []
    })
    const left = await toxicsOn(server().url)
    expect(left[`gate-${ctx.runId}-crash`]).toBeUndefined()
    expect(left[other2.name]).toEqual([`${other2.name}-reset`])
    await fresh.cleanup({ runId: other.runId, namespaces: [server().url], handles: [] }, other)
  })

  it('abort from another process removes the toxics through the handle alone', async () => {
    const exp = experiment('post', created())
    await backend.preflight(exp, ctx)
    const handle: Handle = JSON.parse(JSON.stringify(await backend.submit(exp, ctx))) as Handle
    const fresh = toxiproxyBackend({
      clock,
      log: silentLog,
      random: () => 0,
      pid: 2,
      isProcessAlive: () => false
    })
    await fresh.abort(handle, ctx)
    expect((await toxicsOn(server().url))[handle.name]).toEqual([])
  })

  it('an unreachable server during cleanup is reported as stuck, with how to look', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    const report = await backend.cleanup({ runId: ctx.runId, namespaces: [url], handles: [] }, ctx)
    expect(report.stuck).toEqual([
      expect.objectContaining({ ref: `toxiproxy ${url}`, inspect: `curl -s ${url}/proxies` })
    ])
  })
})
