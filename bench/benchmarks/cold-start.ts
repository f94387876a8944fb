/**
 * Cold start (product.md §10: the bundled action reaches its first backend request within 0.5 s on
 * Node 20, heavy clients loaded lazily, only when their backend is used). Spawns `node` on the
 * bundle's entry files, the action's main step and the CLI, and times from spawn() to the first TCP
 * connection reaching a local server standing in for the backend: with a local-backend experiment
 * the reachability check of its upstream, with a Litmus experiment the first call to the API
 * server (after the Kubernetes client is loaded). Baseline: `node -e 0` on the same machine,
 * interleaved with the measured runs so both see the same load.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { startActionMain } from '../harness/action-step'
import { litmusEngineYaml } from '../harness/bench-cluster'
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

/** One way of starting the bundle, timed to the first connection at its stand-in backend. */
interface StartCase {
  readonly label: string
  readonly backend: StubServer
  readonly start: () => Running
  readonly samples: number[]
}

export const coldStart: Benchmark = {
  id: 'cold-start',
  title: 'Cold start',
  async run(ctx) {
    const bundle = await ctx.bundle()
    const service = await StubServer.start()
    const apiServer = await StubServer.start()
    try {
      const cases = startCases(ctx, bundle, service, apiServer)
      const node: number[] = []
      const loaded: number[] = []
      for (let i = 0; i < ctx.reps(10, 4); i++) {
        node.push(await nodeBaseline(ctx))
        for (const c of cases) c.samples.push(await toFirstRequest(c.backend, c.start))
        loaded.push(await cliVersion(ctx, bundle))
      }
      for (const c of cases)
        ctx.log(`${c.label}: ${c.samples.map((ms) => ms.toFixed(0)).join(', ')} ms`)
      return [...startRows(cases, node, loaded), ...sizeRows(bundle)]
    } finally {
      await service.close()
      await apiServer.close()
    }
  }
}

/** The action's main step and the CLI, each with a local-backend and with a Litmus experiment. */
function startCases(
  ctx: BenchContext,
  bundle: Bundle,
  service: StubServer,
  apiServer: StubServer
): StartCase[] {
  const workspace = ctx.tempDir('cold-start')
  for (const dir of ['local', 'litmus']) mkdirSync(join(workspace, dir))
  writeLocalExperiments(join(workspace, 'local'), [
    { name: 'cold-start', upstream: service.url, duration: '1s' }
  ])
  writeFileSync(join(workspace, 'litmus', 'pod-delete.yaml'), litmusEngineYaml('cold', 'svc-0', 30))
  const kubeconfig = join(workspace, 'kubeconfig')
  writeFileSync(kubeconfig, stubKubeconfig(apiServer.url))
  const action = (dir: string, extra: Record<string, string>) => () =>
    startActionMain(ctx, {
      bundle,
      workspace,
      with: { experiments: `${dir}/*.yaml`, 'check-run': 'off', 'report-dir': 'reports', ...extra },
      timeoutMs: 60_000
    })
  const cli = (dir: string, extraArgs: string[]) => () =>
    startGateCli(ctx, { bundle, experiments: join(workspace, dir), extraArgs, timeoutMs: 60_000 })
  const kube = 'Litmus, loading the Kubernetes client'
  const cases: [string, StubServer, () => Running][] = [
    ['`node main.js` (the action), local backend', service, action('local', {})],
    ['`node cli.js run`, local backend', service, cli('local', [])],
    [`\`node main.js\` (the action), ${kube}`, apiServer, action('litmus', { kubeconfig })],
    [`\`node cli.js run\`, ${kube}`, apiServer, cli('litmus', ['--kubeconfig', kubeconfig])]
  ]
  return cases.map(([label, backend, start]) => ({ label, backend, start, samples: [] }))
}

/** A kubeconfig for a plain-HTTP stand-in API server (client-node wants verification off on http). */
function stubKubeconfig(url: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'stub', cluster: { server: url, 'insecure-skip-tls-verify': true } }],
    users: [{ name: 'stub', user: { token: 'bench' } }],
    contexts: [{ name: 'stub', context: { cluster: 'stub', user: 'stub', namespace: 'staging' } }],
    'current-context': 'stub'
  })
}

function startRows(cases: readonly StartCase[], node: number[], loaded: number[]): Row[] {
  const baseline = { label: '`node -e 0`', value: measured(node, 'ms') }
  const rows: Row[] = cases.map((c) => {
    const value = measured(c.samples, 'ms')
    return {
      benchmark: 'Cold start',
      case: `${c.label} → first backend request`,
      value,
      baselines: [baseline],
      target: { text: `≤ ${TARGET_MS} ms`, met: value.summary.median <= TARGET_MS }
    }
  })
  rows.push({
    benchmark: 'Cold start',
    case: '`node cli.js --version` (load the bundle, exit)',
    value: measured(loaded, 'ms'),
    baselines: [baseline]
  })
  return rows
}

/** Bundle sizes: what every start loads, and the chunks loaded only when a backend or source needs them. */
function sizeRows(bundle: Bundle): Row[] {
  const start = bundle.files.filter((f) => f.name === 'index.js')
  const lazy = bundle.files.filter((f) => f.name !== 'index.js')
  const largest = lazy[0]
  return [
    ...start.map((f) => ({
      benchmark: 'Bundle size',
      case: 'index.js: loaded at every start',
      value: measured([f.bytes], 'bytes')
    })),
    {
      benchmark: 'Bundle size',
      case: `${lazy.length} lazy chunks: loaded only when their backend or source is used`,
      value: measured([lazy.reduce((sum, f) => sum + f.bytes, 0)], 'bytes'),
      ...(largest && { note: largestNote(bundle, largest) })
    }
  ]
}

function largestNote(bundle: Bundle, f: { name: string; bytes: number }): string {
  const size = `${(f.bytes / 1024 / 1024).toFixed(1)} MB`
  const kube = readFileSync(join(bundle.dir, f.name), 'utf8').includes('class KubeConfig')
  return `The largest lazy chunk, ${f.name}, is ${size}${kube ? ': the Kubernetes client, loaded only by the first Kubernetes experiment' : ''}.`
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
