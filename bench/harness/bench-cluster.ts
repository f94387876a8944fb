/**
 * The simulated cluster for the Kubernetes benchmarks: the demo seed (namespace staging, the
 * litmus-admin ServiceAccount, the pod-delete ChaosExperiment) plus as many small services as a
 * benchmark runs experiments, so concurrent experiments never fight over the same pods.
 */
import { join } from 'node:path'

import { type SimCluster, type SimClusterOptions, startSimCluster } from '@chaos-gate/sim-cluster'
import { stringify } from 'yaml'

import type { BenchContext } from './model'

export interface BenchCluster {
  readonly sim: SimCluster
  /** A kubeconfig file for the cluster, default namespace staging. */
  readonly kubeconfig: string
  close(): Promise<void>
}

export const NAMESPACE = 'staging'
const REPLICAS = 2

export async function startBenchCluster(
  ctx: BenchContext,
  options: SimClusterOptions = {}
): Promise<BenchCluster> {
  const sim = await startSimCluster({ seedDemo: true, ...options })
  const kubeconfig = join(ctx.tempDir('kubeconfig'), 'kubeconfig')
  await sim.writeKubeconfig(kubeconfig, { namespace: NAMESPACE })
  return { sim, kubeconfig, close: () => sim.close() }
}

/** Deployments `svc-0` … `svc-<n-1>` (app=svc-<i>, 2 replicas), resolved once their pods run. */
export async function addServices(sim: SimCluster, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const name = `svc-${i}`
    if (sim.objects.get({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: NAMESPACE, name }))
      continue
    sim.objects.create({
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
  const deadline = Date.now() + 30_000
  while (runningPods(sim) < n * REPLICAS) {
    if (Date.now() > deadline) throw new Error(`the ${n} benchmark services did not start`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

function runningPods(sim: SimCluster): number {
  return sim.objects
    .list('v1', 'Pod', { namespace: NAMESPACE, fieldSelector: 'status.phase=Running' })
    .filter((p) => JSON.stringify(p['metadata'] ?? {}).includes('"app":"svc-')).length
}

/** A ChaosEngine as JSON, with the name a peer's client needs to find it again. */
export interface EngineObject {
  readonly apiVersion: string
  readonly kind: string
  readonly metadata: {
    readonly name: string
    readonly namespace: string
    readonly annotations?: Readonly<Record<string, string>>
  }
  readonly spec: unknown
}

/**
 * A Litmus pod-delete ChaosEngine on one service, as a user commits it: one injection over the
 * whole duration, half of the service's pods. `outcome` scripts the simulated operator.
 */
export function litmusEngine(
  name: string,
  app: string,
  durationSeconds: number,
  outcome: 'pass' | 'fail' | 'stuck' = 'pass'
): EngineObject {
  const env = {
    TOTAL_CHAOS_DURATION: durationSeconds,
    CHAOS_INTERVAL: durationSeconds,
    FORCE: 'false',
    PODS_AFFECTED_PERC: 50
  }
  return {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosEngine',
    metadata: {
      name,
      namespace: NAMESPACE,
      annotations: { 'sim.chaos-gate.dev/outcome': outcome }
    },
    spec: {
      engineState: 'active',
      appinfo: { appns: NAMESPACE, applabel: `app=${app}`, appkind: 'deployment' },
      chaosServiceAccount: 'litmus-admin',
      jobCleanUpPolicy: 'delete',
      experiments: [
        {
          name: 'pod-delete',
          spec: {
            components: {
              env: Object.entries(env).map(([key, value]) => ({ name: key, value: String(value) }))
            }
          }
        }
      ]
    }
  }
}

/** The same engine as a manifest file's YAML. */
export function litmusEngineYaml(...args: Parameters<typeof litmusEngine>): string {
  return stringify(litmusEngine(...args))
}
