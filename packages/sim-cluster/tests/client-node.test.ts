import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  PatchStrategy,
  Watch
} from '@kubernetes/client-node'

import { parseJson } from '../src/core/json'
import type { SimCluster } from '../src/sim-cluster'
import { at, startFast, str } from './harness'

interface PodChaos extends KubernetesObject {
  spec?: Record<string, unknown>
  status?: { conditions?: { type: string; status: string }[] }
}

function podChaos(name: string): PodChaos {
  return {
    apiVersion: 'chaos-mesh.org/v1alpha1',
    kind: 'PodChaos',
    metadata: { name, namespace: 'default', labels: { 'chaos-gate.dev/run-id': 'r1' } },
    spec: {
      action: 'pod-failure',
      mode: 'one',
      selector: { labelSelectors: { app: 'nothing' } },
      duration: '30s'
    }
  }
}

describe.each([true, false])(
  '@kubernetes/client-node against the simulated cluster (tls: %s)',
  (tls) => {
    let cluster: SimCluster
    let kc: KubeConfig
    beforeAll(async () => {
      cluster = await startFast({ tls })
      kc = new KubeConfig()
      kc.loadFromString(cluster.kubeconfig())
    })
    afterAll(() => cluster.close())

    it('lists namespaces with the typed CoreV1Api', async () => {
      const core = kc.makeApiClient(CoreV1Api)
      const list = await core.listNamespace()
      expect(list.items.map((ns) => ns.metadata?.name)).toEqual(
        expect.arrayContaining(['default', 'kube-system'])
      )
    })

    it('creates, reads, patches, lists and deletes a custom resource with KubernetesObjectApi', async () => {
      const client = KubernetesObjectApi.makeApiClient(kc)
      const created = await client.create(podChaos('cn'))
      expect(created.metadata?.uid).toBeDefined()
      const read = await client.read<PodChaos>({
        apiVersion: 'chaos-mesh.org/v1alpha1',
        kind: 'PodChaos',
        metadata: { name: 'cn', namespace: 'default' }
      })
      expect(read.metadata?.uid).toBe(created.metadata?.uid)
      const patched = await client.patch<PodChaos>(
        {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'PodChaos',
          metadata: { name: 'cn', namespace: 'default', annotations: { a: 'b' } }
        },
        undefined,
        undefined,
        undefined,
        undefined,
        PatchStrategy.MergePatch
      )
      expect(patched.metadata?.annotations).toEqual({ a: 'b' })
      const list = await client.list<PodChaos>(
        'chaos-mesh.org/v1alpha1',
        'PodChaos',
        'default',
        undefined,
        undefined,
        undefined,
        undefined,
        'chaos-gate.dev/run-id=r1'
      )
      expect(list.items.map((i) => i.metadata?.name)).toEqual(['cn'])
      await client.delete({
        apiVersion: 'chaos-mesh.org/v1alpha1',
        kind: 'PodChaos',
        metadata: { name: 'cn', namespace: 'default' }
      })
    })

    it('surfaces the server Status in ApiException (404, 409, 422)', async () => {
      const client = KubernetesObjectApi.makeApiClient(kc)
      const failure = async (promise: Promise<unknown>): Promise<ApiException<unknown>> => {
        try {
          await promise
        } catch (err) {
          if (err instanceof ApiException) return err
          throw err
        }
        throw new Error('expected an ApiException')
      }
      const missing = await failure(
        client.read({
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'PodChaos',
          metadata: { name: 'nope', namespace: 'default' }
        })
      )
      expect(missing.code).toBe(404)
      expect(parseJson(String(missing.body))).toMatchObject({
        kind: 'Status',
        reason: 'NotFound',
        message: 'podchaos.chaos-mesh.org "nope" not found'
      })
      await client.create(podChaos('twice'))
      expect((await failure(client.create(podChaos('twice')))).code).toBe(409)
      const invalid = podChaos('bad')
      invalid.spec = { ...invalid.spec, mode: 'some' }
      const rejected = await failure(client.create(invalid))
      expect(rejected.code).toBe(422)
      expect(str(at(parseJson(String(rejected.body)), 'message'))).toContain(
        'spec.mode: Unsupported value'
      )
    })

    it('follows changes with Watch, from a resourceVersion', async () => {
      const core = kc.makeApiClient(CoreV1Api)
      const list = await core.listNamespacedConfigMap({ namespace: 'default' })
      const events: string[] = []
      const done = new Promise<void>((resolve) => {
        void new Watch(kc)
          .watch(
            '/api/v1/namespaces/default/configmaps',
            { resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true },
            (phase, obj: KubernetesObject) => {
              events.push(`${phase} ${obj.metadata?.name ?? ''}`)
              if (phase === 'DELETED') resolve()
            },
            () => undefined
          )
          .then((controller) => done.finally(() => controller.abort()))
      })
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'watched' }, data: { a: '1' } }
      })
      await core.patchNamespacedConfigMap({
        namespace: 'default',
        name: 'watched',
        body: [{ op: 'replace', path: '/data/a', value: '2' }]
      })
      await core.deleteNamespacedConfigMap({ namespace: 'default', name: 'watched' })
      await done
      expect(events).toEqual(['ADDED watched', 'MODIFIED watched', 'DELETED watched'])
    })
  }
)
