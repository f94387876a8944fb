import type { JsonObject } from '../src/core/json'
import { DEMO } from '../src/seed'
import type { SimCluster } from '../src/sim-cluster'
import { at, call, eventually, runningCheckout, startFast, str } from './harness'

const API = 'litmuschaos.io/v1alpha1'
const ENGINES = `/apis/${API}/namespaces/${DEMO.namespace}/chaosengines`

interface EngineOptions {
  outcome?: string
  duration?: string
  serviceAccount?: string
  experiment?: string
  appLabel?: string
  probes?: number
  cleanup?: 'delete' | 'retain'
}

function engine(name: string, o: EngineOptions = {}): JsonObject {
  const probes = Array.from({ length: o.probes ?? 1 }, (_, i) => ({
    name: `probe-${i}`,
    type: i === 0 ? 'httpProbe' : 'cmdProbe',
    mode: 'Continuous',
    runProperties: { probeTimeout: '5s', interval: '2s' }
  }))
  return {
    apiVersion: API,
    kind: 'ChaosEngine',
    metadata: {
      name,
      namespace: DEMO.namespace,
      ...(o.outcome ? { annotations: { 'sim.chaos-gate.dev/outcome': o.outcome } } : {})
    },
    spec: {
      appinfo: {
        appns: DEMO.namespace,
        applabel: o.appLabel ?? DEMO.appLabel,
        appkind: 'deployment'
      },
      chaosServiceAccount: o.serviceAccount ?? DEMO.serviceAccount,
      jobCleanUpPolicy: o.cleanup ?? 'retain',
      experiments: [
        {
          name: o.experiment ?? DEMO.experiment,
          spec: {
            components: {
              env: [
                { name: 'TOTAL_CHAOS_DURATION', value: o.duration ?? '20' },
                { name: 'CHAOS_INTERVAL', value: '5' }
              ]
            },
            probe: probes
          }
        }
      ]
    }
  }
}

