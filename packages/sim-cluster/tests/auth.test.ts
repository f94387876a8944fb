import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast } from './harness'

const RUNNER = 'system:serviceaccount:ci:runner'

function review(attributes: Record<string, string>) {
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: attributes }
  }
}

describe('simulated cluster: authorization', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast({
      users: [
        {
          token: 'runner-token',
          name: RUNNER,
          rules: [
            {
              verbs: ['get', 'list', 'watch', 'create'],
              apiGroups: ['chaos-mesh.org'],
              resources: ['podchaos'],
              namespaces: ['staging']
            },
            { verbs: ['get'], apiGroups: [''], resources: ['namespaces'] }
          ]
        },
        { token: 'admin-token', name: 'admin', rules: 'allow-all' }
      ]
    })
    await call(cluster, 'POST', '/api/v1/namespaces', {
      body: { metadata: { name: 'staging' } },
      token: 'admin-token'
    })
  })
  afterAll(() => cluster.close())

  const ssar = (attributes: Record<string, string>) =>
    call(cluster, 'POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
      body: review(attributes),
      token: 'runner-token'
    })

  it('answers SelfSubjectAccessReviews from the rules', async () => {
    const allowed = await ssar({
      namespace: 'staging',
      verb: 'create',
      group: 'chaos-mesh.org',
      resource: 'podchaos'
    })
    expect(allowed.status).toBe(201)
    expect(allowed.body).toMatchObject({
      kind: 'SelfSubjectAccessReview',
      status: { allowed: true }
    })
    const denied = await ssar({
      namespace: 'staging',
      verb: 'delete',
      group: 'chaos-mesh.org',
      resource: 'podchaos'
    })
    expect(at(denied.body, 'status', 'allowed')).toBe(false)
    const otherNs = await ssar({
      namespace: 'prod',
      verb: 'create',
      group: 'chaos-mesh.org',
      resource: 'podchaos'
    })
    expect(at(otherNs.body, 'status', 'allowed')).toBe(false)
    const invalid = await call(
      cluster,
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      { body: { spec: {} }, token: 'runner-token' }
    )
    expect(invalid.status).toBe(422)
  })

  it('enforces the same rules with the RBAC 403 message', async () => {
    const create = await call(
      cluster,
      'POST',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/staging/podchaos',
      {
        token: 'runner-token',
        body: {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'PodChaos',
          metadata: { name: 'ok' },
          spec: { action: 'pod-kill', mode: 'one', selector: {} }
        }
      }
    )
    expect(create.status).toBe(201)
    const del = await call(
      cluster,
      'DELETE',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/staging/podchaos/ok',
      { token: 'runner-token' }
    )
    expect(del.status).toBe(403)
    expect(del.body).toMatchObject({
      reason: 'Forbidden',
      code: 403,
      message: `podchaos.chaos-mesh.org "ok" is forbidden: User "${RUNNER}" cannot delete resource "podchaos" in API group "chaos-mesh.org" in the namespace "staging"`,
      details: { name: 'ok', group: 'chaos-mesh.org', kind: 'podchaos' }
    })
    const list = await call(
      cluster,
      'GET',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/prod/networkchaos',
      { token: 'runner-token' }
    )
    expect(list.body['message']).toBe(
      `networkchaos.chaos-mesh.org is forbidden: User "${RUNNER}" cannot list resource "networkchaos" in API group "chaos-mesh.org" in the namespace "prod"`
    )
    const cluster_ = await call(cluster, 'GET', '/api/v1/nodes', { token: 'runner-token' })
    expect(cluster_.body['message']).toBe(
      `nodes is forbidden: User "${RUNNER}" cannot list resource "nodes" in API group "" at the cluster scope`
    )
  })

  it('changes permissions at run time', async () => {
    cluster.auth.setRules([{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }], RUNNER)
    const del = await call(
      cluster,
      'DELETE',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/staging/podchaos/ok',
      { token: 'runner-token' }
    )
    expect(del.status).toBe(200)
    cluster.auth.setRules([], RUNNER)
    const get = await call(cluster, 'GET', '/api/v1/namespaces/staging', { token: 'runner-token' })
    expect(get.status).toBe(403)
  })
})
