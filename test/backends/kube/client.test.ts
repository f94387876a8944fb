import { type KubeClient, kubeClient } from '../../../src/backends/kube/client'
import { loadKubeConfig } from '../../../src/backends/kube/config'
import { KubeApiError, type WatchEvent } from '../../../src/backends/kube/port'
import {
  KubeConnectionError,
  type KubeTransport,
  kubeTransport
} from '../../../src/backends/kube/transport'
import { engine, scriptDiscovery, ScriptedServer, status } from './scripted-server'

const ENGINES = '/apis/litmuschaos.io/v1alpha1/namespaces/staging/chaosengines'
const ref = { apiVersion: 'litmuschaos.io/v1alpha1', kind: 'ChaosEngine', namespace: 'staging' }

let server: ScriptedServer
let transport: KubeTransport
let client: KubeClient

beforeEach(async () => {
  server = scriptDiscovery(await new ScriptedServer().start())
  const loaded = await loadKubeConfig({ kubeconfig: server.kubeconfig('s3cret'), env: {} })
  transport = kubeTransport(loaded.config, { requestTimeoutMs: 2_000 })
  client = kubeClient(transport)
})

afterEach(async () => {
  transport.close()
  await server.stop()
})

async function collect(events: AsyncIterable<WatchEvent>): Promise<WatchEvent[]> {
  const out: WatchEvent[] = []
  for await (const e of events) out.push(e)
  return out
}

