/**
 * Cold start (product.md §10: the bundled action reaches its first backend request within 0.5 s on
 * Node 20). Spawns `node` on the bundle's entry files, the action's main step and the CLI, and
 * times from spawn() to the first TCP connection reaching a local server standing in for the
 * backend (the local backend's reachability check of its upstream). Baseline: `node -e 0` on the
 * same machine, interleaved with the measured runs so both see the same load.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { startActionMain } from '../harness/action-step'
import { cliEntry, startGateCli } from '../harness/gate-cli'
import { writeLocalExperiments } from '../harness/local-experiment'
import {
  type BenchContext,
  type Benchmark,
  type Bundle,
  measured,
  type Row
} from '../harness/model'
import { expectExit, type Running, runNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

const TARGET_MS = 500

/** Samples of one entry point. */
interface Starts {
  readonly node: number[]
  readonly action: number[]
  readonly cli: number[]
  readonly loaded: number[]
}

export const coldStart: Benchmark = {
  id: 'cold-start',
  title: 'Cold start',
  async run(ctx) {
    const bundle = await ctx.bundle()
    const stub = await StubServer.start()
    try {
      const workspace = ctx.tempDir('cold-start')
      const experiments = join(workspace, 'experiments')
      mkdirSync(experiments)
      writeLocalExperiments(experiments, [
        { name: 'cold-start', upstream: stub.url, duration: '1s' }
      ])
      const s: Starts = { node: [], action: [], cli: [], loaded: [] }
      for (let i = 0; i < ctx.reps(10, 4); i++) {
        s.node.push(await nodeBaseline(ctx))
        s.action.push(
          await toFirstRequest(stub, () =>
            startActionMain(ctx, {
              bundle,
              workspace,
              with: {
                experiments: 'experiments/*.yaml',
                'check-run': 'off',
                'report-dir': 'reports'
              },
              timeoutMs: 60_000
            })
          )
        )
        s.cli.push(
          await toFirstRequest(stub, () =>
            startGateCli(ctx, { bundle, experiments, timeoutMs: 60_000 })
          )
        )
        s.loaded.push(await cliVersion(ctx, bundle))
      }
      ctx.log(`action main → first request: ${s.action.map((ms) => ms.toFixed(0)).join(', ')} ms`)
      return [...startRows(s), ...sizeRows(bundle)]
    } finally {
      await stub.close()
    }
  }
}

function startRows(s: Starts): Row[] {
  const baseline = { label: '`node -e 0`', value: measured(s.node, 'ms') }
  const target = (samples: number[]) => ({
    text: `≤ ${TARGET_MS} ms`,
    met: measured(samples, 'ms').summary.median <= TARGET_MS
  })
  const row = (label: string, samples: number[], withTarget: boolean): Row => ({
    benchmark: 'Cold start',
    case: label,
    value: measured(samples, 'ms'),
    baselines: [baseline],
    ...(withTarget && { target: target(samples) })
  })
  return [
    row('`node main.js` (the action, local backend) → first backend request', s.action, true),
    row('`node cli.js run` (local backend) → first backend request', s.cli, true),
    row('`node cli.js --version` (load the bundle, exit)', s.loaded, false)
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

/** Spawn → the first connection at the stand-in backend; then SIGINT and wait for the exit. */
async function toFirstRequest(stub: StubServer, start: () => Running): Promise<number> {
  stub.reset()
  const running = start()
  try {
    const first = await Promise.race([
      stub.firstConnection(30_000),
      running.finished.then((f): number => {
        throw new Error(
          `it exited (${f.code ?? f.signal ?? '?'}) before any request reached the backend:\n${f.stderr}${f.stdout}`
        )
      })
    ])
    return first - running.startedAt
  } finally {
    running.child.kill('SIGINT')
    await running.finished
  }
}

async function cliVersion(ctx: BenchContext, bundle: Bundle): Promise<number> {
  const run = await runNode({
    args: [cliEntry(bundle), '--version'],
    cwd: ctx.root,
    timeoutMs: 30_000
  })
  expectExit(run, 'chaos-gate --version')
  return run.wallMs
}
