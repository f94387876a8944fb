/**
 * The chaos operators as API clients: started against the front door (where the fault hooks
 * act), they resume dropped watches, re-list on 410 Gone and retry refused writes; and
 * tools/sim-operators.ts, the entry another cluster uses, prints `operators ready` and stops
 * cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import type { JsonObject } from '../src/core/json'
import { ApiResources } from '../src/operators/runtime/discovery'
import { Informer } from '../src/operators/runtime/informer'
import { KubeHttp } from '../src/operators/runtime/kube-http'
import { type RunningOperators, startOperators } from '../src/operators/start-operators'
import { DEMO } from '../src/seed'
import type { SimCluster } from '../src/sim-cluster'
import { at, eventually, FAST, startFast, str } from './harness'

const LITMUS = 'litmuschaos.io/v1alpha1'
const CHAOS_MESH = 'chaos-mesh.org/v1alpha1'

function engine(name: string): JsonObject {
  return {
    apiVersion: LITMUS,
    kind: 'ChaosEngine',
    metadata: { name, namespace: DEMO.namespace },
    spec: {
      engineState: 'active',
      appinfo: { appns: DEMO.namespace, applabel: DEMO.appLabel, appkind: 'deployment' },
      chaosServiceAccount: DEMO.serviceAccount,
      experiments: [
        {
          name: 'pod-delete',
          spec: { components: { env: [{ name: 'TOTAL_CHAOS_DURATION', value: '4' }] } }
        }
      ]
    }
  }
}

function verdict(cluster: SimCluster, name: string): Promise<JsonObject | undefined> {
  return cluster.objects.waitFor(
    { apiVersion: LITMUS, kind: 'ChaosResult', namespace: DEMO.namespace, name },
    (r) => at(r, 'status', 'experimentStatus', 'verdict') === 'Pass',
    10_000
  )
}

describe('the chaos operators over the front door', () => {
  let cluster: SimCluster
  let operators: RunningOperators
  beforeAll(async () => {
    cluster = await startFast({ seedDemo: true, runOperators: false })
    operators = await startOperators({
      connection: {
        server: cluster.url,
        insecureSkipTlsVerify: false,
        token: cluster.auth.firstUser().token,
        ...(cluster.caCertificate !== undefined && { ca: cluster.caCertificate })
      },
      timing: FAST
    })
  })
  afterAll(async () => {
    await operators.stop()
    await cluster.close()
  })

  it('list, then watch from the list with bookmarks', () => {
    const pods = cluster.requests.filter({ method: 'GET', path: '/api/v1/pods' })
    const list = pods.find((r) => !r.watch)
    const watch = pods.find((r) => r.watch)
    expect(list?.query).toContain('limit=')
    expect(watch?.query).toContain('allowWatchBookmarks=true')
    expect(watch?.query).toMatch(/resourceVersion=\d+/)
    expect(operators).toMatchObject({ litmus: true, chaosMesh: true })
  })

  it('resumes dropped watches, re-lists on 410 Gone and retries refused writes', async () => {
    const lists = () =>
      cluster.requests.filter({ method: 'GET', path: `/apis/${LITMUS}/chaosengines`, watch: false })
        .length
    const before = lists()
    cluster.faults.failNext(1, 410, { path: `/apis/${LITMUS}/chaosengines`, watch: true })
    expect(cluster.faults.dropWatches()).toBeGreaterThan(0)
    await eventually(() => lists() > before, 5_000, 'a re-list after the 410')
    cluster.faults.failNext(2, 503, { method: 'PUT' })
    cluster.objects.create(engine('after-faults'))
    const result = await verdict(cluster, 'after-faults-pod-delete')
    expect(at(result, 'status', 'experimentStatus', 'phase')).toBe('Completed')
    expect(cluster.requests.filter({ method: 'PUT' }).some((r) => r.status === 503)).toBe(true)
  })

  it('Chaos Mesh pause over the API: Paused=True, then injected again', async () => {
    const ref = { apiVersion: CHAOS_MESH, kind: 'PodChaos', namespace: DEMO.namespace, name: 'p' }
    cluster.objects.create({
      apiVersion: CHAOS_MESH,
      kind: 'PodChaos',
      metadata: { name: 'p', namespace: DEMO.namespace },
      spec: {
        action: 'pod-failure',
        mode: 'one',
        selector: { labelSelectors: { app: 'checkout' } },
        duration: '10m'
      }
    })
    const condition = (o: JsonObject | undefined, type: string) =>
      (at(o, 'status', 'conditions') as { type: string; status: string }[] | undefined)?.find(
        (c) => c.type === type
      )?.status
    await cluster.objects.waitFor(ref, (o) => condition(o, 'AllInjected') === 'True')
    cluster.objects.patch(ref, {
      metadata: { annotations: { 'experiment.chaos-mesh.org/pause': 'true' } }
    })
    await cluster.objects.waitFor(ref, (o) => condition(o, 'Paused') === 'True')
    cluster.objects.patch(ref, {
      metadata: { annotations: { 'experiment.chaos-mesh.org/pause': null } }
    })
    await cluster.objects.waitFor(ref, (o) => condition(o, 'AllInjected') === 'True')
    cluster.objects.delete(ref)
    expect(await cluster.objects.waitFor(ref, (o) => o === undefined)).toBeUndefined()
  })
})

describe('tools/sim-operators.ts', () => {
  it('prints `operators ready`, runs the operators against the kubeconfig, and exits 0 on SIGTERM', async () => {
    const cluster = await startFast({ seedDemo: true, runOperators: false })
    try {
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'sim-operators-')), 'kubeconfig')
      await cluster.writeKubeconfig(kubeconfig)
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'tools/sim-operators.ts',
          '--kubeconfig',
          kubeconfig,
          '--chaos-second-ms',
          '5'
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] }
      )
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      const lines = createInterface({ input: child.stdout })
      const first = await new Promise<string>((resolve) => lines.once('line', resolve))
      expect(first).toBe('operators ready')
      cluster.objects.create(engine('from-cli'))
      await verdict(cluster, 'from-cli-pod-delete')
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      await cluster.close()
    }
  })
})

describe('the informer cache', () => {
  it('does not take back an object the watch already deleted (a late write-through)', async () => {
    const cluster = await startFast({ seedDemo: true, runOperators: false })
    const http = new KubeHttp({
      server: cluster.url,
      insecureSkipTlsVerify: false,
      token: cluster.auth.firstUser().token,
      ...(cluster.caCertificate !== undefined && { ca: cluster.caCertificate })
    })
    const resources = await ApiResources.discover(http, ['v1'])
    const informer = new Informer(
      http,
      resources.get('v1', 'Pod'),
      () => undefined,
      () => undefined
    )
    try {
      informer.start()
      await informer.ready
      const pod = informer.all().find((p) => str(at(p, 'metadata', 'namespace')) === DEMO.namespace)
      const name = str(at(pod, 'metadata', 'name'))
      cluster.objects.delete(
        { apiVersion: 'v1', kind: 'Pod', namespace: DEMO.namespace, name },
        { gracePeriodSeconds: 0 }
      )
      await eventually(() => informer.get(DEMO.namespace, name) === undefined, 5_000, 'DELETED')
      if (pod) informer.store(pod)
      expect(informer.get(DEMO.namespace, name)).toBeUndefined()
    } finally {
      await informer.stop()
      http.close()
      await cluster.close()
    }
  })
})
