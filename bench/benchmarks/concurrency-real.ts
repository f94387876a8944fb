/**
 * Concurrent experiments on the real control plane (issue 13 part 6), beside concurrency-sim.ts:
 * `cluster:real` (kube-apiserver, etcd, controllers, scheduler, kwok nodes) with the simulated
 * Litmus operator as an API client (tools/sim-operators.ts), N pod-delete engines each on a service
 * of its own, run by the bundled CLI with the least-privilege `chaos-gate` kubeconfig. The same
 * measurements as the simulator's rows; the operator keeps its 100 ms chaos second, so the 30 s
 * fault lasts 3 s on both.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { connectKube, type KubeConnection } from '../../src/backends/kube/connect'
import type { KubeObject } from '../../src/manifest/model'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { controlPlaneBinaries } from '../../tools/real-cluster/binaries'
import { launchRealCluster } from '../../tools/real-cluster/launch'
import { operatorsAvailable } from '../../tools/real-cluster/operators'
import { litmusEngineYaml, NAMESPACE } from '../harness/bench-cluster'
import type { Benchmark } from '../harness/model'
import { measureConcurrency } from './concurrency'

/** TOTAL_CHAOS_DURATION, in chaos seconds. */
const CHAOS_SECONDS = 30
/** The operators' chaos second on cluster:real (tools/sim-operators.ts's default). */
const CHAOS_SECOND_MS = 100
const SERVICES = 50
const REPLICAS = 2

const readyReplicas = (d: KubeObject): number =>
  (d.status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0

/** Deployments `svc-0` … `svc-<n-1>` (app=svc-<i>, 2 replicas), resolved once all are Ready. */
async function addServices(admin: KubeConnection, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const name = `svc-${i}`
    await admin.objects.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: NAMESPACE, labels: { app: name } },
      spec: {
        replicas: REPLICAS,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }
        }
      }
    })
  }
  const deadline = Date.now() + 120_000
  const ready = async (): Promise<number> =>
    (
      await admin.objects.list({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: NAMESPACE })
    ).items
      .filter((d) => d.metadata.name?.startsWith('svc-') === true)
      .filter((d) => readyReplicas(d) === REPLICAS).length
  while ((await ready()) < n) {
    if (Date.now() > deadline) throw new Error(`the ${n} benchmark services did not get Ready`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

export const concurrencyReal: Benchmark = {
  id: 'concurrency-real',
  title: 'Scale: concurrent experiments on the real control plane',
  unavailable: () => {
    if (!operatorsAvailable())
      return Promise.resolve('the simulated operators (tools/sim-operators.ts) are missing')
    try {
      execFileSync('go', ['version'], { stdio: 'ignore' })
      return Promise.resolve(undefined)
    } catch {
      return Promise.resolve('Go is not installed: the control plane cannot be built')
    }
  },
  async run(ctx) {
    // Built first, without the launcher's start-up timeout: a cold build takes tens of minutes.
    controlPlaneBinaries()
    const real = await launchRealCluster(join(ctx.tempDir('real'), 'kubeconfig'))
    try {
      if (!real.operators)
        throw new Error(`cluster:real started without its operators:\n${real.output()}`)
      const admin = await connectKube(
        { kubeconfig: real.adminKubeconfig, env: {} },
        { clock: systemClock, log: silentLog }
      )
      try {
        await addServices(admin, SERVICES)
      } finally {
        admin.close()
      }
      return await measureConcurrency(ctx, {
        label: 'real control plane, Litmus',
        durationMs: CHAOS_SECONDS * CHAOS_SECOND_MS,
        prepare: (dir, n) => {
          for (let i = 0; i < n; i++)
            writeFileSync(
              join(dir, `pod-delete-${i}.yaml`),
              litmusEngineYaml(`pod-delete-${i}`, `svc-${i}`, CHAOS_SECONDS)
            )
          return Promise.resolve(['--kubeconfig', real.kubeconfig])
        }
      })
    } finally {
      await real.stop()
    }
  }
}
