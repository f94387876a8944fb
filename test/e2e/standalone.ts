/**
 * Real processes for the end-to-end checks of the Kubernetes backends: the simulated cluster
 * started standalone by its launcher (`npm run cluster:sim -- --kubeconfig FILE`) or the real one
 * (`npm run test:cluster`, test/cluster/target.ts), and
 * `chaos-gate` run from source against it, as a user would.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { connectKube, type KubeConnection } from '../../src/backends/kube/connect'
import { follow } from '../../src/backends/kube/follow'
import type { CollectionRef, ObjectRef } from '../../src/backends/kube/port'
import type { GateReport } from '../../src/gate/result'
import type { KubeObject } from '../../src/manifest/model'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { type ClusterKind, clusterKind, realKubeconfigs } from '../cluster/target'

export const ROOT = join(__dirname, '../..')

/**
 * `node --import tsx FILE`: one process running the TypeScript source. The tsx launcher would run
 * it in a child of its own, and a SIGKILL to the launcher would leave that child running.
 */
function spawnTs(file: string, args: readonly string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // Flowing from the start, so an unread pipe can never fill up and stall the process.
  child.stdout?.resume()
  child.stderr?.resume()
  return child
}

/**
 * A standalone cluster and a client connected to it through the kubeconfig it wrote. On the real
 * cluster (npm run test:cluster) `kubeconfig` is the least-privilege `chaos-gate` identity and
 * `admin` may do anything; on the simulator both are its one kubeconfig.
 */
export interface StandaloneCluster {
  readonly kind: ClusterKind
  readonly kubeconfig: string
  readonly conn: KubeConnection
  readonly adminKubeconfig: string
  readonly admin: KubeConnection
  stop(): Promise<void>
}

const connect = (kubeconfig: string): Promise<KubeConnection> =>
  connectKube({ kubeconfig, env: {} }, { clock: systemClock, log: silentLog })

/**
 * The simulated cluster started by its launcher, or, when CHAOS_GATE_CLUSTER=real, the real one
 * test:cluster's global setup started for every file (stopping it only closes the connections).
 */
export async function startStandaloneCluster(): Promise<StandaloneCluster> {
  if (clusterKind() === 'real') {
    const { kubeconfig, admin } = realKubeconfigs()
    const conn = await connect(kubeconfig)
    const adminConn = await connect(admin)
    return {
      kind: 'real',
      kubeconfig,
      conn,
      adminKubeconfig: admin,
      admin: adminConn,
      stop: async () => {
        conn.close()
        adminConn.close()
      }
    }
  }
  return startSimulatedCluster()
}

/** The simulated cluster started by its launcher, whatever CHAOS_GATE_CLUSTER says. */
export async function startSimulatedCluster(): Promise<StandaloneCluster> {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'e2e-cluster-')), 'kubeconfig')
  const child = spawnTs('tools/cluster-sim.ts', ['--kubeconfig', kubeconfig])
  await waitForOutput(child, /kubeconfig written to /)
  const conn = await connect(kubeconfig)
  return {
    kind: 'sim',
    kubeconfig,
    conn,
    adminKubeconfig: kubeconfig,
    admin: conn,
    stop: async () => {
      conn.close()
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
}

/** One standalone cluster for the test file: started before its tests, stopped after them. */
export function useStandaloneCluster(): () => StandaloneCluster {
  let cluster: StandaloneCluster | undefined
  beforeAll(async () => {
    cluster = await startStandaloneCluster()
  }, 30_000)
  afterAll(async () => {
    await cluster?.stop()
  })
  return () => {
    if (!cluster) throw new Error('the standalone cluster is not started yet')
    return cluster
  }
}

/** The arguments of `chaos-gate run` on one experiment file against the cluster. */
export function runArgs(
  cluster: StandaloneCluster,
  runId: string,
  experiment: string,
  stateDir: string
): string[] {
  return [
    'run',
    '--kubeconfig',
    cluster.kubeconfig,
    '-e',
    experiment,
    '--run-id',
    runId,
    '--state-dir',
    stateDir,
    '--report-dir',
    join(stateDir, 'reports')
  ]
}

/** `chaos-gate run` to the end, with the JSON report it wrote. */
export async function gateRun(
  cluster: StandaloneCluster,
  runId: string,
  experiment: string
): Promise<CliResult & { readonly report: GateReport }> {
  const stateDir = join(mkdtempSync(join(tmpdir(), 'e2e-run-')), 'state')
  const result = await runCli(runArgs(cluster, runId, experiment, stateDir))
  const json = readFileSync(join(stateDir, 'reports', 'chaos-gate-report.json'), 'utf8')
  return { ...result, report: JSON.parse(json) as GateReport }
}

/** Writes an experiment file into a fresh temporary folder. */
export function writeExperiment(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-exp-')), name)
  writeFileSync(path, text)
  return path
}

/** A repository example with the simulated operator's outcome annotation added. */
export function withOutcome(text: string, outcome: string): string {
  return text.replace(
    /^ {2}namespace: staging$/m,
    `  namespace: staging\n  annotations:\n    sim.chaos-gate.dev/outcome: ${outcome}`
  )
}

/**
 * The VirtualService the repository's Istio example (experiments/ratings-delay.yaml) patches,
 * created with `metadata`, and a fingerprint of what a restore must give back exactly.
 */
export async function ratingsVirtualService(
  cluster: StandaloneCluster,
  metadata: Pick<KubeObject['metadata'], 'labels' | 'annotations'>
): Promise<{ ref: ObjectRef; fingerprint(): Promise<string>; remove(): Promise<void> }> {
  const ref: ObjectRef = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    namespace: 'staging',
    name: 'ratings'
  }
  await cluster.conn.objects.create({
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: 'ratings', namespace: 'staging', ...metadata },
    spec: {
      hosts: ['ratings'],
      http: [{ route: [{ destination: { host: 'ratings', subset: 'v2' } }] }]
    }
  })
  return {
    ref,
    fingerprint: async () => {
      const o = await cluster.conn.objects.get(ref)
      return JSON.stringify([o?.spec, o?.metadata.labels, o?.metadata.annotations])
    },
    remove: () => cluster.conn.objects.delete(ref).then(() => undefined)
  }
}

