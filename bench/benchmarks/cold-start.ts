/**
 * Cold start (product.md §10: the bundled action reaches its first backend request within 0.5 s on
 * Node 20). Spawns `node` on the bundle's entry files and times, from spawn(), the first TCP
 * connection reaching a local server standing in for the backend. Baseline: `node -e 0` on the
 * same machine, interleaved with the measured runs so both see the same load.
 */
import { join } from 'node:path'

import { startGateCli } from '../harness/gate-cli'
import { writeLocalExperiments } from '../harness/local-experiment'
import {
  type BenchContext,
  type Benchmark,
  type Bundle,
  measured,
  type Row
} from '../harness/model'
import { expectExit, runNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

const TARGET_MS = 500

export const coldStart: Benchmark = {
  id: 'cold-start',
  title: 'Cold start',
  async run(ctx) {
    const bundle = await ctx.bundle()
    const reps = ctx.reps(10, 4)
    const stub = await StubServer.start()
    try {
      const dir = writeLocalExperiments(ctx.tempDir('cold-start'), [
        { name: 'cold-start', upstream: stub.url, duration: '1s' }
      ])
      const node: number[] = []
      const cli: number[] = []
      const loaded: number[] = []
      for (let i = 0; i < reps; i++) {
        node.push(await nodeBaseline(ctx))
        cli.push(await cliToFirstRequest(ctx, bundle, dir, stub))
        loaded.push(await cliVersion(ctx, bundle))
      }
      ctx.log(`cli → first request: ${cli.map((ms) => ms.toFixed(0)).join(', ')} ms`)
      return [...startRows(node, cli, loaded), ...sizeRows(bundle)]
    } finally {
      await stub.close()
    }
  }
}

function startRows(node: number[], cli: number[], loaded: number[]): Row[] {
  const baseline = { label: '`node -e 0`', value: measured(node, 'ms') }
  const value = measured(cli, 'ms')
  return [
    {
      benchmark: 'Cold start',
      case: '`node cli.js run` (local backend) → first backend request',
      value,
      baseline,
      target: { text: `≤ ${TARGET_MS} ms`, met: value.summary.median <= TARGET_MS }
    },
    {
      benchmark: 'Cold start',
      case: '`node cli.js --version` (load the bundle, exit)',
      value: measured(loaded, 'ms'),
      baseline
    }
  ]
}

/** Bundle sizes: what every start loads, and the chunks loaded only when their backend is used. */
function sizeRows(bundle: Bundle): Row[] {
  return bundle.files.map((f) => ({
    benchmark: 'Bundle size',
    case: f.name === 'index.js' ? 'index.js (loaded at every start)' : `${f.name} (lazy chunk)`,
    value: measured([f.bytes], 'bytes')
  }))
}

async function nodeBaseline(ctx: BenchContext): Promise<number> {
  const run = await runNode({ args: ['-e', '0'], cwd: ctx.root, timeoutMs: 30_000 })
  expectExit(run, 'node -e 0')
  return run.wallMs
}

/** Spawn → the first connection at the stand-in upstream; then SIGINT and wait for the exit. */
async function cliToFirstRequest(
  ctx: BenchContext,
  bundle: Bundle,
  dir: string,
  stub: StubServer
): Promise<number> {
  stub.reset()
  const running = startGateCli(ctx, { bundle, experiments: dir, timeoutMs: 60_000 })
  try {
    const first = await Promise.race([
      stub.firstConnection(30_000),
      running.finished.then((f): number => {
        expectExit(f, 'chaos-gate run')
        throw new Error('chaos-gate run exited before any request reached the backend')
      })
    ])
    return first - running.startedAt
  } finally {
    running.child.kill('SIGINT')
    await running.finished
  }
}

async function cliVersion(ctx: BenchContext, bundle: Bundle): Promise<number> {
  const entry = bundle.entries.cli ?? join(bundle.dir, 'cli.js')
  const run = await runNode({ args: [entry, '--version'], cwd: ctx.root, timeoutMs: 30_000 })
  expectExit(run, 'chaos-gate --version')
  return run.wallMs
}
