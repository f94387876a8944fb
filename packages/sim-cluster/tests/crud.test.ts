import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str } from './harness'

const PODCHAOS = '/apis/chaos-mesh.org/v1alpha1/namespaces/default/podchaos'

function podChaos(name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'chaos-mesh.org/v1alpha1',
    kind: 'PodChaos',
    metadata: { name, ...extra },
    spec: {
      action: 'pod-failure',
      mode: 'one',
      selector: { labelSelectors: { app: 'none' } },
      duration: '30s'
    }
  }
}

describe('simulated cluster: CRUD and error Statuses', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast({ operators: { chaosMesh: false, litmus: false } })
  })
  afterAll(() => cluster.close())

  it('creates with uid, creationTimestamp, generation 1 and a resourceVersion, and 201', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('crud-a') })
    expect(created.status).toBe(201)
    expect(at(created.body, 'metadata')).toMatchObject({
      name: 'crud-a',
      namespace: 'default',
      generation: 1
    })
    expect(str(at(created.body, 'metadata', 'uid'))).toMatch(/^[0-9a-f-]{36}$/)
    expect(str(at(created.body, 'metadata', 'creationTimestamp'))).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
    )
    expect(str(at(created.body, 'metadata', 'resourceVersion'))).toMatch(/^\d+$/)
    const got = await call(cluster, 'GET', `${PODCHAOS}/crud-a`)
    expect(got.body).toEqual(created.body)
  })

  it('names from generateName with five random characters', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos('', { generateName: 'gen-' })
    })
    expect(at(created.body, 'metadata', 'name')).toMatch(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
  })

  it('keeps one global resourceVersion that only grows, on objects and lists', async () => {
    const a = await call(cluster, 'POST', PODCHAOS, { body: podChaos('rv-a') })
    const b = await call(cluster, 'POST', '/api/v1/namespaces/default/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'rv-b' }, data: { k: 'v' } }
    })
    const rvA = Number(at(a.body, 'metadata', 'resourceVersion'))
    const rvB = Number(at(b.body, 'metadata', 'resourceVersion'))
    expect(rvB).toBeGreaterThan(rvA)
    const list = await call(cluster, 'GET', PODCHAOS)
    expect(list.body).toMatchObject({ kind: 'PodChaosList', apiVersion: 'chaos-mesh.org/v1alpha1' })
    expect(Number(at(list.body, 'metadata', 'resourceVersion'))).toBeGreaterThanOrEqual(rvB)
  })

  it('404 NotFound names the qualified resource', async () => {
    const reply = await call(cluster, 'GET', `${PODCHAOS}/missing`)
    expect(reply.status).toBe(404)
    expect(reply.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'podchaos.chaos-mesh.org "missing" not found',
      reason: 'NotFound',
      details: { name: 'missing', group: 'chaos-mesh.org', kind: 'podchaos' },
      code: 404
    })
    const pod = await call(cluster, 'GET', '/api/v1/namespaces/default/pods/nope')
    expect(pod.body['message']).toBe('pods "nope" not found')
    expect(at(pod.body, 'details')).toEqual({ name: 'nope', kind: 'pods' })
  })

  it('404 for a namespace that does not exist', async () => {
    const reply = await call(
      cluster,
      'POST',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/ghost/podchaos',
      { body: podChaos('x') }
    )
    expect(reply.status).toBe(404)
    expect(reply.body['message']).toBe('namespaces "ghost" not found')
  })

  it('409 AlreadyExists on a duplicate name', async () => {
    await call(cluster, 'POST', PODCHAOS, { body: podChaos('dup') })
    const reply = await call(cluster, 'POST', PODCHAOS, { body: podChaos('dup') })
    expect(reply.status).toBe(409)
    expect(reply.body).toMatchObject({
      reason: 'AlreadyExists',
      message: 'podchaos.chaos-mesh.org "dup" already exists'
    })
  })

  it('409 Conflict on an update with a stale resourceVersion, and 422 without one (CRs)', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('occ') })
    const obj = created.body
    const first = await call(cluster, 'PUT', `${PODCHAOS}/occ`, {
      body: { ...obj, metadata: { ...(obj['metadata'] as object), labels: { a: '1' } } }
    })
    expect(first.status).toBe(200)
    const stale = await call(cluster, 'PUT', `${PODCHAOS}/occ`, {
      body: { ...obj, metadata: { ...(obj['metadata'] as object), labels: { a: '2' } } }
    })
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on podchaos.chaos-mesh.org "occ": the object has been modified; please apply your changes to the latest version and try again'
    })
    const meta = { ...(obj['metadata'] as Record<string, unknown>) }
    delete meta['resourceVersion']
    const unconditional = await call(cluster, 'PUT', `${PODCHAOS}/occ`, {
      body: { ...obj, metadata: meta }
    })
    expect(unconditional.status).toBe(422)
    expect(unconditional.body['message']).toBe(
      'PodChaos.chaos-mesh.org "occ" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update'
    )
  })

  it('does not bump resourceVersion or generation on a no-op update', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('noop') })
    const same = await call(cluster, 'PUT', `${PODCHAOS}/noop`, { body: created.body })
    expect(at(same.body, 'metadata', 'resourceVersion')).toBe(
      at(created.body, 'metadata', 'resourceVersion')
    )
  })

  it('bumps generation on any non-metadata change of a CR without a status subresource', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('gen') })
    const withStatus = await call(cluster, 'PUT', `${PODCHAOS}/gen`, {
      body: { ...created.body, status: { experiment: {} } }
    })
    expect(at(withStatus.body, 'metadata', 'generation')).toBe(2)
    const labelled = await call(cluster, 'PUT', `${PODCHAOS}/gen`, {
      body: {
        ...withStatus.body,
        metadata: { ...(withStatus.body['metadata'] as object), labels: { x: 'y' } }
      }
    })
    expect(at(labelled.body, 'metadata', 'generation')).toBe(2)
  })

  it('400 when the body and the URL disagree', async () => {
    const ns = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos('ns-x', { namespace: 'kube-system' })
    })
    expect(ns.status).toBe(400)
    expect(ns.body['message']).toBe(
      'the namespace of the provided object does not match the namespace sent on the request'
    )
    const kind = await call(cluster, 'POST', PODCHAOS, {
      body: { ...podChaos('k'), kind: 'NetworkChaos' }
    })
    expect(kind.status).toBe(400)
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('n-x') })
    const renamed = await call(cluster, 'PUT', `${PODCHAOS}/n-x`, {
      body: { ...created.body, metadata: { ...(created.body['metadata'] as object), name: 'n-y' } }
    })
    expect(renamed.body['message']).toBe(
      'the name of the object (n-y) does not match the name on the URL (n-x)'
    )
    const garbage = await call(cluster, 'POST', PODCHAOS, { body: '{not json' })
    expect(garbage.status).toBe(400)
  })

  it('422 Invalid for a bad name with the DNS-1123 message', async () => {
    const reply = await call(cluster, 'POST', PODCHAOS, { body: podChaos('Bad_Name') })
    expect(reply.status).toBe(422)
    expect(at(reply.body, 'details', 'causes', 0)).toMatchObject({
      reason: 'FieldValueInvalid',
      field: 'metadata.name'
    })
    expect(str(at(reply.body, 'details', 'causes', 0, 'message'))).toContain(
      'a lowercase RFC 1123 subdomain must consist of'
    )
  })

  it('422 for a label value that is not a valid label', async () => {
    const reply = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos('lbl', { labels: { 'chaos-gate.dev/run-id': 'has space' } })
    })
    expect(reply.status).toBe(422)
    expect(at(reply.body, 'details', 'causes', 0, 'field')).toBe('metadata.labels')
  })

  it('401 without a valid bearer token', async () => {
    for (const token of [null, 'wrong']) {
      const reply = await call(cluster, 'GET', PODCHAOS, { token })
      expect(reply.status).toBe(401)
      expect(reply.body).toMatchObject({
        reason: 'Unauthorized',
        message: 'Unauthorized',
        code: 401
      })
    }
  })

  it('415 for a strategic merge patch of a custom resource', async () => {
    await call(cluster, 'POST', PODCHAOS, { body: podChaos('smp') })
    const reply = await call(cluster, 'PATCH', `${PODCHAOS}/smp`, {
      body: { metadata: { labels: { a: 'b' } } },
      contentType: 'application/strategic-merge-patch+json'
    })
    expect(reply.status).toBe(415)
    expect(reply.body['reason']).toBe('UnsupportedMediaType')
  })

  it('delete answers a Status for CRs and the object for pods', async () => {
    const created = await call(cluster, 'POST', PODCHAOS, { body: podChaos('del') })
    const reply = await call(cluster, 'DELETE', `${PODCHAOS}/del`)
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: {
        name: 'del',
        group: 'chaos-mesh.org',
        kind: 'podchaos',
        uid: at(created.body, 'metadata', 'uid')
      }
    })
    expect((await call(cluster, 'DELETE', `${PODCHAOS}/del`)).status).toBe(404)
    const sa = await call(cluster, 'POST', '/api/v1/namespaces/default/serviceaccounts', {
      body: { metadata: { name: 'sa-del' } }
    })
    expect(sa.status).toBe(201)
    const deleted = await call(
      cluster,
      'DELETE',
      '/api/v1/namespaces/default/serviceaccounts/sa-del'
    )
    expect(deleted.body).toMatchObject({ kind: 'ServiceAccount', metadata: { name: 'sa-del' } })
  })

  it('409 when a delete precondition fails', async () => {
    await call(cluster, 'POST', PODCHAOS, { body: podChaos('pre') })
    const reply = await call(cluster, 'DELETE', `${PODCHAOS}/pre`, {
      body: { kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid: 'not-it' } }
    })
    expect(reply.status).toBe(409)
    expect(str(reply.body['message'])).toContain('Precondition failed: UID in precondition: not-it')
  })

  it('deletecollection by label selector returns the deleted items', async () => {
    for (const name of ['dc-1', 'dc-2', 'dc-keep']) {
      const labels = name === 'dc-keep' ? { keep: 'yes' } : { run: 'r1' }
      await call(cluster, 'POST', PODCHAOS, { body: podChaos(name, { labels }) })
    }
    const reply = await call(cluster, 'DELETE', `${PODCHAOS}?labelSelector=run%3Dr1`)
    expect(reply.status).toBe(200)
    expect((at(reply.body, 'items') as unknown[]).length).toBe(2)
    const left = await call(cluster, 'GET', `${PODCHAOS}?labelSelector=run%3Dr1`)
    expect(at(left.body, 'items')).toEqual([])
  })

  it('answers Accept: as=Table with a meta.k8s.io Table using the CRD printer columns', async () => {
    await call(cluster, 'POST', '/apis/chaos-mesh.org/v1alpha1/namespaces/default/networkchaos', {
      body: {
        apiVersion: 'chaos-mesh.org/v1alpha1',
        kind: 'NetworkChaos',
        metadata: { name: 'tbl' },
        spec: {
          action: 'delay',
          mode: 'all',
          selector: {},
          delay: { latency: '1ms' },
          duration: '30s'
        }
      }
    })
    const reply = await call(
      cluster,
      'GET',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/default/networkchaos',
      {
        accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json'
      }
    )
    expect(reply.body).toMatchObject({ kind: 'Table', apiVersion: 'meta.k8s.io/v1' })
    expect((at(reply.body, 'columnDefinitions') as { name: string }[]).map((c) => c.name)).toEqual([
      'Name',
      'action',
      'duration',
      'Age'
    ])
    expect(at(reply.body, 'rows', 0, 'cells')).toEqual([
      'tbl',
      'delay',
      '30s',
      expect.stringMatching(/^\d+s$/)
    ])
    expect(at(reply.body, 'rows', 0, 'object', 'kind')).toBe('PartialObjectMetadata')
  })

  it('serves a CR at every served version with the matching apiVersion', async () => {
    const created = await call(
      cluster,
      'POST',
      '/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices',
      {
        body: {
          apiVersion: 'networking.istio.io/v1beta1',
          kind: 'VirtualService',
          metadata: { name: 'vs' },
          spec: { hosts: ['checkout'] }
        }
      }
    )
    expect(created.body['apiVersion']).toBe('networking.istio.io/v1beta1')
    const v1 = await call(
      cluster,
      'GET',
      '/apis/networking.istio.io/v1/namespaces/default/virtualservices/vs'
    )
    expect(v1.body['apiVersion']).toBe('networking.istio.io/v1')
    expect(at(v1.body, 'spec', 'hosts')).toEqual(['checkout'])
    const mismatch = await call(
      cluster,
      'POST',
      '/apis/networking.istio.io/v1/namespaces/default/virtualservices',
      {
        body: {
          apiVersion: 'networking.istio.io/v1alpha3',
          kind: 'VirtualService',
          metadata: { name: 'vs2' }
        }
      }
    )
    expect(mismatch.status).toBe(400)
    expect(mismatch.body['message']).toBe(
      'the API version in the data (networking.istio.io/v1alpha3) does not match the expected API version (networking.istio.io/v1)'
    )
  })

  it('ignores status on the main resource and writes it through /status when the CRD has that subresource', async () => {
    const base = '/apis/networking.istio.io/v1/namespaces/default/virtualservices'
    const created = await call(cluster, 'POST', base, {
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'st' },
        spec: {},
        status: { a: 1 }
      }
    })
    expect(created.body['status']).toBeUndefined()
    const status = await call(cluster, 'PUT', `${base}/st/status`, {
      body: { ...created.body, status: { observedGeneration: 1 } }
    })
    expect(status.status).toBe(200)
    expect(at(status.body, 'status', 'observedGeneration')).toBe(1)
    expect(at(status.body, 'metadata', 'generation')).toBe(1)
  })
})
