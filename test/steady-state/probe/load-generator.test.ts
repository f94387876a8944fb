import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { LoadGenerator } from '../../../src/steady-state/probe/load-generator'
import { probeSourceFactory, resolveProbeUrl } from '../../../src/steady-state/probe/probe-factory'
import { windowStats } from '../../../src/steady-state/probe/window-stats'
import { systemClock } from '../../../src/util/clock'
import { silentLog } from '../../../src/util/log'
import { makeCheck } from '../../fakes/check'
import { makeExperiment, makeSpec } from '../../gate/fakes/gate-fixtures'

/** A target on loopback: `/ok`, `/fail` (500), `/reset` (socket destroyed), `/hang`. */
async function target() {
  const server = http.createServer((req, res) => {
    if (req.url === '/fail') return void res.writeHead(500).end('no')
    if (req.url === '/reset') return void req.socket.resetAndDestroy()
    if (req.url === '/hang') return
    res.writeHead(200).end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())))
  }
}

// A request to `/ok` on a loaded CI machine can take longer than a short timeout; only the `/hang`
// case needs the timeout to fire, so it alone uses a short one.
const spec = {
  method: 'GET',
  ratePerSecond: 50,
  timeoutMs: 10_000,
  okStatus: [{ from: 200, to: 399 }],
  headers: {}
} as const

/** Runs the generator until it has recorded `count` samples (not for a time: load varies). */
async function run(url: string, count: number, timeoutMs: number = spec.timeoutMs) {
  const load = new LoadGenerator({ ...spec, url, timeoutMs }, { clock: systemClock, fetch }, 60_000)
  load.start()
  await load.firstSample()
  while (load.samples().length < count) await load.nextSample(new AbortController().signal)
  await load.stop()
  return load.samples()
}

describe('LoadGenerator (real loopback server)', () => {
  let t: Awaited<ReturnType<typeof target>>
  beforeEach(async () => (t = await target()))
  afterEach(() => t.close())

  it('records successful requests with their status', async () => {
    const samples = await run(`${t.base}/ok`, 4)
    expect(samples.length).toBeGreaterThan(3)
    expect(samples.every((s) => s.ok && s.status === 200)).toBe(true)
  })

  it('wakes a waiter on each new sample, which is then in samples()', async () => {
    const load = new LoadGenerator(
      { ...spec, url: `${t.base}/ok` },
      { clock: systemClock, fetch },
      60_000
    )
    load.start()
    try {
      await load.firstSample()
      const before = load.samples().length
      await load.nextSample(new AbortController().signal)
      expect(load.samples().length).toBeGreaterThan(before)
    } finally {
      await load.stop()
    }
  })

  it('rejects a sample waiter when its signal aborts', async () => {
    const load = new LoadGenerator(
      { ...spec, url: `${t.base}/hang` },
      { clock: systemClock, fetch },
      60_000
    )
    const stop = new AbortController()
    const waiting = load.nextSample(stop.signal)
    stop.abort(new Error('phase over'))
    await expect(waiting).rejects.toThrow('phase over')
  })

  it('counts bad statuses, resets and timeouts as failed requests, not as missing data', async () => {
    const fail = await run(`${t.base}/fail`, 3)
    expect(fail.every((s) => !s.ok && s.status === 500)).toBe(true)
    const reset = await run(`${t.base}/reset`, 3)
    expect(reset.every((s) => !s.ok && s.status === undefined && s.error !== undefined)).toBe(true)
    const hang = await run(`${t.base}/hang`, 1, 150)
    expect(hang[0]).toMatchObject({ ok: false, error: 'timeout after 150ms' })
    const stats = windowStats(hang, 0, Date.now())
    expect(stats?.values.availability).toBe(0)
  })

  it('stops sending when stopped', async () => {
    const load = new LoadGenerator(
      { ...spec, url: `${t.base}/ok` },
      { clock: systemClock, fetch },
      60_000
    )
    load.start()
    await load.firstSample()
    await load.stop()
    const count = load.samples().length
    await new Promise((r) => setTimeout(r, 100))
    expect(load.samples().length).toBe(count)
  })

  it('the factory resolves a path against the proxy, opens once data flows, and closes', async () => {
    const exp = makeExperiment({
      steadyState: makeSpec({ probe: { url: '/ok', ...spec } }, [
        makeCheck({ source: 'probe', query: 'availability', threshold: { min: 0.99 } })
      ])
    })
    const opened = await probeSourceFactory({ fetch })({
      experiment: exp,
      probeBaseUrl: t.base,
      clock: systemClock,
      log: silentLog,
      signal: new AbortController().signal
    })
    expect(opened).toBeDefined()
    const raw = await opened!.source.measure(
      exp.steadyState!.checks[0]!,
      Date.now(),
      { phase: 'before' },
      new AbortController().signal
    )
    expect(raw).toMatchObject({ kind: 'values', series: [{ value: 1 }] })
    await opened!.close()
  })
})

describe('resolveProbeUrl', () => {
  it('keeps absolute URLs and resolves paths against the base', () => {
    expect(resolveProbeUrl('https://shop.example/health', 'http://127.0.0.1:1')).toBe(
      'https://shop.example/health'
    )
    expect(resolveProbeUrl('/api/products?limit=5', 'http://127.0.0.1:4321')).toBe(
      'http://127.0.0.1:4321/api/products?limit=5'
    )
    expect(() => resolveProbeUrl('/x', undefined)).toThrow(
      /is a path, but this backend has no proxy/
    )
  })
})
