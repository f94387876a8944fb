import type { JsonObject } from '../src/core/json'
import { DEMO } from '../src/seed'
import type { SimCluster } from '../src/sim-cluster'
import { at, call, eventually, startFast, str } from './harness'

const API = 'chaos-mesh.org/v1alpha1'
const base = (plural: string) => `/apis/${API}/namespaces/${DEMO.namespace}/${plural}`
const selector = { labelSelectors: { app: 'checkout' } }

function condition(obj: JsonObject | undefined, type: string): string | undefined {
  return (at(obj, 'status', 'conditions') as { type: string; status: string }[] | undefined)?.find(
    (c) => c.type === type
  )?.status
}

describe('simulated cluster: Chaos Mesh Schedule, Workflow and StatusCheck', () => {
  let cluster: SimCluster
  const list = (kind: string, labelSelector?: string) =>
    cluster.objects.list(API, kind, {
      namespace: DEMO.namespace,
      ...(labelSelector ? { labelSelector } : {})
    })
  const get = (kind: string, name: string) =>
    cluster.objects.get({ apiVersion: API, kind, namespace: DEMO.namespace, name })

  beforeAll(async () => {
    cluster = await startFast({ seedDemo: true })
  })
  afterAll(() => cluster.close())

  function schedule(
    name: string,
    spec: Record<string, unknown>,
    annotations: Record<string, string> = {}
  ) {
    return {
      apiVersion: API,
      kind: 'Schedule',
      metadata: { name, annotations },
      spec: { historyLimit: 1, ...spec }
    }
  }

  it('spawns <schedule>-<5 chars> children labelled managed-by, and records status.time and status.active', async () => {
    await call(cluster, 'POST', base('schedules'), {
      body: schedule('every', {
        schedule: '@every 10s',
        type: 'NetworkChaos',
        concurrencyPolicy: 'Forbid',
        networkChaos: { action: 'delay', mode: 'all', selector, delay: { latency: '10ms' } }
      })
    })
    const child = await eventually(() => list('NetworkChaos', 'managed-by=every')[0])
    expect(at(child, 'metadata', 'name')).toMatch(/^every-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
    expect(at(child, 'metadata', 'ownerReferences', 0)).toMatchObject({
      kind: 'Schedule',
      name: 'every',
      controller: true
    })
    const sched = await cluster.objects.waitFor(
      { apiVersion: API, kind: 'Schedule', namespace: DEMO.namespace, name: 'every' },
      (s) => at(s, 'status', 'active', 0, 'name') === at(child, 'metadata', 'name')
    )
    expect(at(sched, 'status', 'time')).toEqual(expect.any(String))
    expect(at(sched, 'status', 'active', 0)).toMatchObject({
      kind: 'NetworkChaos',
      namespace: DEMO.namespace,
      apiVersion: API
    })
    await eventually(
      () =>
        cluster.objects.list('v1', 'Event', {
          namespace: DEMO.namespace,
          fieldSelector: 'involvedObject.name=every,reason=Forbid'
        }).length > 0,
      3000,
      'a Forbid event'
    )
    expect(list('NetworkChaos', 'managed-by=every')).toHaveLength(1)
  })

  it('propagates the pause annotation to children and stops spawning', async () => {
    await call(cluster, 'PATCH', `${base('schedules')}/every`, {
      contentType: 'application/merge-patch+json',
      body: { metadata: { annotations: { 'experiment.chaos-mesh.org/pause': 'true' } } }
    })
    const child = list('NetworkChaos', 'managed-by=every')[0]
    const paused = await cluster.objects.waitFor(
      {
        apiVersion: API,
        kind: 'NetworkChaos',
        namespace: DEMO.namespace,
        name: str(at(child, 'metadata', 'name'))
      },
      (c) => condition(c, 'Paused') === 'True' && condition(c, 'AllRecovered') === 'True'
    )
    expect(at(paused, 'metadata', 'annotations', 'experiment.chaos-mesh.org/pause')).toBe('true')
  })

  it('Allow runs children concurrently and garbage-collects finished ones beyond historyLimit', async () => {
    await call(cluster, 'POST', base('schedules'), {
      // 100 ms apart at FAST timing: the operator, an API client, finishes a child well within it.
      body: schedule('kills', {
        schedule: '@every 20s',
        type: 'PodChaos',
        concurrencyPolicy: 'Allow',
        historyLimit: 2,
        podChaos: { action: 'container-kill', mode: 'one', selector, containerNames: ['checkout'] }
      })
    })
    await eventually(
      () =>
        cluster.objects.list('v1', 'Event', {
          namespace: DEMO.namespace,
          fieldSelector: 'involvedObject.name=kills,reason=Spawned'
        }).length >= 4,
      3000,
      'four spawns'
    )
    await eventually(
      () =>
        list('PodChaos', 'managed-by=kills').filter(
          (c) => at(c, 'metadata', 'deletionTimestamp') === undefined
        ).length <= 3,
      3000,
      'history GC'
    )
    const restarts = cluster.objects
      .list('v1', 'Pod', { namespace: DEMO.namespace, labelSelector: DEMO.appLabel })
      .map((p) => Number(at(p, 'status', 'containerStatuses', 0, 'restartCount') ?? 0))
    expect(restarts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    await call(cluster, 'DELETE', `${base('schedules')}/kills`)
    await eventually(
      () => list('PodChaos', 'managed-by=kills').length === 0,
      3000,
      'children collected with the schedule'
    )
  })

  it('a serial Workflow runs its nodes in order, creates and deletes the chaos, and is Accomplished', async () => {
    await call(cluster, 'POST', base('workflows'), {
      body: {
        apiVersion: API,
        kind: 'Workflow',
        metadata: { name: 'serial' },
        spec: {
          entry: 'entry',
          templates: [
            { name: 'entry', templateType: 'Serial', deadline: '600s', children: ['net', 'pause'] },
            {
              name: 'net',
              templateType: 'NetworkChaos',
              deadline: '20s',
              networkChaos: { action: 'delay', mode: 'all', selector, delay: { latency: '10ms' } }
            },
            { name: 'pause', templateType: 'Suspend', deadline: '10s' }
          ]
        }
      }
    })
    const chaosCr = await eventually(
      () => list('NetworkChaos', 'chaos-mesh.org/workflow=serial')[0]
    )
    expect(at(chaosCr, 'metadata', 'name')).toMatch(/^net-[a-z0-9]{5}-[a-z0-9]{5}$/)
    const netNode = await eventually(() =>
      list('WorkflowNode', 'chaos-mesh.org/workflow=serial').find(
        (n) => at(n, 'spec', 'templateName') === 'net'
      )
    )
    await eventually(
      () =>
        condition(get('WorkflowNode', str(at(netNode, 'metadata', 'name'))), 'ChaosInjected') ===
        'True'
    )
    expect(
      at(get('WorkflowNode', str(at(netNode, 'metadata', 'name'))), 'status', 'chaosResource')
    ).toEqual({
      apiGroup: 'chaos-mesh.org',
      kind: 'NetworkChaos',
      name: at(chaosCr, 'metadata', 'name')
    })
    const workflow = await cluster.objects.waitFor(
      { apiVersion: API, kind: 'Workflow', namespace: DEMO.namespace, name: 'serial' },
      (w) => condition(w, 'Accomplished') === 'True',
      4000
    )
    expect(at(workflow, 'status', 'endTime')).toEqual(expect.any(String))
    expect(condition(workflow, 'Scheduled')).toBe('True')
    const entry = get('WorkflowNode', str(at(workflow, 'status', 'entryNode')))
    expect(at(entry, 'metadata', 'labels')).toEqual({
      'chaos-mesh.org/controlled-by': 'serial',
      'chaos-mesh.org/workflow': 'serial'
    })
    expect((at(entry, 'status', 'finishedChildren') as unknown[]).length).toBe(2)
    await eventually(
      () => list('NetworkChaos', 'chaos-mesh.org/workflow=serial').length === 0,
      3000,
      'the chaos CR deleted by its node'
    )
  })

  it('a failing StatusCheck with abortWithStatusCheck aborts the workflow', async () => {
    await call(cluster, 'POST', base('workflows'), {
      body: {
        apiVersion: API,
        kind: 'Workflow',
        metadata: { name: 'guarded', annotations: { 'sim.chaos-gate.dev/outcome': 'fail' } },
        spec: {
          entry: 'entry',
          templates: [
            { name: 'entry', templateType: 'Parallel', children: ['net', 'health'] },
            {
              name: 'net',
              templateType: 'NetworkChaos',
              deadline: '600s',
              networkChaos: { action: 'delay', mode: 'all', selector, delay: { latency: '10ms' } }
            },
            {
              name: 'health',
              templateType: 'StatusCheck',
              deadline: '600s',
              abortWithStatusCheck: true,
              statusCheck: {
                mode: 'Continuous',
                type: 'HTTP',
                intervalSeconds: 1,
                failureThreshold: 2,
                http: { url: 'http://checkout.staging', criteria: { statusCode: '200' } }
              }
            }
          ]
        }
      }
    })
    const workflow = await cluster.objects.waitFor(
      { apiVersion: API, kind: 'Workflow', namespace: DEMO.namespace, name: 'guarded' },
      (w) => at(w, 'metadata', 'annotations', 'workflow.chaos-mesh.org/abort') === 'true',
      4000
    )
    const nodes = list('WorkflowNode', 'chaos-mesh.org/workflow=guarded')
    const health = nodes.find((n) => at(n, 'spec', 'templateName') === 'health')
    expect(
      (at(health, 'status', 'conditions') as { type: string; reason: string }[]).find(
        (c) => c.type === 'Aborted'
      )
    ).toMatchObject({ reason: 'StatusCheckNotExceedSuccessThreshold' })
    const entry = str(at(workflow, 'status', 'entryNode') ?? '')
    await eventually(
      () => condition(get('WorkflowNode', entry), 'Aborted') === 'True',
      3000,
      'the entry node aborted'
    )
    await eventually(
      () => list('NetworkChaos', 'chaos-mesh.org/workflow=guarded').length === 0,
      3000,
      'the chaos removed on abort'
    )
    await cluster.objects.waitFor(
      { apiVersion: API, kind: 'Workflow', namespace: DEMO.namespace, name: 'guarded' },
      (w) => condition(w, 'Accomplished') === 'True',
      4000
    )
  })

  it('a standalone StatusCheck records outcomes and completes on its thresholds', async () => {
    const check = (name: string, annotations: Record<string, string> = {}) => ({
      apiVersion: API,
      kind: 'StatusCheck',
      metadata: { name, annotations },
      spec: {
        type: 'HTTP',
        intervalSeconds: 1,
        http: { url: 'http://x', criteria: { statusCode: '200' } }
      }
    })
    await call(cluster, 'POST', base('statuschecks'), { body: check('ok') })
    await call(cluster, 'POST', base('statuschecks'), {
      body: check('bad', { 'sim.chaos-gate.dev/outcome': 'fail' })
    })
    const ok = await cluster.objects.waitFor(
      { apiVersion: API, kind: 'StatusCheck', namespace: DEMO.namespace, name: 'ok' },
      (c) => condition(c, 'Completed') === 'True'
    )
    expect(condition(ok, 'SuccessThresholdExceed')).toBe('True')
    expect(at(ok, 'status', 'records', 0, 'outcome')).toBe('Success')
    const bad = await cluster.objects.waitFor(
      { apiVersion: API, kind: 'StatusCheck', namespace: DEMO.namespace, name: 'bad' },
      (c) => condition(c, 'Completed') === 'True'
    )
    expect(condition(bad, 'FailureThresholdExceed')).toBe('True')
    expect(at(bad, 'status', 'count')).toBe(3)
  })
})
