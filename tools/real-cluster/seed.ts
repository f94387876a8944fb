/**
 * The demo workloads cluster:sim seeds (packages/sim-cluster/src/seed.ts: DEMO and seedExamples), created
 * through the API: namespace `staging`, Deployment `checkout` (3 replicas), `cart` and `payments`
 * (2 each), the ServiceAccounts `litmus-admin` and `pod-delete-sa`, and the pod-delete
 * ChaosExperiment committed under schema/chaos-experiments/. Resolves once every Deployment has
 * all its replicas Ready on the kwok nodes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import type { Api } from './api'

export const DEMO_NAMESPACE = 'staging'
const DEPLOYMENTS = { checkout: 3, cart: 2, payments: 2 } as const
const ROOT = join(__dirname, '..', '..')

function deployment(name: string, replicas: number): Record<string, unknown> {
  const container: Record<string, unknown> = { name, image: 'nginx:1.27' }
  if (name === 'checkout') container['ports'] = [{ containerPort: 80, protocol: 'TCP' }]
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: DEMO_NAMESPACE, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [container] } }
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function seedDemo(admin: Api): Promise<void> {
  const ns = `/api/v1/namespaces/${DEMO_NAMESPACE}`
  await admin.ok('POST', '/api/v1/namespaces', {
    body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: DEMO_NAMESPACE } }
  })
  for (const name of ['litmus-admin', 'pod-delete-sa'])
    await admin.ok('POST', `${ns}/serviceaccounts`, {
      body: {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name, namespace: DEMO_NAMESPACE }
      }
    })
  const experiment = parse(
    readFileSync(join(ROOT, 'schema', 'chaos-experiments', 'pod-delete.yaml'), 'utf8')
  ) as { metadata: Record<string, unknown> }
  experiment.metadata = { ...experiment.metadata, namespace: DEMO_NAMESPACE }
  await admin.ok(
    'POST',
    `/apis/litmuschaos.io/v1alpha1/namespaces/${DEMO_NAMESPACE}/chaosexperiments`,
    { body: experiment }
  )
  const apps = `/apis/apps/v1/namespaces/${DEMO_NAMESPACE}/deployments`
  for (const [name, replicas] of Object.entries(DEPLOYMENTS))
    await admin.ok('POST', apps, { body: deployment(name, replicas) })
  await waitDeploymentsReady(admin, DEMO_NAMESPACE, Object.keys(DEPLOYMENTS), 120_000)
}

/** Polls (the launcher is no test) until each Deployment has every replica Ready. */
export async function waitDeploymentsReady(
  admin: Api,
  namespace: string,
  names: readonly string[],
  timeoutMs: number
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await admin.ok('GET', `/apis/apps/v1/namespaces/${namespace}/deployments`)
    const items =
      (
        answer.json as {
          items?: {
            metadata: { name: string }
            spec: { replicas: number }
            status?: { readyReplicas?: number }
          }[]
        }
      ).items ?? []
    const waiting = names.filter((name) => {
      const d = items.find((i) => i.metadata.name === name)
      return !d || (d.status?.readyReplicas ?? 0) < d.spec.replicas
    })
    if (waiting.length === 0) return
    if (Date.now() > deadline)
      throw new Error(
        `Deployments ${waiting.join(', ')} in ${namespace} were not Ready within ${timeoutMs / 1000} s`
      )
    await sleep(250)
  }
}
