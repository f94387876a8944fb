/**
 * The backends of the contract suites built on a standalone cluster (simulated or real): the
 * runner's least-privilege connection for the backend, the admin one for the test's own moves.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Backend } from '../../src/backends/backend'
import { createKubernetesBackend } from '../../src/backends/kubernetes/kubernetes-backend'
import type { KubeObject } from '../../src/manifest/model'
import { loadPolicy } from '../../src/policy/load-policy'
import type { Policy } from '../../src/policy/policy'
import type { StandaloneCluster } from '../e2e/standalone'
import { waitForObject } from '../e2e/standalone'

export const workDir = (): string => mkdtempSync(join(tmpdir(), 'cluster-contract-'))

export function defaultPolicy(dir: string): Policy {
  return loadPolicy({ cwd: dir, environment: 'staging' }).policy
}

export function kubernetesBackend(
  cluster: StandaloneCluster,
  policy: Policy,
  random: () => number = () => 0
): Backend {
  return createKubernetesBackend({
    kube: cluster.conn.objects,
    cluster: cluster.conn.cluster,
    defaultNamespace: 'staging',
    policy,
    random,
    cleanupBoundMs: 10_000
  })
}

const ready = (o: KubeObject, replicas: number): boolean => {
  const status = o.status as { readyReplicas?: number; replicas?: number } | undefined
  return status?.readyReplicas === replicas && status.replicas === replicas
}

/** Resolves once the Deployment has exactly `replicas` replicas, all Ready (watched). */
export async function deploymentSettled(
  cluster: StandaloneCluster,
  name: string,
  replicas: number
): Promise<void> {
  await waitForObject(
    cluster.admin,
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging' },
    (d) => d.metadata.name === name && ready(d, replicas),
    60_000
  )
}

/** The pods of `app` that serve: not being deleted. */
export async function servingPods(cluster: StandaloneCluster, app: string): Promise<KubeObject[]> {
  const pods = await cluster.admin.objects.list({
    apiVersion: 'v1',
    kind: 'Pod',
    namespace: 'staging',
    labelSelector: `app=${app}`
  })
  return pods.items
    .filter((p) => p.metadata.deletionTimestamp === undefined)
    .sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''))
}

/** Whether the pod is bound to a node and its Ready condition is True. */
export function runningAndReady(pod: KubeObject): boolean {
  const spec = pod.spec as { nodeName?: string } | undefined
  const status = pod.status as
    { phase?: string; conditions?: { type: string; status: string }[] } | undefined
  return (
    Boolean(spec?.nodeName) &&
    status?.phase === 'Running' &&
    (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')
  )
}
