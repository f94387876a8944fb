import type { SimCluster } from '../src/sim-cluster'
import { at, call, eventually, startFast } from './harness'

const VS = '/apis/networking.istio.io/v1/namespaces/default/virtualservices'
const CM = '/api/v1/namespaces/default/configmaps'

function vs(name: string, finalizers: string[] = []) {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name, finalizers },
    spec: {}
  }
}

describe('simulated cluster: finalizers, deletion and garbage collection', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast()
  })
  afterAll(() => cluster.close())

  it('keeps an object with finalizers, stamped with deletionTimestamp, until the last one goes', async () => {
    await call(cluster, 'POST', VS, { body: vs('held', ['example.com/a', 'example.com/b']) })
    const deleted = await call(cluster, 'DELETE', `${VS}/held`)
    expect(deleted.status).toBe(200)
    expect(at(deleted.body, 'metadata', 'deletionTimestamp')).toEqual(expect.any(String))
    expect(at(deleted.body, 'metadata', 'deletionGracePeriodSeconds')).toBe(0)
    const again = await call(cluster, 'DELETE', `${VS}/held`)
    expect(again.status).toBe(200)
    const one = await call(cluster, 'PATCH', `${VS}/held`, {
      contentType: 'application/json-patch+json',
      body: [{ op: 'remove', path: '/metadata/finalizers/0' }]
    })
    expect(at(one.body, 'metadata', 'finalizers')).toEqual(['example.com/b'])
    const added = await call(cluster, 'PATCH', `${VS}/held`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { finalizers: ['example.com/b', 'example.com/new'] } }
    })
    expect(added.status).toBe(422)
    expect(at(added.body, 'details', 'causes', 0, 'message')).toContain(
      'no new finalizers can be added if the object is being deleted'
    )
    const last = await call(cluster, 'PATCH', `${VS}/held`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { finalizers: null } }
    })
    expect(last.status).toBe(200)
    expect((await call(cluster, 'GET', `${VS}/held`)).status).toBe(404)
  })

  it('deletes dependents in the background when their owner goes', async () => {
    const owner = await call(cluster, 'POST', CM, { body: { metadata: { name: 'owner-bg' } } })
    const ref = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'owner-bg',
      uid: at(owner.body, 'metadata', 'uid')
    }
    await call(cluster, 'POST', CM, {
      body: { metadata: { name: 'dep-bg', ownerReferences: [ref] } }
    })
    await call(cluster, 'DELETE', `${CM}/owner-bg`)
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'dep-bg' },
      (o) => o === undefined
    )
  })

  it('orphans dependents with propagationPolicy=Orphan', async () => {
    const owner = await call(cluster, 'POST', CM, { body: { metadata: { name: 'owner-or' } } })
    const ref = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'owner-or',
      uid: at(owner.body, 'metadata', 'uid')
    }
    await call(cluster, 'POST', CM, {
      body: { metadata: { name: 'dep-or', ownerReferences: [ref] } }
    })
    const reply = await call(cluster, 'DELETE', `${CM}/owner-or?propagationPolicy=Orphan`)
    expect(at(reply.body, 'metadata', 'finalizers')).toEqual(['orphan'])
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'owner-or' },
      (o) => o === undefined
    )
    const dependent = cluster.objects.get({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'default',
      name: 'dep-or'
    })
    expect(at(dependent, 'metadata', 'ownerReferences')).toEqual([])
  })

  it('holds the owner until dependents are gone with propagationPolicy=Foreground', async () => {
    const owner = await call(cluster, 'POST', CM, { body: { metadata: { name: 'owner-fg' } } })
    const ref = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'owner-fg',
      uid: at(owner.body, 'metadata', 'uid'),
      blockOwnerDeletion: true
    }
    await call(cluster, 'POST', CM, {
      body: {
        metadata: { name: 'dep-fg', ownerReferences: [ref], finalizers: ['example.com/slow'] }
      }
    })
    const reply = await call(cluster, 'DELETE', `${CM}/owner-fg`, {
      body: { propagationPolicy: 'Foreground' }
    })
    expect(at(reply.body, 'metadata', 'finalizers')).toEqual(['foregroundDeletion'])
    await eventually(() =>
      at(
        cluster.objects.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'dep-fg'
        }),
        'metadata',
        'deletionTimestamp'
      )
    )
    expect(
      cluster.objects.get({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'default',
        name: 'owner-fg'
      })
    ).toBeDefined()
    await call(cluster, 'PATCH', `${CM}/dep-fg`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { finalizers: null } }
    })
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'owner-fg' },
      (o) => o === undefined
    )
  })

  it('terminates a namespace after its content, and keeps it Terminating while a finalizer holds', async () => {
    await call(cluster, 'POST', '/api/v1/namespaces', { body: { metadata: { name: 'doomed' } } })
    await call(cluster, 'POST', '/apis/networking.istio.io/v1/namespaces/doomed/virtualservices', {
      body: vs('stuck', ['example.com/never'])
    })
    const reply = await call(cluster, 'DELETE', '/api/v1/namespaces/doomed')
    expect(at(reply.body, 'status', 'phase')).toBe('Terminating')
    const refused = await call(cluster, 'POST', '/api/v1/namespaces/doomed/configmaps', {
      body: { metadata: { name: 'late' } }
    })
    expect(refused.status).toBe(403)
    expect(refused.body['message']).toBe(
      'configmaps "late" is forbidden: unable to create new content in namespace doomed because it is being terminated'
    )
    await eventually(() =>
      at(
        cluster.objects.get({
          apiVersion: 'networking.istio.io/v1',
          kind: 'VirtualService',
          namespace: 'doomed',
          name: 'stuck'
        }),
        'metadata',
        'deletionTimestamp'
      )
    )
    expect(
      cluster.objects.get({ apiVersion: 'v1', kind: 'Namespace', name: 'doomed' })
    ).toBeDefined()
    await call(
      cluster,
      'PATCH',
      '/apis/networking.istio.io/v1/namespaces/doomed/virtualservices/stuck',
      {
        contentType: 'application/merge-patch+json',
        body: { metadata: { finalizers: null } }
      }
    )
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'Namespace', name: 'doomed' },
      (o) => o === undefined
    )
  })

  it('gives every namespace a default ServiceAccount', async () => {
    await call(cluster, 'POST', '/api/v1/namespaces', { body: { metadata: { name: 'fresh' } } })
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'ServiceAccount', namespace: 'fresh', name: 'default' },
      (o) => o !== undefined
    )
  })
})