describe('kubeClient objects', () => {
  it('gets an object by its discovered path with the kubeconfig bearer token', async () => {
    server.on('GET', `${ENGINES}/e1`, { status: 200, json: engine('e1', '7') })
    const got = await client.get({ ...ref, name: 'e1' })
    expect(got?.metadata.resourceVersion).toBe('7')
    expect(server.seen('GET', `${ENGINES}/e1`)[0]?.headers.authorization).toBe('Bearer s3cret')
  })

  it('returns undefined for a 404 object but throws NoKindMatch for a kind the server does not serve', async () => {
    await expect(client.get({ ...ref, name: 'gone' })).resolves.toBeUndefined()
    await expect(client.get({ ...ref, kind: 'ChaosSchedule', name: 'x' })).rejects.toMatchObject({
      status: 404,
      reason: 'NoKindMatch'
    })
  })

  it('caches discovery but looks again once for a kind it has not seen', async () => {
    server.on('GET', `${ENGINES}/e1`, { status: 200, json: engine('e1', '7') })
    await client.get({ ...ref, name: 'e1' })
    await client.get({ ...ref, name: 'e1' })
    expect(server.seen('GET', '/apis/litmuschaos.io/v1alpha1')).toHaveLength(1)
    await client.get({ ...ref, kind: 'ChaosSchedule', name: 'x' }).catch(() => undefined)
    expect(server.seen('GET', '/apis/litmuschaos.io/v1alpha1')).toHaveLength(2)
  })

  it('lists with selectors and names items of built-in lists by the list kind', async () => {
    server.on('GET', '/api/v1/namespaces/staging/pods', {
      status: 200,
      json: {
        kind: 'PodList',
        apiVersion: 'v1',
        metadata: { resourceVersion: '42' },
        items: [{ metadata: { name: 'p1' } }]
      }
    })
    const list = await client.list({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: 'staging',
      labelSelector: 'app=checkout',
      fieldSelector: 'status.phase=Running'
    })
    expect(list).toEqual({
      resourceVersion: '42',
      items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p1' } }]
    })
    const seen = server.seen('GET', '/api/v1/namespaces/staging/pods')[0]
    expect(seen?.query.get('labelSelector')).toBe('app=checkout')
    expect(seen?.query.get('fieldSelector')).toBe('status.phase=Running')
  })

  it('creates with dryRun=All when asked, in the namespace of the object', async () => {
    server.on('POST', ENGINES, { status: 201, json: engine('e1', '1') })
    await client.create(
      {
        apiVersion: ref.apiVersion,
        kind: 'ChaosEngine',
        metadata: { name: 'e1', namespace: 'staging' }
      },
      { dryRun: true }
    )
    const seen = server.seen('POST', ENGINES)[0]
    expect(seen?.query.get('dryRun')).toBe('All')
    expect(seen?.headers['content-type']).toBe('application/json')
  })

  it('sends merge and JSON patches with their content types', async () => {
    server.on('PATCH', `${ENGINES}/e1`, { status: 200, json: engine('e1', '2') })
    await client.patch(
      { ...ref, name: 'e1' },
      { type: 'merge', body: { spec: { engineState: 'stop' } } }
    )
    await client.patch(
      { ...ref, name: 'e1' },
      { type: 'json', body: [{ op: 'replace', path: '/spec/engineState', value: 'stop' }] }
    )
    const [merge, json] = server.seen('PATCH', `${ENGINES}/e1`)
    expect(merge?.headers['content-type']).toBe('application/merge-patch+json')
    expect(merge?.body).toEqual({ spec: { engineState: 'stop' } })
    expect(json?.headers['content-type']).toBe('application/json-patch+json')
  })

  it('tells a finished delete from one waiting on finalizers and from a missing object', async () => {
    server.on(
      'DELETE',
      `${ENGINES}/e1`,
      {
        status: 200,
        json: {
          ...engine('e1', '3'),
          metadata: {
            name: 'e1',
            deletionTimestamp: '2026-01-01T00:00:00Z',
            finalizers: ['chaosengine.litmuschaos.io/finalizer']
          }
        }
      },
      { status: 200, json: { kind: 'Status', apiVersion: 'v1', status: 'Success' } },
      { status: 404, json: status(404, 'NotFound', 'chaosengines "e1" not found') }
    )
    await expect(
      client.delete({ ...ref, name: 'e1' }, { propagationPolicy: 'Background' })
    ).resolves.toBe('pending')
    await expect(client.delete({ ...ref, name: 'e1' })).resolves.toBe('deleted')
    await expect(client.delete({ ...ref, name: 'e1' })).resolves.toBe('not-found')
    expect(server.seen('DELETE', `${ENGINES}/e1`)[0]?.body).toEqual({
      apiVersion: 'v1',
      kind: 'DeleteOptions',
      propagationPolicy: 'Background'
    })
  })

  it('throws the Status of a refusal with its reason and field causes', async () => {
    server.on('POST', ENGINES, {
      status: 422,
      json: status(422, 'Invalid', 'ChaosEngine.litmuschaos.io "e1" is invalid', [
        { reason: 'FieldValueInvalid', message: 'Invalid value: "run"', field: 'spec.engineState' }
      ])
    })
    const err = await client
      .create({
        apiVersion: ref.apiVersion,
        kind: 'ChaosEngine',
        metadata: { name: 'e1', namespace: 'staging' }
      })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(KubeApiError)
    expect(err).toMatchObject({
      status: 422,
      reason: 'Invalid',
      causes: [{ field: 'spec.engineState', message: 'Invalid value: "run"' }]
    })
  })

  it('reads a non-Status error body (a proxy page) without crashing', async () => {
    server.on('GET', `${ENGINES}/e1`, { status: 503, text: '<html>upstream connect error</html>' })
    const err = await client.get({ ...ref, name: 'e1' }).catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 503, reason: 'ServiceUnavailable' })
    expect(String(err)).toContain('upstream connect error')
  })

  it('treats a 200 that is not an object as a bad answer, not as data', async () => {
    server.on('GET', `${ENGINES}/e1`, { status: 200, text: 'hello' })
    await expect(client.get({ ...ref, name: 'e1' })).rejects.toMatchObject({
      status: 502,
      reason: 'BadResponse'
    })
  })

  it('asks SelfSubjectAccessReview and reads allowed and reason', async () => {
    server.answer('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', (req) => ({
      status: 201,
      json: {
        status: { allowed: false, reason: `no RBAC policy matched ${JSON.stringify(req.body)}` }
      }
    }))
    const answer = await client.canI({
      verb: 'create',
      group: 'litmuschaos.io',
      resource: 'chaosengines',
      namespace: 'staging'
    })
    expect(answer.allowed).toBe(false)
    expect(server.requests.at(-1)?.body).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          verb: 'create',
          group: 'litmuschaos.io',
          resource: 'chaosengines',
          namespace: 'staging'
        }
      }
    })
  })

  it('reports an unreachable server as a connection error', async () => {
    await server.stop()
    await expect(client.get({ ...ref, name: 'e1' })).rejects.toBeInstanceOf(KubeConnectionError)
  })
})

