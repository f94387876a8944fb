/**
 * The kubernetes source against the simulated cluster over real HTTPS, through the same
 * connection the backends use: each function's value, its baseline, and every way it cannot
 * measure (a missing workload, a refusing or failing API server, an unparsable query) ending as an
 * error measurement, never as a value.
 */
import { KubeSource } from '../../../src/steady-state/kubernetes/kube-source'
import type { RawMeasurement } from '../../../src/steady-state/model'
import { systemClock } from '../../../src/util/clock'
import { type KubeSim, startKubeSim } from '../../backends/chaos-mesh/sim-harness'
import { makeCheck } from '../../fakes/check'

let k: KubeSim
let source: KubeSource
beforeAll(async () => {
  k = await startKubeSim()
  source = new KubeSource(k.conn.objects, 'staging', systemClock)
  k.sim.objects.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'staging', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] }
      }
    }
  })
  for (const name of ['checkout', 'web'])
    await k.sim.objects.waitFor(
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name },
      (d) =>
        (d?.status as { readyReplicas?: number } | undefined)?.readyReplicas !== undefined &&
        (d?.status as { readyReplicas: number }).readyReplicas ===
          (d?.spec as { replicas: number }).replicas,
      5_000
    )
}, 30_000)
afterAll(() => k.close())
afterEach(() => k.sim.faults.clear())

const signal = new AbortController().signal

function measure(query: string, guard?: string): Promise<RawMeasurement> {
  const check = makeCheck({
    name: query,
    source: 'kubernetes',
    query,
    ...(guard !== undefined && { guard: { query: guard, min: 1 } })
  })
  return source.measure(check, Date.now(), { phase: 'during' }, signal)
}

function webPods(): { name: string }[] {
  return k.sim.objects
    .list('v1', 'Pod', { namespace: 'staging', labelSelector: 'app=web' })
    .map((p) => ({ name: String((p.metadata as { name: string }).name) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

function podRef(name: string) {
  return { apiVersion: 'v1', kind: 'Pod', namespace: 'staging', name }
}

describe('the kubernetes source', () => {
  it("reads a Deployment's ready replicas and their share of the desired count", async () => {
    expect(await measure('readyReplicas(deployment/checkout)')).toMatchObject({
      kind: 'values',
      series: [{ labels: { target: 'Deployment staging/checkout' }, value: 3 }]
    })
    expect(await measure('readyRatio(staging/deploy/checkout)')).toMatchObject({
      series: [{ value: 1 }]
    })
  })

  it('a Deployment scaled to zero has no ready ratio: NaN, which the evaluator reads as no data', async () => {
    k.sim.objects.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'idle', namespace: 'staging' },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: 'idle' } },
        template: {
          metadata: { labels: { app: 'idle' } },
          spec: { containers: [{ name: 'idle', image: 'nginx:1.27' }] }
        }
      }
    })
    const m = await measure('readyRatio(deployment/idle)')
    expect(m.kind === 'values' && m.series[0]?.value).toBeNaN()
  })

  it('counts container restarts since its first measurement, new pods from zero', async () => {
    const query = 'restarts({app=web})'
    expect(await measure(query)).toMatchObject({ series: [{ value: 0 }] })
    const [first] = webPods()
    k.sim.objects.patch(podRef(first?.name ?? ''), {
      status: {
        containerStatuses: [{ name: 'web', image: 'nginx:1.27', ready: true, restartCount: 2 }]
      }
    })
    expect(await measure(query)).toMatchObject({
      series: [{ labels: { target: 'pods staging/{app=web}' }, value: 2 }]
    })
  })

  it('counts pods not Ready for longer than the given time, not those that just turned', async () => {
    const [, second] = webPods()
    const since = new Date(Date.now() - 60_000).toISOString()
    k.sim.objects.patch(podRef(second?.name ?? ''), {
      status: { conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: since }] }
    })
    expect(await measure('notReady(deployment/web, 30s)')).toMatchObject({
      series: [{ value: 1 }]
    })
    expect(await measure('notReady(deployment/web, 2m)')).toMatchObject({ series: [{ value: 0 }] })
    expect(await measure('notReady(deployment/checkout, 1s)')).toMatchObject({
      series: [{ value: 0 }]
    })
  })

  it('counts Warning events about the workload and its pods since its first measurement, by reason', async () => {
    const query = 'warningEvents(deployment/web, BackOff|Unhealthy)'
    const event = (name: string, kind: string, about: string, reason: string, type = 'Warning') =>
      k.sim.objects.create({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace: 'staging' },
        involvedObject: { kind, name: about, namespace: 'staging' },
        reason,
        message: reason,
        type,
        count: 3
      })
    event('before.1', 'Pod', webPods()[0]?.name ?? '', 'BackOff')
    expect(await measure(query)).toMatchObject({ series: [{ value: 0 }] })
    event('web.1', 'Pod', webPods()[0]?.name ?? '', 'BackOff')
    event('web.2', 'Deployment', 'web', 'Unhealthy')
    event('web.3', 'Pod', webPods()[0]?.name ?? '', 'Pulled', 'Normal')
    event('web.4', 'Pod', webPods()[0]?.name ?? '', 'FailedMount')
    event('other.1', 'Deployment', 'checkout', 'BackOff')
    expect(await measure(query)).toMatchObject({ series: [{ value: 6 }] })
  })

  it('a selector that matches no pod is no data for every pod function, never a zero', async () => {
    for (const query of [
      'restarts({app=nothing})',
      'notReady({app=nothing}, 1s)',
      'warningEvents({app=nothing})'
    ])
      expect(await measure(query)).toMatchObject({ kind: 'values', series: [] })
  })

  it('a workload that does not exist is an error measurement naming it, not a value', async () => {
    expect(await measure('readyReplicas(deployment/nothing)')).toMatchObject({
      kind: 'error',
      errorKind: 'query',
      message: 'Deployment staging/nothing does not exist'
    })
    expect(await measure('restarts(statefulset/nothing)')).toMatchObject({ kind: 'error' })
  })

  it('an unparsable query is a configuration error', async () => {
    expect(await measure('ready(deployment/checkout)')).toMatchObject({
      kind: 'error',
      errorKind: 'config'
    })
  })

  it('measures the guard with the same functions', async () => {
    expect(
      await measure('restarts(deployment/checkout)', 'readyReplicas(deployment/checkout)')
    ).toMatchObject({ kind: 'values', guard: [{ value: 3 }] })
  })

  it('a refusing or failing API server is an auth or server error', async () => {
    k.sim.faults.failMatching({ path: /deployments/ }, 503)
    expect(await measure('readyReplicas(deployment/checkout)')).toMatchObject({
      kind: 'error',
      errorKind: 'server'
    })
    k.sim.faults.clear()
    k.sim.auth.setRules([])
    try {
      expect(await measure('readyReplicas(deployment/checkout)')).toMatchObject({
        kind: 'error',
        errorKind: 'auth'
      })
    } finally {
      k.sim.auth.setRules('allow-all')
    }
  })

  it('an API server that cannot be reached is a transport error', async () => {
    const gone = await startKubeSim()
    const conn = gone.conn
    await gone.sim.close()
    const orphan = new KubeSource(conn.objects, 'staging', systemClock)
    const m = await orphan.measure(
      makeCheck({ source: 'kubernetes', query: 'readyReplicas(deployment/checkout)' }),
      Date.now(),
      { phase: 'before' },
      signal
    )
    conn.close()
    expect(m).toMatchObject({ kind: 'error', errorKind: 'transport' })
  })
})
