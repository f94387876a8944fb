import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast } from './harness'

const VS = '/apis/networking.istio.io/v1/namespaces/default/virtualservices'
const DEPLOY = '/apis/apps/v1/namespaces/default/deployments'

describe('simulated cluster: patch types and dry-run', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast()
    await call(cluster, 'POST', VS, {
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'ratings', labels: { keep: 'me', drop: 'me' } },
        spec: { hosts: ['ratings'], http: [{ route: [{ destination: { host: 'ratings' } }] }] }
      }
    })
  })
  afterAll(() => cluster.close())

  it('merge patch: objects merge, null deletes, lists replace', async () => {
    const reply = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'application/merge-patch+json',
      body: {
        metadata: { labels: { drop: null, added: 'yes' } },
        spec: { hosts: ['ratings', 'ratings.staging'] }
      }
    })
    expect(reply.status).toBe(200)
    expect(at(reply.body, 'metadata', 'labels')).toEqual({ keep: 'me', added: 'yes' })
    expect(at(reply.body, 'spec', 'hosts')).toEqual(['ratings', 'ratings.staging'])
    expect(at(reply.body, 'spec', 'http', 0, 'route', 0, 'destination', 'host')).toBe('ratings')
  })

  it('JSON patch: add, replace, remove, and a failed test is a 422', async () => {
    const ok = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'application/json-patch+json',
      body: [
        { op: 'test', path: '/spec/hosts/0', value: 'ratings' },
        {
          op: 'add',
          path: '/spec/http/0/fault',
          value: { delay: { fixedDelay: '7s', percentage: { value: 100 } } }
        },
        { op: 'replace', path: '/metadata/labels/keep', value: 'replaced' },
        { op: 'remove', path: '/metadata/labels/added' }
      ]
    })
    expect(ok.status).toBe(200)
    expect(at(ok.body, 'spec', 'http', 0, 'fault', 'delay', 'fixedDelay')).toBe('7s')
    expect(at(ok.body, 'metadata', 'labels')).toEqual({ keep: 'replaced' })
    const failed = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'application/json-patch+json',
      body: [{ op: 'test', path: '/spec/hosts/0', value: 'nope' }]
    })
    expect(failed.status).toBe(422)
    expect(failed.body['message']).toBe('testing value /spec/hosts/0 failed: test failed')
    const missing = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'application/json-patch+json',
      body: [{ op: 'remove', path: '/spec/nothing' }]
    })
    expect(missing.status).toBe(422)
  })

  it('patch of a missing object is a 404, an unknown content type a 415', async () => {
    const missing = await call(cluster, 'PATCH', `${VS}/ghost`, {
      contentType: 'application/merge-patch+json',
      body: {}
    })
    expect(missing.status).toBe(404)
    const unknown = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'text/plain',
      body: 'x'
    })
    expect(unknown.status).toBe(415)
  })

  it('a patch carrying a stale resourceVersion conflicts', async () => {
    const reply = await call(cluster, 'PATCH', `${VS}/ratings`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { resourceVersion: '1' }, spec: { hosts: ['x'] } }
    })
    expect(reply.status).toBe(409)
    expect(reply.body['reason']).toBe('Conflict')
  })

  it('strategic merge patch merges containers by name on built-in kinds', async () => {
    await call(cluster, 'POST', DEPLOY, {
      body: {
        metadata: { name: 'smp' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'smp' } },
          template: {
            metadata: { labels: { app: 'smp' } },
            spec: {
              containers: [
                { name: 'app', image: 'nginx:1.26' },
                { name: 'sidecar', image: 'envoy:1' }
              ]
            }
          }
        }
      }
    })
    const reply = await call(cluster, 'PATCH', `${DEPLOY}/smp`, {
      contentType: 'application/strategic-merge-patch+json',
      body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } } }
    })
    expect(reply.status).toBe(200)
    const containers = at(reply.body, 'spec', 'template', 'spec', 'containers') as {
      name: string
      image: string
    }[]
    expect(containers.map((c) => `${c.name}=${c.image}`)).toEqual([
      'app=nginx:1.27',
      'sidecar=envoy:1'
    ])
    expect(at(reply.body, 'metadata', 'generation')).toBe(2)
  })

  it('server-side apply needs a fieldManager, creates when missing and merges otherwise', async () => {
    const yaml =
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: applied\nspec:\n  hosts: [a]\n'
    const noManager = await call(cluster, 'PATCH', `${VS}/applied`, {
      contentType: 'application/apply-patch+yaml',
      body: yaml
    })
    expect(noManager.status).toBe(400)
    const created = await call(cluster, 'PATCH', `${VS}/applied?fieldManager=test`, {
      contentType: 'application/apply-patch+yaml',
      body: yaml
    })
    expect(created.status).toBe(201)
    const again = await call(cluster, 'PATCH', `${VS}/applied?fieldManager=test`, {
      contentType: 'application/apply-patch+yaml',
      body: yaml.replace('[a]', '[a, b]')
    })
    expect(again.status).toBe(200)
    expect(at(again.body, 'spec', 'hosts')).toEqual(['a', 'b'])
  })

  it('dryRun=All validates and answers without persisting, on create, patch and delete', async () => {
    const before = at(
      (await call(cluster, 'GET', `${VS}/ratings`)).body,
      'metadata',
      'resourceVersion'
    )
    const create = await call(cluster, 'POST', `${VS}?dryRun=All`, {
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: 'dry' },
        spec: {}
      }
    })
    expect(create.status).toBe(201)
    expect(at(create.body, 'metadata', 'uid')).toBeDefined()
    expect((await call(cluster, 'GET', `${VS}/dry`)).status).toBe(404)
    const patch = await call(cluster, 'PATCH', `${VS}/ratings?dryRun=All`, {
      contentType: 'application/merge-patch+json',
      body: { spec: { hosts: ['dry-run'] } }
    })
    expect(at(patch.body, 'spec', 'hosts')).toEqual(['dry-run'])
    expect(at((await call(cluster, 'GET', `${VS}/ratings`)).body, 'spec', 'hosts')).not.toEqual([
      'dry-run'
    ])
    const del = await call(cluster, 'DELETE', `${VS}/ratings?dryRun=All`)
    expect(del.status).toBe(200)
    expect((await call(cluster, 'GET', `${VS}/ratings`)).status).toBe(200)
    expect(
      at((await call(cluster, 'GET', `${VS}/ratings`)).body, 'metadata', 'resourceVersion')
    ).toBe(before)
    const invalid = await call(
      cluster,
      'POST',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/default/podchaos?dryRun=All',
      {
        body: {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'PodChaos',
          metadata: { name: 'bad' },
          spec: { action: 'explode', mode: 'one', selector: {} }
        }
      }
    )
    expect(invalid.status).toBe(422)
    const bogus = await call(cluster, 'POST', `${VS}?dryRun=Some`, {
      body: { metadata: { name: 'x' } }
    })
    expect(bogus.status).toBe(400)
  })
})