describe('simulated cluster: Litmus operator', () => {
  let cluster: SimCluster
  const get = (kind: string, name: string) =>
    cluster.objects.get({
      apiVersion: kind === 'Pod' ? 'v1' : API,
      kind,
      namespace: DEMO.namespace,
      name
    })
  const waitFor = (kind: string, name: string, predicate: (o: JsonObject | undefined) => boolean) =>
    cluster.objects.waitFor(
      { apiVersion: API, kind, namespace: DEMO.namespace, name },
      predicate,
      3000
    )
  const events = (name: string) =>
    cluster.objects
      .list('v1', 'Event', {
        namespace: DEMO.namespace,
        fieldSelector: `involvedObject.name=${name}`
      })
      .map((e) => `${str(e['type'])}/${str(e['reason'])}: ${str(e['message'])}`)

  beforeAll(async () => {
    cluster = await startFast({ seedDemo: true })
    await eventually(
      () =>
        cluster.objects.list('v1', 'Pod', {
          namespace: DEMO.namespace,
          fieldSelector: 'status.phase=Running'
        }).length === 3
    )
  })
  afterAll(() => cluster.close())

  it('pass: initialises, runs, and records Pass in the engine and its ChaosResult', async () => {
    const before = cluster.objects
      .list('v1', 'Pod', { namespace: DEMO.namespace, labelSelector: DEMO.appLabel })
      .map((p) => at(p, 'metadata', 'name'))
    const created = await call(cluster, 'POST', ENGINES, { body: engine('pass') })
    expect(created.status).toBe(201)
    const running = await waitFor(
      'ChaosResult',
      'pass-pod-delete',
      (r) => at(r, 'status', 'experimentStatus', 'verdict') === 'Awaited'
    )
    expect(at(running, 'status', 'experimentStatus')).toEqual({
      phase: 'Running',
      verdict: 'Awaited',
      probeSuccessPercentage: 'Awaited'
    })
    expect(at(get('ChaosEngine', 'pass'), 'status', 'experiments', 0)).toMatchObject({
      name: 'pod-delete',
      status: 'Running',
      verdict: 'Awaited',
      runner: 'pass-runner'
    })
    expect(at(get('ChaosEngine', 'pass'), 'metadata', 'finalizers')).toEqual([
      'chaosengine.litmuschaos.io/finalizer'
    ])
    const done = await waitFor(
      'ChaosEngine',
      'pass',
      (e) => at(e, 'status', 'engineStatus') === 'completed'
    )
    expect(at(done, 'spec', 'engineState')).toBe('stop')
    expect(at(done, 'status', 'experiments', 0)).toMatchObject({
      status: 'Completed',
      verdict: 'Pass'
    })
    const result = get('ChaosResult', 'pass-pod-delete')
    expect(at(result, 'status', 'experimentStatus')).toEqual({
      phase: 'Completed',
      verdict: 'Pass',
      probeSuccessPercentage: '100'
    })
    expect(at(result, 'status', 'history')).toMatchObject({
      passedRuns: 1,
      failedRuns: 0,
      stoppedRuns: 0
    })
    expect(at(result, 'status', 'probeStatuses', 0)).toEqual({
      name: 'probe-0',
      type: 'httpProbe',
      mode: 'Continuous',
      status: { verdict: 'Passed' }
    })
    expect(at(result, 'metadata', 'labels', 'chaosUID')).toBe(at(created.body, 'metadata', 'uid'))
    expect(at(result, 'spec')).toEqual({ engine: 'pass', experiment: 'pod-delete' })
    expect(events('pass')).toEqual(
      expect.arrayContaining([
        'Normal/ChaosEngineInitialized: Identifying app under test & launching pass-runner',
        'Normal/ChaosEngineCompleted: ChaosEngine completed, will delete or retain the resources according to jobCleanUpPolicy'
      ])
    )
    const targeted = (at(result, 'status', 'history', 'targets') as { name: string }[]).map(
      (t) => t.name
    )
    expect(targeted.length).toBeGreaterThan(0)
    expect(before).toEqual(expect.arrayContaining(targeted.slice(0, 1)))
    await eventually(() => runningCheckout(cluster).length === 3)
  })

  it('fail: Completed_With_Probe_Failure, a failed probe and a lowered probeSuccessPercentage', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('fail', { outcome: 'fail', probes: 2 }) })
    await waitFor('ChaosEngine', 'fail', (e) => at(e, 'status', 'engineStatus') === 'completed')
    const status = at(get('ChaosResult', 'fail-pod-delete'), 'status')
    expect(at(status, 'experimentStatus')).toMatchObject({
      phase: 'Completed_With_Probe_Failure',
      verdict: 'Fail',
      probeSuccessPercentage: '50',
      errorOutput: { errorCode: 'HTTP_PROBE_FAILURE' }
    })
    expect(at(status, 'probeStatuses', 0, 'status', 'verdict')).toBe('Failed')
    expect(at(status, 'probeStatuses', 1, 'status', 'verdict')).toBe('Passed')
    expect(at(status, 'history', 'failedRuns')).toBe(1)
    expect(at(get('ChaosEngine', 'fail'), 'status', 'experiments', 0, 'verdict')).toBe('Fail')
  })

  it('error: verdict Error with errorOutput', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('err', { outcome: 'error' }) })
    await waitFor('ChaosEngine', 'err', (e) => at(e, 'status', 'engineStatus') === 'completed')
    const experimentStatus = at(get('ChaosResult', 'err-pod-delete'), 'status', 'experimentStatus')
    expect(experimentStatus).toMatchObject({
      phase: 'Error',
      verdict: 'Error',
      errorOutput: { errorCode: 'STATUS_CHECKS_ERROR' }
    })
    expect(JSON.parse(str(at(experimentStatus, 'errorOutput', 'reason')))).toMatchObject({
      errorCode: 'STATUS_CHECKS_ERROR',
      phase: 'PreChaos'
    })
  })

  it('no target: an appinfo label that matches nothing ends in TARGET_SELECTION_ERROR', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('notarget', { appLabel: 'app=nothing' }) })
    await waitFor('ChaosEngine', 'notarget', (e) => at(e, 'status', 'engineStatus') === 'completed')
    expect(
      at(
        get('ChaosResult', 'notarget-pod-delete'),
        'status',
        'experimentStatus',
        'errorOutput',
        'errorCode'
      )
    ).toBe('TARGET_SELECTION_ERROR')
  })

  it('abort: engineState stop mid-run stops everything and releases the finalizer', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('abort', { duration: '100000' }) })
    await waitFor(
      'ChaosResult',
      'abort-pod-delete',
      (r) => at(r, 'status', 'experimentStatus', 'verdict') === 'Awaited'
    )
    await call(cluster, 'PATCH', `${ENGINES}/abort`, {
      contentType: 'application/merge-patch+json',
      body: { spec: { engineState: 'stop' } }
    })
    const stopped = await waitFor(
      'ChaosEngine',
      'abort',
      (e) => at(e, 'status', 'engineStatus') === 'stopped'
    )
    expect(at(stopped, 'metadata', 'finalizers')).toBeUndefined()
    expect(at(stopped, 'status', 'experiments', 0)).toMatchObject({
      status: 'Forcefully Aborted',
      verdict: 'Stopped'
    })
    expect(at(get('ChaosResult', 'abort-pod-delete'), 'status', 'experimentStatus')).toEqual({
      phase: 'Stopped',
      verdict: 'Stopped',
      probeSuccessPercentage: '0',
      errorOutput: { errorCode: 'EXPERIMENT_ABORTED', reason: 'Chaos injection stopped!' }
    })
    expect(at(get('ChaosResult', 'abort-pod-delete'), 'status', 'history', 'stoppedRuns')).toBe(1)
    expect(
      cluster.objects.list('v1', 'Pod', {
        namespace: DEMO.namespace,
        labelSelector: `chaosUID=${str(at(stopped, 'metadata', 'uid'))}`
      })
    ).toEqual([])
    expect(events('abort')).toContain(
      'Normal/ChaosEngineStopped: Chaos resources deleted successfully'
    )
  })

  it('delete mid-run goes through the same abort, then the engine is gone', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('delmid', { duration: '100000' }) })
    await waitFor(
      'ChaosResult',
      'delmid-pod-delete',
      (r) => at(r, 'status', 'experimentStatus', 'verdict') === 'Awaited'
    )
    const reply = await call(cluster, 'DELETE', `${ENGINES}/delmid`)
    expect(at(reply.body, 'metadata', 'deletionTimestamp')).toEqual(expect.any(String))
    await waitFor('ChaosEngine', 'delmid', (e) => e === undefined)
    expect(
      at(get('ChaosResult', 'delmid-pod-delete'), 'status', 'experimentStatus', 'verdict')
    ).toBe('Stopped')
  })

  it('stuck: the result stays Awaited and the finalizer is never removed on delete', async () => {
    await call(cluster, 'POST', ENGINES, {
      body: engine('stuck', { outcome: 'stuck', duration: '10' })
    })
    await waitFor(
      'ChaosResult',
      'stuck-pod-delete',
      (r) => at(r, 'status', 'experimentStatus', 'verdict') === 'Awaited'
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(
      at(get('ChaosResult', 'stuck-pod-delete'), 'status', 'experimentStatus', 'verdict')
    ).toBe('Awaited')
    await call(cluster, 'DELETE', `${ENGINES}/stuck`)
    await new Promise((resolve) => setTimeout(resolve, 150))
    const held = get('ChaosEngine', 'stuck')
    expect(at(held, 'metadata', 'deletionTimestamp')).toEqual(expect.any(String))
    expect(at(held, 'metadata', 'finalizers')).toEqual(['chaosengine.litmuschaos.io/finalizer'])
  })

  it('runs experiments one after the other; a later missing ChaosExperiment is Not Found / Fail', async () => {
    const body = engine('multi')
    const spec = body['spec'] as { experiments: unknown[] }
    spec.experiments = [...spec.experiments, { name: 'pod-network-loss' }]
    await call(cluster, 'POST', ENGINES, { body })
    const done = await waitFor(
      'ChaosEngine',
      'multi',
      (e) => at(e, 'status', 'engineStatus') === 'completed'
    )
    expect(at(done, 'status', 'experiments', 0)).toMatchObject({
      name: 'pod-delete',
      status: 'Completed',
      verdict: 'Pass'
    })
    expect(at(done, 'status', 'experiments', 1)).toMatchObject({
      name: 'pod-network-loss',
      status: 'ChaosExperiment Not Found',
      verdict: 'Fail',
      experimentPod: 'N/A'
    })
  })

  it('a missing chaosServiceAccount: Warning event, runner never created', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('nosa', { serviceAccount: 'nobody' }) })
    await eventually(() =>
      events('nosa').includes(
        'Warning/ChaosResourcesOperationFailed: (chaos start) Unable to get chaos resources'
      )
    )
    expect(get('Pod', 'nosa-runner')).toBeUndefined()
    expect(at(get('ChaosEngine', 'nosa'), 'status', 'engineStatus')).toBe('initialized')
  })

  it('a missing ChaosExperiment: Warning event, runner never created', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('noexp', { experiment: 'pod-cpu-hog' }) })
    await eventually(() =>
      events('noexp').includes(
        'Warning/ChaosResourcesOperationFailed: (chaos start) Unable to get chaos resources'
      )
    )
    expect(get('Pod', 'noexp-runner')).toBeUndefined()
  })

  it('restart: engineState active again reruns and accumulates history; jobCleanUpPolicy delete removes the pods', async () => {
    await call(cluster, 'POST', ENGINES, { body: engine('again', { cleanup: 'delete' }) })
    const first = await waitFor(
      'ChaosEngine',
      'again',
      (e) => at(e, 'status', 'engineStatus') === 'completed'
    )
    const uid = str(at(first, 'metadata', 'uid'))
    await eventually(
      () =>
        cluster.objects.list('v1', 'Pod', {
          namespace: DEMO.namespace,
          labelSelector: `chaosUID=${uid}`
        }).length === 0,
      3000,
      'chaos pods cleaned up'
    )
    await call(cluster, 'PATCH', `${ENGINES}/again`, {
      contentType: 'application/merge-patch+json',
      body: { spec: { engineState: 'active' } }
    })
    await waitFor(
      'ChaosResult',
      'again-pod-delete',
      (r) => at(r, 'status', 'history', 'passedRuns') === 2
    )
    expect(events('again')).toContain('Normal/RestartInProgress: ChaosEngine is restarted')
  })
})