describe('kubeClient watch', () => {
  it('streams events with the resourceVersion, bookmarks and timeout it was given', async () => {
    server.on('GET', ENGINES, {
      stream: [
        { type: 'ADDED', object: engine('e1', '11') },
        {
          type: 'BOOKMARK',
          object: {
            apiVersion: ref.apiVersion,
            kind: 'ChaosEngine',
            metadata: { resourceVersion: '12' }
          }
        },
        { type: 'MODIFIED', object: engine('e1', '13') }
      ]
    })
    const events = await collect(
      client.watch(
        ref,
        { resourceVersion: '10', allowBookmarks: true, timeoutSeconds: 5 },
        new AbortController().signal
      )
    )
    expect(events.map((e) => `${e.type}@${String(e.object.metadata.resourceVersion)}`)).toEqual([
      'ADDED@11',
      'BOOKMARK@12',
      'MODIFIED@13'
    ])
    const q = server.seen('GET', ENGINES)[0]?.query
    expect([
      q?.get('watch'),
      q?.get('resourceVersion'),
      q?.get('allowWatchBookmarks'),
      q?.get('timeoutSeconds')
    ]).toEqual(['true', '10', 'true', '5'])
  })

  it('throws a 410 ERROR event mid-stream as KubeApiError 410 after the events before it', async () => {
    server.on('GET', ENGINES, {
      stream: [
        { type: 'ADDED', object: engine('e1', '11') },
        { type: 'ERROR', object: status(410, 'Expired', 'too old resource version: 10 (20)') }
      ],
      hold: true
    })
    const seen: string[] = []
    const err = await (async () => {
      for await (const e of client.watch(
        ref,
        { resourceVersion: '10', allowBookmarks: true },
        new AbortController().signal
      ))
        seen.push(e.type)
    })().catch((e: unknown) => e)
    expect(seen).toEqual(['ADDED'])
    expect(err).toMatchObject({ status: 410, reason: 'Expired' })
  })

  it('throws a 410 answer to the watch request itself', async () => {
    server.on('GET', ENGINES, { status: 410, json: status(410, 'Gone', 'too old') })
    await expect(
      collect(
        client.watch(
          ref,
          { resourceVersion: '1', allowBookmarks: true },
          new AbortController().signal
        )
      )
    ).rejects.toMatchObject({ status: 410 })
  })

  it('fails on a line that is not JSON rather than dropping it', async () => {
    server.on('GET', ENGINES, { stream: ['{"type":"ADDED","obj'] })
    await expect(
      collect(
        client.watch(
          ref,
          { resourceVersion: '1', allowBookmarks: true },
          new AbortController().signal
        )
      )
    ).rejects.toBeInstanceOf(KubeConnectionError)
  })

  it('fails when the connection is reset mid-stream', async () => {
    server.on('GET', ENGINES, {
      stream: [{ type: 'ADDED', object: engine('e1', '11') }, { pause: 20 }],
      reset: true
    })
    await expect(
      collect(
        client.watch(
          ref,
          { resourceVersion: '1', allowBookmarks: true },
          new AbortController().signal
        )
      )
    ).rejects.toBeInstanceOf(KubeConnectionError)
  })

  it('stops at once when its signal aborts', async () => {
    server.on('GET', ENGINES, {
      stream: [{ type: 'ADDED', object: engine('e1', '11') }],
      hold: true
    })
    const controller = new AbortController()
    const seen: string[] = []
    const done = (async () => {
      for await (const e of client.watch(
        ref,
        { resourceVersion: '1', allowBookmarks: true },
        controller.signal
      )) {
        seen.push(e.type)
        controller.abort(new Error('test over'))
      }
    })()
    await expect(done).rejects.toThrow('test over')
    expect(seen).toEqual(['ADDED'])
  })
})
