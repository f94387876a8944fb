import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { isObject, type JsonObject, objectAt, toJsonValue } from './core/json'
import type { ObjectsApi } from './objects-api'
import { CHAOS_EXPERIMENT_ROOT } from './repo-schema'

/** Names the demo workload uses (shared with experiments/ and the docs). */
export const DEMO = {
  namespace: 'staging',
  deployment: 'checkout',
  appLabel: 'app=checkout',
  serviceAccount: 'litmus-admin',
  experiment: 'pod-delete'
} as const

/**
 * The demo staging namespace: Deployment `checkout` (3 replicas, app=checkout), the
 * ServiceAccount `litmus-admin` Litmus runs as, and the upstream `pod-delete` ChaosExperiment
 * (chaos-charts' install step, committed under schema/chaos-experiments/).
 */
export function seedDemo(objects: ObjectsApi): void {
  const namespace = DEMO.namespace
  objects.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
  objects.create({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: DEMO.serviceAccount, namespace }
  })
  objects.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: DEMO.deployment, namespace, labels: { app: DEMO.deployment } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: DEMO.deployment } },
      template: {
        metadata: { labels: { app: DEMO.deployment } },
        spec: {
          containers: [
            {
              name: 'checkout',
              image: 'nginx:1.27',
              ports: [{ containerPort: 80, protocol: 'TCP' }]
            }
          ]
        }
      }
    }
  })
  const experiment = podDeleteExperiment()
  experiment['metadata'] = { ...(objectAt(experiment, 'metadata') ?? {}), namespace }
  objects.create(experiment)
}

/**
 * What the repository's experiments/ name besides the demo: Deployments `cart` and `payments`
 * (2 replicas each) and the ServiceAccount `pod-delete-sa` cart's ChaosEngine runs as. The
 * launcher (`npm run cluster:sim`) seeds it, so `chaos-gate run experiments/` works out of the box.
 */
export function seedExamples(objects: ObjectsApi): void {
  const namespace = DEMO.namespace
  objects.create({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'pod-delete-sa', namespace }
  })
  for (const app of ['cart', 'payments'])
    objects.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app, namespace, labels: { app } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app } },
        template: {
          metadata: { labels: { app } },
          spec: { containers: [{ name: app, image: 'nginx:1.27' }] }
        }
      }
    })
}

/**
 * The pod-delete ChaosExperiment as chaos-charts installs it, committed under
 * schema/chaos-experiments/ by `npm run schemas:crds`.
 */
export function podDeleteExperiment(): JsonObject {
  const path = join(CHAOS_EXPERIMENT_ROOT, 'pod-delete.yaml')
  const parsed = toJsonValue(parse(readFileSync(path, 'utf8')))
  if (!isObject(parsed) || parsed['kind'] !== 'ChaosExperiment') {
    throw new Error(`${path}: expected a ChaosExperiment; regenerate it with npm run schemas:crds`)
  }
  return parsed
}
