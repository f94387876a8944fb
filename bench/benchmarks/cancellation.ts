/**
 * Cancellation: SIGINT to the bundled `chaos-gate run` with 1 and with 10 faults injected, until
 * every fault is removed, observed from the outside: each experiment's fault proxy listens on a
 * known port, and a fault counts as removed when its port refuses connections. Baseline, same
 * run: a bare node server that closes its port and exits on SIGINT. Every run must remove every
 * fault before GitHub's runner follows SIGINT with SIGTERM.
 */
import { performance } from 'node:perf_hooks'

import { startGateCli } from '../harness/gate-cli'
import { writeLocalExperiments } from '../harness/local-experiment'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { freePort, isListening } from '../harness/ports'
import { expectExit, startNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'
import { awsFisCancelRow } from './aws-fis'
import { gremlinCancelRow } from './gremlin'
import { toxiproxyCancelRow } from './toxiproxy'

/** GitHub's runner sends SIGTERM this long after SIGINT (and kills 2.5 s later). */
const RUNNER_GRACE_MS = 7500
/** How often the ports are tried while waiting for them to close. */
const POLL_MS = 2

/** Resolves once every port refuses connections; the time (performance.now()) the last one did. */
async function allClosed(ports: readonly number[], timeoutMs: number): Promise<number> {
  const open = new Set(ports)
  const deadline = performance.now() + timeoutMs
  let last = performance.now()
  while (open.size > 0) {
    if (performance.now() > deadline) throw new Error(`ports still open: ${[...open].join(', ')}`)
    await Promise.all(
      [...open].map(async (port) => {
        if (await isListening(port)) return
        open.delete(port)
        last = performance.now()
      })
    )
    if (open.size > 0) await new Promise((r) => setTimeout(r, POLL_MS))
  }
  return last
}

/** Waits until every proxy answers with the injected fault (the x-chaos-gate-fault header). */
async function allInjected(ports: readonly number[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  for (const port of ports) {
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined)
      if (res?.headers.get('x-chaos-gate-fault') === 'error') break
      if (performance.now() > deadline)
        throw new Error(`the fault on port ${port} was never injected`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }
}

async function cancelRun(ctx: BenchContext, stub: StubServer, n: number): Promise<number> {
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()))
  const dir = writeLocalExperiments(
    ctx.tempDir(`cancel-${n}`),
    ports.map((port, i) => ({
      name: `cancel-${i}`,
      upstream: stub.url,
      duration: '120s',
      port,
      fault: "error: { status: 503, percent: 100, body: 'injected' }"
    }))
  )
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: dir,
    concurrency: n,
    timeoutMs: 120_000
  })
  try {
    await allInjected(ports, 60_000)
  } catch (err) {
    gate.child.kill('SIGKILL')
    const done = await gate.finished
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}\n${done.stderr}${done.stdout}`,
      { cause: err }
    )
  }
  const signalledAt = performance.now()
  gate.child.kill('SIGINT')
  const closedAt = await allClosed(ports, 60_000)
  expectExit(await gate.finished, 'chaos-gate run after SIGINT', [1])
  return closedAt - signalledAt
}

/** The floor: a node server closing its port on SIGINT. */
async function bareServer(ctx: BenchContext): Promise<number> {
  const port = await freePort()
  const script = `const s = require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('ready'));
process.on('SIGINT', () => { s.close(); process.exit(130) })`
  const running = startNode({ args: ['-e', script], cwd: ctx.root, timeoutMs: 30_000 })
  while (!(await isListening(port))) await new Promise((r) => setTimeout(r, 10))
  const signalledAt = performance.now()
  running.child.kill('SIGINT')
  const closedAt = await allClosed([port], 30_000)
  await running.finished
  return closedAt - signalledAt
}

export const cancellation: Benchmark = {
  id: 'cancellation',
  title: 'Cancellation',
  async run(ctx) {
    const stub = await StubServer.start()
    try {
      const rows: Row[] = []
      for (const n of [1, 10]) {
        const gate: number[] = []
        const floor: number[] = []
        for (let i = 0; i < ctx.reps(5, 2); i++) {
          gate.push(await cancelRun(ctx, stub, n))
          floor.push(await bareServer(ctx))
        }
        ctx.log(`${n} in flight: ${gate.map((ms) => ms.toFixed(0)).join(', ')} ms`)
        const value = measured(gate, 'ms')
        rows.push({
          benchmark: 'Cancellation',
          case: `SIGINT → ${n === 1 ? 'the fault' : `all ${n} faults`} removed (${n} in flight, local backend)`,
          value,
          baselines: [
            {
              label: 'node server closing its port on SIGINT',
              value: measured(floor, 'ms')
            }
          ],
          target: {
            text: `< ${RUNNER_GRACE_MS / 1000} s (the runner's SIGTERM)`,
            met: value.summary.max < RUNNER_GRACE_MS
          }
        })
      }
      rows.push(
        await toxiproxyCancelRow(ctx),
        await awsFisCancelRow(ctx),
        await gremlinCancelRow(ctx)
      )
      return rows
    } finally {
      await stub.close()
    }
  }
}
