/**
 * The real control plane beside the simulator, in the same run (issue 13 part 6): `cluster:real`
 * (kube-apiserver, kube-controller-manager, kube-scheduler, etcd, kwok nodes) and `cluster:sim`,
 * each started by its launcher, the same pod-kill run on each in turn with the backend in process
 * and the runner's kubeconfig (on the real cluster the least-privilege ServiceAccount).
 *
 * - Time to restore: the backend's own `timeToRestoreMs`, from the kill to the workload Ready
 *   again; on the real cluster that is the ReplicaSet controller, the scheduler and kwok.
 * - Verdict detection: from the moment an independent watch sees the replacement pod Ready to the
 *   backend's terminal observation (both by watch, so it can be slightly negative when the
 *   backend's watch is served first).
 *
 * 1/10/50 concurrent Litmus experiments on the real control plane are concurrency-real.ts; the API
 * requests per experiment (30 s, 5 min, 30 min faults, from the API server's audit log) are
 * api-economy-real.ts.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Backend } from '../../src/backends/backend'
import { connectKube, type KubeConnection } from '../../src/backends/kube/connect'
import { createKubernetesBackend } from '../../src/backends/kubernetes/kubernetes-backend'
import type { KubeObject } from '../../src/manifest/model'
import { loadPolicy } from '../../src/policy/load-policy'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { experimentFrom, runContext } from '../../test/backends/chaos-mesh/sim-harness'
import { startSimulatedCluster, waitForObject } from '../../test/e2e/standalone'
import { controlPlaneBinaries } from '../../tools/real-cluster/binaries'
import { launchRealCluster } from '../../tools/real-cluster/launch'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'

const POD_KILL = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: bench-kill, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
    restoreTimeout: 60s
`

interface Samples {
  readonly restoreMs: number[]
  readonly detectionMs: number[]
}

const readyPod = (p: KubeObject): boolean =>
  p.metadata.deletionTimestamp === undefined &&
  (
    (p.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []
  ).some((c) => c.type === 'Ready' && c.status === 'True')

const PODS = { apiVersion: 'v1', kind: 'Pod', namespace: 'staging', labelSelector: 'app=checkout' }

/** One kill: its time to restore and how long after the replacement was Ready the backend said so. */
async function oneKill(
  ctx: BenchContext,
  backend: Backend,
  admin: KubeConnection,
  samples: Samples
): Promise<void> {
  // Settled: the Deployment has its three replicas, all Ready (watched).
  await waitForObject(
    admin,
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging' },
    (d) => {
      const status = d.status as { readyReplicas?: number; replicas?: number } | undefined
      return d.metadata.name === 'checkout' && status?.readyReplicas === 3 && status.replicas === 3
    },
    60_000
  )
  const ready = (await admin.objects.list(PODS)).items.filter(readyPod)
  const before = new Set(ready.map((p) => p.metadata.name))
  const exp = await experimentFrom(ctx.tempDir('real-kill'), POD_KILL)
  const run = runContext(exp)
  const replacementReady = waitForObject(
    admin,
    PODS,
    (p) => !before.has(p.metadata.name) && readyPod(p),
    60_000
  ).then(() => performance.now())
  const handle = await backend.submit(exp, run)
  let decidedAt = 0
  let restoreMs = Number.NaN
  for await (const o of backend.observe(handle, run)) {
    if (!o.terminal) continue
    decidedAt = performance.now()
    restoreMs = Number(o.details?.timeToRestoreMs)
    break
  }
  samples.restoreMs.push(restoreMs)
  samples.detectionMs.push(decidedAt - (await replacementReady))
  await backend.cleanup({ runId: run.runId, namespaces: ['staging'], handles: [handle] }, run)
}

async function measure(
  ctx: BenchContext,
  kubeconfig: string,
  adminKubeconfig: string,
  kills: number
): Promise<Samples> {
  const deps = { clock: systemClock, log: silentLog }
  const runner = await connectKube({ kubeconfig, env: {} }, deps)
  const admin = await connectKube({ kubeconfig: adminKubeconfig, env: {} }, deps)
  const backend = createKubernetesBackend({
    kube: runner.objects,
    cluster: runner.cluster,
    defaultNamespace: 'staging',
    policy: loadPolicy({ cwd: ctx.tempDir('real-policy'), environment: 'staging' }).policy,
    random: Math.random,
    cleanupBoundMs: 10_000
  })
  const samples: Samples = { restoreMs: [], detectionMs: [] }
  try {
    for (let i = 0; i < kills; i++) await oneKill(ctx, backend, admin, samples)
  } finally {
    runner.close()
    admin.close()
  }
  return samples
}

export const realControlPlane: Benchmark = {
  id: 'real-control-plane',
  title: 'Real control plane beside the simulator',
  unavailable: () => {
    try {
      execFileSync('go', ['version'], { stdio: 'ignore' })
      return Promise.resolve(undefined)
    } catch {
      return Promise.resolve('Go is not installed: the control plane cannot be built')
    }
  },
  async run(ctx) {
    const kills = ctx.reps(10, 3)
    // Built first, without the launcher's start-up timeout: a cold build takes tens of minutes.
    controlPlaneBinaries()
    const real = await launchRealCluster(join(ctx.tempDir('real'), 'kubeconfig'), [
      '--no-operators'
    ])
    let onReal: Samples
    try {
      onReal = await measure(ctx, real.kubeconfig, real.adminKubeconfig, kills)
    } finally {
      await real.stop()
    }
    const sim = await startSimulatedCluster()
    let onSim: Samples
    try {
      onSim = await measure(ctx, sim.kubeconfig, sim.adminKubeconfig, kills)
    } finally {
      await sim.stop()
    }
    ctx.log(
      `real restore: ${onReal.restoreMs.join(', ')} ms; sim: ${onSim.restoreMs.join(', ')} ms`
    )
    const row = (name: string, realMs: number[], simMs: number[], note: string): Row => ({
      benchmark: 'Real control plane',
      case: name,
      value: measured(realMs, 'ms'),
      p95: true,
      baselines: [{ label: 'cluster:sim', value: measured(simMs, 'ms') }],
      note
    })
    return [
      row(
        'pod-kill time to restore (kill → Deployment Ready)',
        onReal.restoreMs,
        onSim.restoreMs,
        'real: kube-controller-manager, kube-scheduler and kwok; sim: its own controllers'
      ),
      row(
        'verdict detection (replacement Ready → decision)',
        onReal.detectionMs,
        onSim.detectionMs,
        'both by watch; measured against an independent watch of the pods'
      )
    ]
  }
}
