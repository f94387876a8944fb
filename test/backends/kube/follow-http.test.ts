/**
 * The follower over real HTTP: the client and follower together against a scripted server that
 * plays the exact sequences an API server produces under stress.
 */
import { kubeClient } from '../../../src/backends/kube/client'
import { loadKubeConfig } from '../../../src/backends/kube/config'
import { follow, type FollowSnapshot } from '../../../src/backends/kube/follow'
import { type KubeTransport, kubeTransport } from '../../../src/backends/kube/transport'
import { systemClock } from '../../../src/util/clock'
import { engine, scriptDiscovery, ScriptedServer, status } from './scripted-server'

const ENGINES = '/apis/litmuschaos.io/v1alpha1/namespaces/staging/chaosengines'
const ref = { apiVersion: 'litmuschaos.io/v1alpha1', kind: 'ChaosEngine', namespace: 'staging' }
const list = (rv: string, ...items: unknown[]): unknown => ({
  kind: 'ChaosEngineList',
  apiVersion: ref.apiVersion,
  metadata: { resourceVersion: rv },
  items
})

let server: ScriptedServer
let transport: KubeTransport

beforeEach(async () => {
  server = scriptDiscovery(await new ScriptedServer().start())
  transport = kubeTransport(
    (await loadKubeConfig({ kubeconfig: server.kubeconfig(), env: {} })).config
  )
})

afterEach(async () => {
  transport.close()
  await server.stop()
})

/** Lists go to the same path as watches; the `watch` query tells them apart. */
function script(lists: unknown[], watches: Parameters<ScriptedServer['on']>[2][]): void {
  server.answer('GET', ENGINES, (req) =>
    req.query.get('watch') === 'true'
      ? watches.length > 1
        ? watches.shift()
        : watches[0]
      : { status: 200, json: lists.length > 1 ? lists.shift() : lists[0] }
  )
}

async function take(count: number): Promise<FollowSnapshot[]> {
  const controller = new AbortController()
  const out: FollowSnapshot[] = []
  const backoff = { attempts: Infinity, baseDelayMs: 5, maxDelayMs: 20, jitter: 0 }
  for await (const snap of follow(kubeClient(transport), ref, {
    clock: systemClock,
    signal: controller.signal,
    backoff,
    pollIntervalMs: 10
  })) {
    out.push(snap)
    if (out.length >= count) controller.abort()
  }
  return out
}

const summary = (snaps: FollowSnapshot[]): string[] =>
  snaps.map(
    (s) =>
      `${s.via}:${s.objects.map((o) => `${String(o.metadata.name)}@${String(o.metadata.resourceVersion)}`).join(',')}`
  )
const watchRvs = (): (string | null)[] =>
  server
    .seen('GET', ENGINES)
    .filter((r) => r.query.get('watch') === 'true')
    .map((r) => r.query.get('resourceVersion'))

describe('follow over HTTP', () => {
  it('lists again after a 410 ERROR event mid-stream and watches from the new list', async () => {
    script(
      [list('5', engine('e1', '5')), list('30', engine('e1', '29'))],
      [
        {
          stream: [
            { type: 'MODIFIED', object: engine('e1', '6') },
            { type: 'ERROR', object: status(410, 'Expired', 'too old resource version: 6 (25)') }
          ],
          hold: true
        },
        {
          stream: [{ type: 'MODIFIED', object: engine('e1', '31', { engineStatus: 'completed' }) }],
          hold: true
        }
      ]
    )
    expect(summary(await take(4))).toEqual([
      'list:e1@5',
      'watch:e1@6',
      'relist:e1@29',
      'watch:e1@31'
    ])
    expect(watchRvs()).toEqual(['5', '30'])
  })

  it('watches again from the last event or bookmark when the server closes the stream', async () => {
    script(
      [list('5')],
      [
        {
          stream: [
            { type: 'ADDED', object: engine('e1', '6') },
            {
              type: 'BOOKMARK',
              object: {
                apiVersion: ref.apiVersion,
                kind: 'ChaosEngine',
                metadata: { resourceVersion: '8' }
              }
            }
          ]
        },
        { stream: [{ type: 'MODIFIED', object: engine('e1', '9') }], hold: true }
      ]
    )
    expect(summary(await take(3))).toEqual(['list:', 'watch:e1@6', 'watch:e1@9'])
    expect(watchRvs()).toEqual(['5', '8'])
  })

  it('backs off after a 500 to the watch request and then watches', async () => {
    script(
      [list('5')],
      [
        { status: 500, json: status(500, 'InternalError', 'etcd leader changed') },
        { stream: [{ type: 'ADDED', object: engine('e1', '6') }], hold: true }
      ]
    )
    expect(summary(await take(2))).toEqual(['list:', 'watch:e1@6'])
    expect(watchRvs()).toEqual(['5', '5'])
  })

  it('survives a connection reset mid-stream without losing events', async () => {
    script(
      [list('5')],
      [
        { stream: [{ type: 'ADDED', object: engine('e1', '6') }, { pause: 10 }], reset: true },
        { stream: [{ type: 'MODIFIED', object: engine('e1', '7') }], hold: true }
      ]
    )
    expect(summary(await take(3))).toEqual(['list:', 'watch:e1@6', 'watch:e1@7'])
    expect(watchRvs()).toEqual(['5', '6'])
  })

  it('polls when every watch fails and still sees the change', async () => {
    script(
      [list('5', engine('e1', '5')), list('5', engine('e1', '5')), list('9', engine('e1', '9'))],
      [{ status: 503, text: 'no healthy upstream' }]
    )
    expect(summary(await take(2))).toEqual(['list:e1@5', 'poll:e1@9'])
    expect(watchRvs()).toEqual(['5', '5', '5'])
  })
})
