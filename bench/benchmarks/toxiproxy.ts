/**
 * The toxiproxy backend, observed from the outside through a real toxiproxy-server's API: the
 * bundled `chaos-gate run` puts a latency toxic on a proxy it creates in front of a stub service.
 * Abort latency: the service starts failing (HTTP 500) during the fault, and the time runs from
 * its first 500 until the toxic is gone from the server. Cancellation: SIGINT to the gate mid-fault
 * until the toxic is gone. A fault counts as removed when `GET /proxies` no longer lists the toxic.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { startToxiproxy, type ToxiproxyServer } from '../../test/toxiproxy/toxiproxy-server'
import { startGateCli } from '../harness/gate-cli'
import { type BenchContext, measured, type Row } from '../harness/model'
import { expectExit } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

/** GitHub's runner sends SIGTERM this long after SIGINT. */
const RUNNER_GRACE_MS = 7500
/** Allowed beyond one check interval for the abort (product.md §10), plus the removal itself. */
const SLACK_MS = 200
const INTERVAL_MS = 500

/** Whether the run's toxic is on the server. */
async function toxicPresent(server: ToxiproxyServer, runId: string): Promise<boolean> {
  const proxies = (await (await fetch(`${server.url}/proxies`)).json()) as Record<
    string,
    { toxics: { name: string }[] }
  >
  return Object.values(proxies).some((p) =>
    p.toxics.some((t) => t.name.startsWith(`gate-${runId}-`))
  )
}

/** Resolves (performance.now()) once the toxic's presence is `want`, trying every 2 ms. */
async function until(server: ToxiproxyServer, runId: string, want: boolean): Promise<number> {
  const deadline = performance.now() + 60_000
  while ((await toxicPresent(server, runId)) !== want) {
    if (performance.now() > deadline) throw new Error(`the toxic of ${runId} never became ${want}`)
    await new Promise((r) => setTimeout(r, 2))
  }
  return performance.now()
}

function experiment(
  ctx: BenchContext,
  server: ToxiproxyServer,
  service: StubServer,
  runId: string
): string {
  const dir = ctx.tempDir(`toxiproxy-${runId}`)
  writeFileSync(
    join(dir, 'toxic.yaml'),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: toxic }
spec:
  duration: 60s
  toxiproxy:
    server: ${server.url}
    listen: 127.0.0.1:0
    upstream: 127.0.0.1:${service.port}
    toxics: [{ type: latency, attributes: { latency: 1 } }]
  steadyState:
    probe: { url: /, rate: 20, timeout: 1s }
    defaults: { interval: ${INTERVAL_MS}ms, window: 1s, minSamples: 1 }
    phases: { before: { samples: 1, spacing: 100ms }, after: { settle: 0s, timeout: 10s } }
    checks:
      - { name: error-ratio, metric: errorRatio, threshold: { max: 0.05 } }
`
  )
  return dir
}

async function run(
  ctx: BenchContext,
  server: ToxiproxyServer,
  service: StubServer,
  runId: string,
  act: (gate: ReturnType<typeof startGateCli>) => Promise<number>
): Promise<number> {
  service.reset()
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: experiment(ctx, server, service, runId),
    extraArgs: ['--run-id', runId],
    timeoutMs: 120_000
  })
  await until(server, runId, true)
  const from = await act(gate)
  const removed = await until(server, runId, false)
  expectExit(await gate.finished, `chaos-gate run (${runId})`, [1])
  service.setFailing(false)
  return removed - from
}

/** A real toxiproxy-server and a stub service behind it for `fn`, stopped after. */
async function withServers<T>(
  fn: (server: ToxiproxyServer, service: StubServer) => Promise<T>
): Promise<T> {
  const server = await startToxiproxy()
  const service = await StubServer.start()
  try {
    return await fn(server, service)
  } finally {
    await service.close()
    await server.stop()
  }
}

/** Abort latency: the service breaks mid-fault; from its first 500 until the toxic is gone. */
export function toxiproxyAbortRow(ctx: BenchContext): Promise<Row> {
  return withServers(async (server, service) => {
    const samples: number[] = []
    for (let i = 0; i < ctx.reps(5, 2); i++)
      samples.push(
        await run(ctx, server, service, `bench-tp-breach-${i}`, async () => {
          // A random moment against the guard's ticks, as abort-latency.ts does for the local proxy.
          await new Promise((r) => setTimeout(r, 300 + Math.random() * INTERVAL_MS))
          service.setFailing(true)
          return service.firstFailure()
        })
      )
    ctx.log(`toxiproxy breach → removed: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const value = measured(samples, 'ms')
    const limit = INTERVAL_MS + SLACK_MS
    return {
      benchmark: 'Abort latency',
      case: `toxiproxy (real server), check interval ${INTERVAL_MS / 1000} s: breach visible → toxic removed`,
      value,
      p95: true,
      baselines: [{ label: 'check interval', value: measured([INTERVAL_MS], 'ms') }],
      target: {
        text: `p95 ≤ interval + ${SLACK_MS} ms (${limit} ms)`,
        met: value.summary.p95 <= limit
      }
    }
  })
}

/** Cancellation: SIGINT to the gate mid-fault until the toxic is gone. */
export function toxiproxyCancelRow(ctx: BenchContext): Promise<Row> {
  return withServers(async (server, service) => {
    const samples: number[] = []
    for (let i = 0; i < ctx.reps(5, 2); i++)
      samples.push(
        await run(ctx, server, service, `bench-tp-sigint-${i}`, (gate) => {
          const at = performance.now()
          gate.child.kill('SIGINT')
          return Promise.resolve(at)
        })
      )
    ctx.log(`toxiproxy SIGINT → removed: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const value = measured(samples, 'ms')
    return {
      benchmark: 'Cancellation',
      case: 'SIGINT → the toxic removed (1 in flight, toxiproxy backend, real server)',
      value,
      target: {
        text: `< ${RUNNER_GRACE_MS / 1000} s (the runner's SIGTERM)`,
        met: value.summary.max < RUNNER_GRACE_MS
      }
    }
  })
}
