import { kubeClient } from '../../../src/backends/kube/client'
import { loadKubeConfig } from '../../../src/backends/kube/config'
import { withKubeRetries } from '../../../src/backends/kube/retrying'
import { type KubeTransport, kubeTransport } from '../../../src/backends/kube/transport'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { engine, scriptDiscovery, ScriptedServer, status } from './scripted-server'

const ENGINE = '/apis/litmuschaos.io/v1alpha1/namespaces/staging/chaosengines/e1'
const ref = {
  apiVersion: 'litmuschaos.io/v1alpha1',
  kind: 'ChaosEngine',
  namespace: 'staging',
  name: 'e1'
}
const policy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, jitter: 0 }

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

describe('withKubeRetries', () => {
  // The fake clock only shortens the back-off; the requests are real.
  it('retries a 500 and then succeeds, backing off on the clock', async () => {
    const clock = new FakeClock()
    server.on(
      'GET',
      ENGINE,
      { status: 500, json: status(500, 'InternalError', 'etcd timeout') },
      { status: 502, text: 'bad gateway' },
      { status: 200, json: engine('e1', '4') }
    )
    const kube = withKubeRetries(kubeClient(transport), clock, silentLog, policy)
    await expect(kube.get(ref)).resolves.toMatchObject({ metadata: { resourceVersion: '4' } })
    expect(clock.sleeps).toEqual([100, 200])
  })

  it("waits as long as a 429's Status asks (details.retryAfterSeconds), capped by the policy", async () => {
    const clock = new FakeClock()
    const throttled = (seconds: number) => ({
      status: 429,
      json: {
        ...(status(429, 'TooManyRequests', 'too many requests, please try again later') as object),
        details: { retryAfterSeconds: seconds }
      }
    })
    server.on('GET', ENGINE, throttled(0.3), throttled(5), { status: 200, json: engine('e1', '7') })
    const kube = withKubeRetries(kubeClient(transport), clock, silentLog, policy)
    await expect(kube.get(ref)).resolves.toMatchObject({ metadata: { resourceVersion: '7' } })
    expect(clock.sleeps).toEqual([300, 1000])
  })

  it('gives up after the last attempt with the last error', async () => {
    const clock = new FakeClock()
    server.on('PATCH', ENGINE, {
      status: 503,
      json: status(503, 'ServiceUnavailable', 'apiserver is shutting down')
    })
    const kube = withKubeRetries(kubeClient(transport), clock, silentLog, policy)
    await expect(kube.patch(ref, { type: 'merge', body: {} })).rejects.toMatchObject({
      status: 503
    })
    expect(server.seen('PATCH', ENGINE)).toHaveLength(3)
  })

  it('never retries a refusal', async () => {
    const clock = new FakeClock()
    server.on('DELETE', ENGINE, { status: 403, json: status(403, 'Forbidden', 'nope') })
    const kube = withKubeRetries(kubeClient(transport), clock, silentLog, policy)
    await expect(kube.delete(ref)).rejects.toMatchObject({ status: 403 })
    expect(server.seen('DELETE', ENGINE)).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('retries discovery that failed instead of caching the failure', async () => {
    const clock = new FakeClock()
    const fresh = scriptDiscovery(await new ScriptedServer().start())
    fresh.on(
      'GET',
      '/apis/litmuschaos.io/v1alpha1',
      { status: 503, text: 'starting' },
      {
        status: 200,
        json: {
          kind: 'APIResourceList',
          resources: [
            { name: 'chaosengines', namespaced: true, kind: 'ChaosEngine', verbs: ['get'] }
          ]
        }
      }
    )
    fresh.on('GET', ENGINE, { status: 200, json: engine('e1', '1') })
    const t = kubeTransport(
      (await loadKubeConfig({ kubeconfig: fresh.kubeconfig(), env: {} })).config
    )
    try {
      await expect(
        withKubeRetries(kubeClient(t), clock, silentLog, policy).get(ref)
      ).resolves.toBeDefined()
    } finally {
      t.close()
      await fresh.stop()
    }
  })
})
