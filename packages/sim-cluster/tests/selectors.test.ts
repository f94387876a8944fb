import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str } from './harness'

const CM = '/api/v1/namespaces/default/configmaps'

function names(body: Record<string, unknown>): string[] {
  return (at(body as never, 'items') as { metadata: { name: string } }[])
    .map((i) => i.metadata.name)
    .sort()
}

describe('simulated cluster: list, selectors and paging', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast()
    const objects: [string, Record<string, string>][] = [
      ['a', { app: 'checkout', tier: 'web', env: 'prod' }],
      ['b', { app: 'checkout', tier: 'db' }],
      ['c', { app: 'cart', env: 'staging' }],
      ['d', {}]
    ]
    for (const [name, labels] of objects) {
      await call(cluster, 'POST', CM, { body: { metadata: { name, labels }, data: {} } })
    }
  })
  afterAll(() => cluster.close())

  const cases: [string, string[]][] = [
    ['app=checkout', ['a', 'b']],
    ['app==checkout', ['a', 'b']],
    ['app!=checkout', ['c', 'd']],
    ['app in (checkout,cart)', ['a', 'b', 'c']],
    ['app notin (checkout)', ['c', 'd']],
    ['env', ['a', 'c']],
    ['!env', ['b', 'd']],
    ['app=checkout,tier=web', ['a']],
    ['app=checkout,!env', ['b']]
  ]
  it.each(cases)('labelSelector %s', async (selector, expected) => {
    const reply = await call(cluster, 'GET', `${CM}?labelSelector=${encodeURIComponent(selector)}`)
    expect(reply.status).toBe(200)
    expect(names(reply.body)).toEqual(expected)
  })

  it('400 for an unparsable label selector', async () => {
    const reply = await call(
      cluster,
      'GET',
      `${CM}?labelSelector=${encodeURIComponent('app in checkout')}`
    )
    expect(reply.status).toBe(400)
    expect(str(reply.body['message'])).toMatch(/^unable to parse requirement/)
  })

  it('fieldSelector on metadata.name and metadata.namespace, with != ', async () => {
    const byName = await call(cluster, 'GET', `${CM}?fieldSelector=metadata.name%3Db`)
    expect(names(byName.body)).toEqual(['b'])
    const notName = await call(cluster, 'GET', `${CM}?fieldSelector=metadata.name!%3Db`)
    expect(names(notName.body)).toEqual(['a', 'c', 'd'])
    const all = await call(
      cluster,
      'GET',
      `/api/v1/configmaps?fieldSelector=metadata.namespace%3Ddefault`
    )
    expect(names(all.body)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('fieldSelector status.phase on pods, and 400 for a field the resource does not index', async () => {
    await call(cluster, 'POST', '/api/v1/namespaces/default/pods', {
      body: { metadata: { name: 'p1' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } }
    })
    await cluster.objects.waitFor(
      { apiVersion: 'v1', kind: 'Pod', namespace: 'default', name: 'p1' },
      (p) => at(p, 'status', 'phase') === 'Running'
    )
    const running = await call(
      cluster,
      'GET',
      '/api/v1/namespaces/default/pods?fieldSelector=status.phase%3DRunning'
    )
    expect(names(running.body)).toEqual(['p1'])
    const bad = await call(cluster, 'GET', `${CM}?fieldSelector=data.k%3Dv`)
    expect(bad.status).toBe(400)
    expect(bad.body['message']).toBe('field label not supported: data.k')
  })

  it('pages with limit and continue, reporting remainingItemCount', async () => {
    const first = await call(cluster, 'GET', `${CM}?limit=3`)
    expect(names(first.body)).toEqual(['a', 'b', 'c'])
    expect(at(first.body, 'metadata', 'remainingItemCount')).toBe(1)
    const token = str(at(first.body, 'metadata', 'continue'))
    const second = await call(cluster, 'GET', `${CM}?limit=3&continue=${encodeURIComponent(token)}`)
    expect(names(second.body)).toEqual(['d'])
    expect(at(second.body, 'metadata', 'continue')).toBeUndefined()
  })

  it('410 Expired for a continue token older than the compaction window', async () => {
    const first = await call(cluster, 'GET', `${CM}?limit=1`)
    const token = str(at(first.body, 'metadata', 'continue'))
    await call(cluster, 'POST', CM, { body: { metadata: { name: 'e' } } })
    cluster.compact()
    const expired = await call(
      cluster,
      'GET',
      `${CM}?limit=1&continue=${encodeURIComponent(token)}`
    )
    expect(expired.status).toBe(410)
    expect(expired.body['reason']).toBe('Expired')
    expect(str(expired.body['message'])).toContain('The provided continue parameter is too old')
    expect(typeof at(expired.body, 'metadata', 'continue')).toBe('string')
  })
})
