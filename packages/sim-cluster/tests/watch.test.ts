import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str, watch } from './harness'

const CM = '/api/v1/namespaces/default/configmaps'

describe('simulated cluster: watch', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast({ timing: { bookmarkIntervalMs: 20 } })
  })
  afterAll(() => cluster.close())

  it('streams ADDED, MODIFIED and DELETED after a resourceVersion', async () => {
    const list = await call(cluster, 'GET', CM)
    const rv = str(at(list.body, 'metadata', 'resourceVersion'))
    const stream = await watch(cluster, `${CM}?watch=1&resourceVersion=${rv}`)
    expect(stream.status).toBe(200)
    const created = await call(cluster, 'POST', CM, {
      body: { metadata: { name: 'w1' }, data: { a: '1' } }
    })
    await call(cluster, 'PATCH', `${CM}/w1`, {
      body: { data: { a: '2' } },
      contentType: 'application/merge-patch+json'
    })
    await call(cluster, 'DELETE', `${CM}/w1`)
    const added = await stream.next()
    const modified = await stream.next()
    const deleted = await stream.next()
    expect(added).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'w1' } } })
    expect(at(added, 'object', 'metadata', 'resourceVersion')).toBe(
      at(created.body, 'metadata', 'resourceVersion')
    )
    expect(modified).toMatchObject({ type: 'MODIFIED', object: { data: { a: '2' } } })
    expect(deleted).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'w1' } } })
    expect(Number(at(deleted, 'object', 'metadata', 'resourceVersion'))).toBeGreaterThan(
      Number(at(modified, 'object', 'metadata', 'resourceVersion'))
    )
    stream.close()
  })

  it('resumes from an older resourceVersion by replaying what happened since', async () => {
    const list = await call(cluster, 'GET', CM)
    const rv = str(at(list.body, 'metadata', 'resourceVersion'))
    await call(cluster, 'POST', CM, { body: { metadata: { name: 'r1' } } })
    await call(cluster, 'POST', CM, { body: { metadata: { name: 'r2' } } })
    const stream = await watch(cluster, `${CM}?watch=true&resourceVersion=${rv}`)
    expect(at(await stream.next(), 'object', 'metadata', 'name')).toBe('r1')
    expect(at(await stream.next(), 'object', 'metadata', 'name')).toBe('r2')
    stream.close()
  })

  it('starts with synthetic ADDED events when resourceVersion is absent or "0"', async () => {
    await call(cluster, 'POST', CM, {
      body: { metadata: { name: 'existing', labels: { synth: 'yes' } } }
    })
    for (const rv of ['', '&resourceVersion=0']) {
      const stream = await watch(cluster, `${CM}?watch=1&labelSelector=synth%3Dyes${rv}`)
      expect(await stream.next()).toMatchObject({
        type: 'ADDED',
        object: { metadata: { name: 'existing' } }
      })
      stream.close()
    }
  })

  it('sends a 410 Expired Status as an ERROR event when the resourceVersion was compacted', async () => {
    const list = await call(cluster, 'GET', CM)
    const rv = str(at(list.body, 'metadata', 'resourceVersion'))
    await call(cluster, 'POST', CM, { body: { metadata: { name: 'after-rv' } } })
    cluster.compact()
    const stream = await watch(cluster, `${CM}?watch=1&resourceVersion=${rv}`)
    expect(stream.status).toBe(200)
    const event = await stream.next()
    expect(event).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410 }
    })
    expect(str(at(event, 'object', 'message'))).toMatch(/^too old resource version: \d+ \(\d+\)$/)
    await stream.ended
  })

  it('expires resourceVersions that fell out of a bounded history', async () => {
    const small = await startFast({ watchHistorySize: 3 })
    try {
      const list = await call(small, 'GET', CM)
      const rv = str(at(list.body, 'metadata', 'resourceVersion'))
      for (let i = 0; i < 5; i++)
        await call(small, 'POST', CM, { body: { metadata: { name: `h${i}` } } })
      const stream = await watch(small, `${CM}?watch=1&resourceVersion=${rv}`)
      expect(await stream.next()).toMatchObject({ type: 'ERROR', object: { code: 410 } })
    } finally {
      await small.close()
    }
  })

  it('sends periodic BOOKMARKs carrying only kind, apiVersion and resourceVersion', async () => {
    const stream = await watch(
      cluster,
      `/apis/chaos-mesh.org/v1alpha1/namespaces/default/podchaos?watch=1&allowWatchBookmarks=true&resourceVersion=${cluster.resourceVersion()}`
    )
    const event = await stream.next()
    expect(event).toEqual({
      type: 'BOOKMARK',
      object: {
        kind: 'PodChaos',
        apiVersion: 'chaos-mesh.org/v1alpha1',
        metadata: { resourceVersion: cluster.resourceVersion(), creationTimestamp: null }
      }
    })
    stream.close()
  })

  it('ends the stream after timeoutSeconds', async () => {
    const started = Date.now()
    const stream = await watch(
      cluster,
      `${CM}?watch=1&timeoutSeconds=1&resourceVersion=${cluster.resourceVersion()}`
    )
    await stream.ended
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('turns selector transitions into ADDED and DELETED', async () => {
    await call(cluster, 'POST', CM, {
      body: { metadata: { name: 'mover', labels: { stage: 'a' } } }
    })
    const stream = await watch(
      cluster,
      `${CM}?watch=1&labelSelector=stage%3Db&resourceVersion=${cluster.resourceVersion()}`
    )
    const patch = (stage: string) =>
      call(cluster, 'PATCH', `${CM}/mover`, {
        body: { metadata: { labels: { stage } } },
        contentType: 'application/merge-patch+json'
      })
    await patch('b')
    await patch('c')
    expect(await stream.next()).toMatchObject({
      type: 'ADDED',
      object: { metadata: { labels: { stage: 'b' } } }
    })
    expect(await stream.next()).toMatchObject({
      type: 'DELETED',
      object: { metadata: { labels: { stage: 'c' } } }
    })
    stream.close()
  })

  it('supports sendInitialEvents with the initial-events-end bookmark', async () => {
    await call(cluster, 'POST', CM, { body: { metadata: { name: 'init', labels: { init: 'x' } } } })
    const stream = await watch(
      cluster,
      `${CM}?watch=1&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&labelSelector=init%3Dx`
    )
    expect(await stream.next()).toMatchObject({ type: 'ADDED' })
    const bookmark = await stream.next()
    expect(bookmark).toMatchObject({
      type: 'BOOKMARK',
      object: { metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } } }
    })
    stream.close()
  })

  it('watches across namespaces and a single object by fieldSelector', async () => {
    const stream = await watch(
      cluster,
      `/api/v1/configmaps?watch=1&fieldSelector=metadata.name%3Dsolo&resourceVersion=${cluster.resourceVersion()}`
    )
    await call(cluster, 'POST', '/api/v1/namespaces/kube-system/configmaps', {
      body: { metadata: { name: 'other' } }
    })
    await call(cluster, 'POST', '/api/v1/namespaces/kube-system/configmaps', {
      body: { metadata: { name: 'solo' } }
    })
    expect(await stream.next()).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'solo', namespace: 'kube-system' } }
    })
    stream.close()
  })
})
