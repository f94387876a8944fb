import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str } from './harness'

describe('simulated cluster: discovery', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast()
  })
  afterAll(() => cluster.close())

  it('reports a version (without credentials) and the core group', async () => {
    const version = await call(cluster, 'GET', '/version', { token: null })
    expect(version.status).toBe(200)
    expect(version.body['gitVersion']).toMatch(/^v1\.32\./)
    const api = await call(cluster, 'GET', '/api')
    expect(api.body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] })
  })

  it('answers an aggregated-discovery Accept with plain JSON so clients fall back', async () => {
    const accept =
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json'
    const groups = await call(cluster, 'GET', '/apis', { accept })
    expect(groups.headers['content-type']).toBe('application/json')
    expect(groups.body['kind']).toBe('APIGroupList')
    const names = (at(groups.body, 'groups') as { name: string }[]).map((g) => g.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'apps',
        'litmuschaos.io',
        'chaos-mesh.org',
        'networking.istio.io',
        'apiextensions.k8s.io',
        'authorization.k8s.io'
      ])
    )
    expect(names).not.toContain('')
  })

  it('lists resources with verbs, scope, kind, short names and subresources', async () => {
    const core = await call(cluster, 'GET', '/api/v1')
    expect(core.body).toMatchObject({ kind: 'APIResourceList', groupVersion: 'v1' })
    const pods = (at(core.body, 'resources') as { name: string }[]).find((r) => r.name === 'pods')
    expect(pods).toMatchObject({ namespaced: true, kind: 'Pod', shortNames: ['po'] })
    const apps = await call(cluster, 'GET', '/apis/apps/v1')
    const scale = (at(apps.body, 'resources') as { name: string }[]).find(
      (r) => r.name === 'deployments/scale'
    )
    expect(scale).toMatchObject({ kind: 'Scale', group: 'autoscaling', version: 'v1' })
    const mesh = await call(cluster, 'GET', '/apis/chaos-mesh.org/v1alpha1')
    const podchaos = (at(mesh.body, 'resources') as { name: string }[]).find(
      (r) => r.name === 'podchaos'
    )
    expect(podchaos).toMatchObject({ kind: 'PodChaos', namespaced: true, singularName: 'podchaos' })
    expect((podchaos as unknown as { verbs: string[] }).verbs).toEqual(
      expect.arrayContaining(['create', 'watch', 'patch'])
    )
  })

  it('serves Istio VirtualService at v1, v1beta1 and v1alpha3, preferring v1', async () => {
    const group = await call(cluster, 'GET', '/apis/networking.istio.io')
    expect(at(group.body, 'preferredVersion', 'version')).toBe('v1')
    expect((at(group.body, 'versions') as { version: string }[]).map((v) => v.version)).toEqual([
      'v1',
      'v1beta1',
      'v1alpha3'
    ])
  })

  it('serves the installed CustomResourceDefinitions, read-only', async () => {
    const crds = await call(
      cluster,
      'GET',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions'
    )
    const names = (at(crds.body, 'items') as { metadata: { name: string } }[]).map(
      (c) => c.metadata.name
    )
    expect(names).toHaveLength(4 + 23 + 1)
    expect(names).toContain('chaosengines.litmuschaos.io')
    const one = await call(
      cluster,
      'GET',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/podchaos.chaos-mesh.org'
    )
    expect(at(one.body, 'status', 'conditions', 1)).toMatchObject({
      type: 'Established',
      status: 'True'
    })
    const write = await call(
      cluster,
      'POST',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      { body: { metadata: { name: 'x' } } }
    )
    expect(write.status).toBe(405)
    expect(write.body['reason']).toBe('MethodNotAllowed')
  })

  it('answers unknown paths and groups with the NotFound Status', async () => {
    for (const path of [
      '/apis/nope.example.com/v1',
      '/apis/apps/v9',
      '/nope',
      '/apis/apps/v1/widgets'
    ]) {
      const reply = await call(cluster, 'GET', path)
      expect(reply.status).toBe(404)
      expect(reply.body).toMatchObject({
        kind: 'Status',
        status: 'Failure',
        reason: 'NotFound',
        message: 'the server could not find the requested resource'
      })
    }
  })

  it('publishes OpenAPI v3 documents whose PATCH operations take fieldValidation', async () => {
    const root = await call(cluster, 'GET', '/openapi/v3')
    const url = at(root.body, 'paths', 'apis/chaos-mesh.org/v1alpha1', 'serverRelativeURL')
    expect(typeof url).toBe('string')
    const doc = await call(cluster, 'GET', str(url))
    const patch = at(
      doc.body,
      'paths',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/{namespace}/podchaos/{name}',
      'patch'
    )
    expect(at(patch, 'x-kubernetes-group-version-kind')).toEqual({
      group: 'chaos-mesh.org',
      version: 'v1alpha1',
      kind: 'PodChaos'
    })
    expect((at(patch, 'parameters') as { name: string }[]).map((p) => p.name)).toContain(
      'fieldValidation'
    )
  })

  it('can leave Litmus (or any CRD group) uninstalled', async () => {
    const bare = await startFast({ crdGroups: ['chaos-mesh.org'] })
    try {
      const groups = await call(bare, 'GET', '/apis')
      const names = (at(groups.body, 'groups') as { name: string }[]).map((g) => g.name)
      expect(names).not.toContain('litmuschaos.io')
      expect((await call(bare, 'GET', '/apis/litmuschaos.io/v1alpha1')).status).toBe(404)
    } finally {
      await bare.close()
    }
  })
})
