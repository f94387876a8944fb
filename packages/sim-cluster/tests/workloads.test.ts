import type { JsonObject } from '../src/core/json'
import { DEMO } from '../src/seed'
import type { SimCluster } from '../src/sim-cluster'
import { at, call, eventually, startFast, str } from './harness'

const POD = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', namespace: DEMO.namespace, name })

function checkoutPods(cluster: SimCluster): JsonObject[] {
  return cluster.objects
    .list('v1', 'Pod', { namespace: DEMO.namespace, labelSelector: DEMO.appLabel })
    .filter((p) => at(p, 'metadata', 'deletionTimestamp') === undefined)
}

function readyCount(cluster: SimCluster): number {
  return checkoutPods(cluster).filter((p) =>
    (at(p, 'status', 'conditions') as { type: string; status: string }[] | undefined)?.some(
      (c) => c.type === 'Ready' && c.status === 'True'
    )
  ).length
}

describe('simulated cluster: Deployments, ReplicaSets and pods', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast({ seedDemo: true })
    await eventually(() => readyCount(cluster) === 3, 3000, 'three ready checkout pods')
  })
  afterAll(() => cluster.close())

  it('creates a ReplicaSet <deployment>-<hash> whose pods carry the template labels and owner', () => {
    const sets = cluster.objects.list('apps/v1', 'ReplicaSet', { namespace: DEMO.namespace })
    expect(sets).toHaveLength(1)
    const rs = sets[0] ?? {}
    const hash = str(at(rs, 'metadata', 'labels', 'pod-template-hash'))
    expect(at(rs, 'metadata', 'name')).toBe(`checkout-${hash}`)
    expect(at(rs, 'metadata', 'ownerReferences', 0)).toMatchObject({
      kind: 'Deployment',
      name: 'checkout',
      controller: true
    })
    for (const pod of checkoutPods(cluster)) {
      expect(at(pod, 'metadata', 'name')).toMatch(new RegExp(`^checkout-${hash}-[a-z0-9]{5}$`))
      expect(at(pod, 'metadata', 'ownerReferences', 0)).toMatchObject({
        kind: 'ReplicaSet',
        name: `checkout-${hash}`
      })
      expect(at(pod, 'status', 'phase')).toBe('Running')
      expect(at(pod, 'spec', 'nodeName')).toMatch(/^sim-node-\d$/)
      expect(at(pod, 'status', 'containerStatuses', 0, 'ready')).toBe(true)
    }
    const deployment = cluster.objects.get({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: DEMO.namespace,
      name: 'checkout'
    })
    expect(at(deployment, 'status')).toMatchObject({
      replicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      updatedReplicas: 3
    })
    expect(
      (at(deployment, 'status', 'conditions') as { type: string }[]).map((c) => c.type)
    ).toEqual(['Available', 'Progressing'])
  })

  it('replaces a deleted pod under a new name, like the ReplicaSet controller', async () => {
    const victim = str(at(checkoutPods(cluster)[0], 'metadata', 'name'))
    const reply = await call(
      cluster,
      'DELETE',
      `/api/v1/namespaces/${DEMO.namespace}/pods/${victim}`
    )
    expect(at(reply.body, 'metadata', 'deletionTimestamp')).toEqual(expect.any(String))
    expect(at(reply.body, 'metadata', 'deletionGracePeriodSeconds')).toBe(30)
    await cluster.objects.waitFor(POD(victim), (p) => p === undefined)
    await eventually(() => readyCount(cluster) === 3, 3000, 'a replacement pod')
    expect(checkoutPods(cluster).map((p) => at(p, 'metadata', 'name'))).not.toContain(victim)
  })

  it('scales through the /scale subresource', async () => {
    const base = `/apis/apps/v1/namespaces/${DEMO.namespace}/deployments/checkout/scale`
    const scale = await call(cluster, 'GET', base)
    expect(scale.body).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 3 },
      status: { selector: 'app=checkout' }
    })
    await call(cluster, 'PATCH', base, {
      contentType: 'application/merge-patch+json',
      body: { spec: { replicas: 5 } }
    })
    await eventually(() => readyCount(cluster) === 5, 3000, 'five ready pods')
    await call(cluster, 'PATCH', base, {
      contentType: 'application/merge-patch+json',
      body: { spec: { replicas: 3 } }
    })
    await eventually(() => checkoutPods(cluster).length === 3, 3000, 'scale down to three')
  })

  it('rolls a template change out to a new ReplicaSet and scales the old one to zero', async () => {
    await call(
      cluster,
      'PATCH',
      `/apis/apps/v1/namespaces/${DEMO.namespace}/deployments/checkout`,
      {
        contentType: 'application/strategic-merge-patch+json',
        body: {
          spec: { template: { spec: { containers: [{ name: 'checkout', image: 'nginx:1.28' }] } } }
        }
      }
    )
    await eventually(
      () => {
        const sets = cluster.objects.list('apps/v1', 'ReplicaSet', { namespace: DEMO.namespace })
        const updated = checkoutPods(cluster).every(
          (p) => at(p, 'spec', 'containers', 0, 'image') === 'nginx:1.28'
        )
        return (
          sets.length === 2 &&
          sets.some((rs) => at(rs, 'spec', 'replicas') === 0) &&
          updated &&
          readyCount(cluster) === 3
        )
      },
      3000,
      'a rollout'
    )
  })

  it('refuses a pod whose ServiceAccount does not exist (ServiceAccount admission)', async () => {
    const reply = await call(cluster, 'POST', `/api/v1/namespaces/${DEMO.namespace}/pods`, {
      body: {
        metadata: { name: 'runner' },
        spec: { serviceAccountName: 'missing', containers: [{ name: 'c', image: 'busybox' }] }
      }
    })
    expect(reply.status).toBe(403)
    expect(reply.body['message']).toBe(
      'pods "runner" is forbidden: error looking up service account staging/missing: serviceaccount "missing" not found'
    )
  })

  it('validates built-in objects: containers, selector matching the template', async () => {
    const pod = await call(cluster, 'POST', `/api/v1/namespaces/${DEMO.namespace}/pods`, {
      body: { metadata: { name: 'empty' }, spec: {} }
    })
    expect(pod.status).toBe(422)
    expect(pod.body['message']).toBe('Pod "empty" is invalid: spec.containers: Required value')
    const deploy = await call(
      cluster,
      'POST',
      `/apis/apps/v1/namespaces/${DEMO.namespace}/deployments`,
      {
        body: {
          metadata: { name: 'mismatch' },
          spec: {
            selector: { matchLabels: { app: 'a' } },
            template: {
              metadata: { labels: { app: 'b' } },
              spec: { containers: [{ name: 'c', image: 'i' }] }
            }
          }
        }
      }
    )
    expect(deploy.status).toBe(422)
    expect(at(deploy.body, 'details', 'causes', 0)).toEqual({
      reason: 'FieldValueInvalid',
      message:
        'Invalid value: map[string]string{"app":"b"}: `selector` does not match template `labels`',
      field: 'spec.template.metadata.labels'
    })
  })

  it('deleting the Deployment removes its ReplicaSets and pods', async () => {
    await call(cluster, 'DELETE', `/apis/apps/v1/namespaces/${DEMO.namespace}/deployments/checkout`)
    await eventually(
      () =>
        cluster.objects.list('v1', 'Pod', {
          namespace: DEMO.namespace,
          labelSelector: DEMO.appLabel
        }).length === 0,
      3000,
      'pods gone'
    )
    expect(cluster.objects.list('apps/v1', 'ReplicaSet', { namespace: DEMO.namespace })).toEqual([])
  })
})