/** The repository's Istio example with another fault duration, without its probe (no productpage here). */
export function ratingsExample(duration: string): string {
  const text = readFileSync(join(ROOT, 'experiments/ratings-delay.yaml'), 'utf8')
  return writeExperiment(
    'ratings-delay.yaml',
    text.slice(0, text.indexOf('  steadyState:')).replace('duration: 2m', `duration: ${duration}`)
  )
}

/** What a `chaos-gate` process printed and how it ended. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Starts `chaos-gate <args>` from source in the repository root. */
export function startCli(args: readonly string[]): ChildProcess {
  return spawnTs('tools/cli-from-source.ts', args)
}

/** Runs `chaos-gate <args>` to the end. */
export async function runCli(args: readonly string[]): Promise<CliResult> {
  const child = startCli(args)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { code, stdout, stderr }
}

/** The repository's Litmus example with the simulated operator's outcome and a chaos duration. */
export function litmusExample(outcome: 'pass' | 'fail', durationSeconds = 30): string {
  const text = withOutcome(
    readFileSync(join(ROOT, 'experiments/checkout-pod-delete.yaml'), 'utf8'),
    outcome
  ).replace(/(name: TOTAL_CHAOS_DURATION\n\s+value: )'\d+'/, `$1'${durationSeconds}'`)
  return writeExperiment('checkout-pod-delete.yaml', text)
}

/** Resolves once the collection holds an object `holds` accepts; watched, not polled. */
export async function waitForObject(
  conn: KubeConnection,
  ref: CollectionRef,
  holds: (o: KubeObject) => boolean,
  timeoutMs = 20_000
): Promise<KubeObject> {
  const signal = AbortSignal.timeout(timeoutMs)
  for await (const snap of follow(conn.objects, ref, { clock: systemClock, signal })) {
    const found = snap.objects.find(holds)
    if (found) return found
  }
  throw new Error(`no ${ref.kind} matching within ${timeoutMs} ms`)
}

/** Every ChaosEngine and ChaosResult of a run left in staging: by label, and by engine name. */
export async function leftovers(conn: KubeConnection, runId: string): Promise<string[]> {
  const api = 'litmuschaos.io/v1alpha1'
  const engines = await conn.objects.list({
    apiVersion: api,
    kind: 'ChaosEngine',
    namespace: 'staging',
    labelSelector: `chaos-gate.dev/run-id=${runId}`
  })
  const results = await conn.objects.list({
    apiVersion: api,
    kind: 'ChaosResult',
    namespace: 'staging'
  })
  return [
    ...engines.items.map((o) => `ChaosEngine ${o.metadata.name ?? ''}`),
    ...results.items
      .filter((o) => (o.metadata.name ?? '').startsWith(`gate-${runId}-`))
      .map((o) => `ChaosResult ${o.metadata.name ?? ''}`)
  ]
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      if (pattern.test(buffer)) resolve()
    })
    child.once('exit', (code) =>
      reject(new Error(`exited (${code}) before printing ${pattern}: ${buffer}`))
    )
  })
}
