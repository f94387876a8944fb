import type { Backend, Observation, RunContext } from '../../../src/backends/backend'
import { createLocalBackend } from '../../../src/backends/local/local-backend'
import type { Experiment, ProxyFaultSpec } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { request, settle, startUpstream } from './http-helpers'
import { ManualClock } from './manual-clock'

const source = { file: 'experiments/demo/errors.yaml', line: 3, col: 1 }

function experiment(
  upstream: string,
  fault: Partial<ProxyFaultSpec>,
  durationMs?: number
): Experiment {
  return {
    name: 'errors',
    source,
    locate: () => source,
    backend: 'local',
    kind: 'http-proxy',
    fault: {
      kind: 'http-proxy',
      spec: { upstream, listen: { host: '127.0.0.1', port: 0 }, paths: [], ...fault }
    },
    ...(durationMs !== undefined && { durationMs }),
    expect: 'pass'
  }
}

describe('the local backend', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>
  let clock: ManualClock
  let backend: Backend
  let ctx: RunContext
  const cancel = new AbortController()

  beforeEach(async () => {
    upstream = await startUpstream()
    clock = new ManualClock()
    backend = createLocalBackend({
      clock,
      log: silentLog,
      random: () => 0.5,
      pid: 100,
      isProcessAlive: (pid) => pid === 200
    })
    ctx = {
      runId: 'r1',
      clock,
      log: silentLog,
      signal: cancel.signal,
      labels: {},
      deadline: Infinity
    }
  })
  afterEach(async () => {
    await backend.cleanup({ runId: 'r1', namespaces: [], handles: [] }, ctx)
    await upstream.close()
  })

  async function collect(stream: AsyncIterable<Observation>): Promise<Observation[]> {
    const seen: Observation[] = []
    for await (const o of stream) seen.push(o)
    return seen
  }

  it('checks the fault kind, the upstream URL and the duration without I/O', () => {
    expect(backend.check(experiment(upstream.url, {}, 1000))).toEqual([])
    const issues = backend.check(experiment('ftp://x', {}))
    expect(issues.map((i) => i.message)).toEqual([
      "upstream 'ftp://x' is not an http(s) URL",
      'an httpProxy fault needs a duration; without one it would never switch off'
    ])
  })

  it('preflight starts a pass-through proxy for the baseline, or names an unreachable upstream', async () => {
    const exp = experiment(upstream.url, { error: { status: 500, percent: 100, body: '' } }, 10_000)
    const report = await backend.preflight(exp, ctx)
    expect(report).toMatchObject({ targets: 1, issues: [] })
    expect((await request(`${report.probeBaseUrl}/hello`)).status).toBe(200)
    await upstream.close()
    const down = await backend.preflight(experiment(upstream.url, {}, 1), { ...ctx, runId: 'r2' })
    expect(down.issues[0]?.message).toMatch(
      /^the upstream http:\/\/127.0.0.1:\d+ is not reachable: .*ECONNREFUSED/
    )
  })

  it('switches the fault on at submit and off exactly at the end of its duration', async () => {
    const exp = experiment(
      upstream.url,
      { error: { status: 500, percent: 100, body: 'x' } },
      10_000
    )
    const { probeBaseUrl } = await backend.preflight(exp, ctx)
    const handle = await backend.submit(exp, ctx)
    expect(handle).toMatchObject({
      backend: 'local',
      kind: 'http-proxy',
      name: 'gate-r1-errors',
      data: { pid: '100' }
    })
    expect(await backend.submit(exp, ctx)).toEqual(handle)
    expect((await request(`${probeBaseUrl}/hello`)).status).toBe(500)
    clock.advance(9_999)
    expect((await request(`${probeBaseUrl}/hello`)).status).toBe(500)
    clock.advance(1)
    expect((await request(`${probeBaseUrl}/hello`)).status).toBe(200)
    const seen = await collect(backend.observe(handle, ctx))
    expect(seen.map((o) => [o.phase, o.at - seen[0]!.at, o.terminal])).toEqual([
      ['pending', 0, false],
      ['injected', 0, false],
      ['recovered', 10_000, false],
      ['finished', 10_000, true]
    ])
    expect(seen[1]?.message).toMatch(
      /^HTTP 500 on 100% via http:\/\/127.0.0.1:\d+ → http:\/\/127.0.0.1:\d+ for 10s$/
    )
    expect(seen[3]?.details).toMatchObject({ requests: '2', errors: '2' })
  })

  it('aborts instantly, releasing held requests, and reports stopped', async () => {
    const exp = experiment(
      upstream.url,
      { latency: { fixedMs: 60_000, jitterMs: 0, percent: 100 } },
      300_000
    )
    const { probeBaseUrl } = await backend.preflight(exp, ctx)
    const handle = await backend.submit(exp, ctx)
    const held = request(`${probeBaseUrl}/hello`)
    await settle()
    await backend.abort(handle, ctx)
    expect((await held).status).toBe(200)
    const seen = await collect(backend.observe(handle, ctx))
    expect(seen.at(-1)).toMatchObject({
      phase: 'stopped',
      terminal: true,
      details: { delayed: '1' }
    })
    await backend.abort(handle, ctx)
    clock.advance(300_000)
    expect((await collect(backend.observe(handle, ctx))).at(-1)?.phase).toBe('stopped')
  })

  it('cleanup closes the run proxies, and reports a live foreign one without touching it', async () => {
    const exp = experiment(upstream.url, {}, 1000)
    const { probeBaseUrl } = await backend.preflight(exp, ctx)
    const report = await backend.cleanup(
      {
        runId: 'r1',
        namespaces: [],
        handles: [
          {
            backend: 'local',
            experiment: 'other',
            kind: 'http-proxy',
            name: 'gate-r1-other',
            data: { pid: '200', url: 'http://127.0.0.1:1' }
          },
          {
            backend: 'local',
            experiment: 'gone',
            kind: 'http-proxy',
            name: 'gate-r1-gone',
            data: { pid: '300' }
          }
        ]
      },
      ctx
    )
    expect(report.deleted).toEqual([`proxy gate-r1-errors (${probeBaseUrl})`])
    expect(report.stuck).toEqual([
      {
        ref: 'local proxy gate-r1-other (http://127.0.0.1:1)',
        reason: 'it belongs to gate process 200, which is still running',
        inspect: 'ps -p 200 -o pid,args'
      }
    ])
    await expect(request(`${probeBaseUrl}/hello`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
