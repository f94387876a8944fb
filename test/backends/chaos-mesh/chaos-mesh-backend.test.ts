/**
 * The chaos-mesh backend on the in-memory port (style.md rule 35): deterministic names and labels,
 * idempotent submit and abort, cleanup by label alone, observe by one watch whose only wait is the
 * injection bound, and preflight refusing before anything exists.
 */
import type { Backend, RunContext } from '../../../src/backends/backend'
import {
  CHAOS_MESH_BOUNDS,
  createChaosMeshBackend
} from '../../../src/backends/chaos-mesh/chaos-mesh-backend'
import { type ApiResource, KubeApiError } from '../../../src/backends/kube/port'
import { runLabels } from '../../../src/backends/labels'
import type { Experiment, KubeObject } from '../../../src/manifest/model'
import type { Policy } from '../../../src/policy/policy'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { defaultPolicy } from '../../fakes/default-policy'
import { FakeKube } from '../../fakes/fake-kube'
import { describeKubeBackendContract } from '../../fakes/kube-backend-contract'

const API = 'chaos-mesh.org/v1alpha1'

const served: ApiResource[] = ['NetworkChaos', 'PodChaos', 'Schedule', 'Workflow'].map((kind) => ({
  group: 'chaos-mesh.org',
  version: 'v1alpha1',
  kind,
  resource:
    kind === 'Schedule' || kind === 'Workflow' ? `${kind.toLowerCase()}s` : kind.toLowerCase(),
  namespaced: true,
  verbs: ['get', 'list', 'watch', 'create', 'patch', 'delete']
}))

function experiment(name = 'checkout-delay'): Experiment {
  const object: KubeObject = {
    apiVersion: API,
    kind: 'NetworkChaos',
    metadata: {
      name: 'delay',
      namespace: 'staging',
      labels: { team: 'checkout' },
      annotations: { note: 'kept' }
    },
    spec: {
      action: 'delay',
      mode: 'one',
      selector: { labelSelectors: { app: 'checkout' } },
      duration: '60s'
    }
  }
  return {
    name,
    source: { file: 'experiments/delay.yaml', line: 1, col: 1 },
    locate: (path) => ({ file: 'experiments/delay.yaml', line: 1 + path.length, col: 1 }),
    backend: 'chaos-mesh',
    kind: 'NetworkChaos',
    action: 'delay',
    namespace: 'staging',
    fault: { kind: 'kube-object', object },
    targets: {
      namespaces: ['staging'],
      labelSelector: 'app=checkout',
      mode: { kind: 'count', count: 1 },
      location: { file: 'experiments/delay.yaml', line: 6, col: 5 }
    },
    durationMs: 60_000,
    expect: 'pass'
  }
}

function context(runId = 'r1', clock = new FakeClock(), name = 'checkout-delay'): RunContext {
  return {
    runId,
    clock,
    log: silentLog,
    signal: new AbortController().signal,
    labels: runLabels(runId, name),
    deadline: clock.now() + 600_000
  }
}

function cluster(): FakeKube {
  const kube = new FakeKube().serve(...served)
  for (const name of ['checkout-1', 'checkout-2', 'checkout-3'])
    kube.write({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'staging', labels: { app: 'checkout' } },
      status: { phase: 'Running' }
    })
  return kube
}

const backendOn = (kube: FakeKube, policy: Policy | undefined = defaultPolicy()): Backend =>
  createChaosMeshBackend({
    kube,
    cluster: kube,
    defaultNamespace: 'default',
    policy,
    removeBoundMs: 5_000
  })

const chaosObjects = (kube: FakeKube) => kube.all('NetworkChaos')

/** What the chaos-mesh controller writes once the fault was injected and recovered. */
function recovered(kube: FakeKube): void {
  const [object] = chaosObjects(kube)
  if (object)
    kube.write({
      ...object,
      status: {
        experiment: {
          desiredPhase: 'Stop',
          containerRecords: [
            { id: 'staging/checkout-1', phase: 'Not Injected', injectedCount: 1, recoveredCount: 1 }
          ]
        }
      }
    })
}

describeKubeBackendContract('chaos-mesh', () => {
  const kube = cluster()
  return {
    backend: backendOn(kube),
    kube,
    experiment: experiment(),
    kind: 'NetworkChaos',
    finish: () => recovered(kube),
    // The only thing that changes with time alone: the bound for selecting and injecting targets.
    deadlines: (handle) => [Number(handle.data?.submittedAt) + CHAOS_MESH_BOUNDS.injectionBoundMs]
  }
})

describe('chaos-mesh backend on the in-memory port', () => {
  it('creates the manifest object as gate-<run>-<experiment>, with the run labels added to its own', async () => {
    const kube = cluster()
    const handle = await backendOn(kube).submit(experiment(), context())
    expect(handle).toMatchObject({
      backend: 'chaos-mesh',
      kind: 'NetworkChaos',
      name: 'gate-r1-checkout-delay',
      namespace: 'staging'
    })
    const [created] = chaosObjects(kube)
    expect(created?.metadata.labels).toEqual({
      team: 'checkout',
      ...runLabels('r1', 'checkout-delay')
    })
    expect(created?.metadata.annotations).toEqual({ note: 'kept' })
    expect(created?.spec).toEqual({
      action: 'delay',
      mode: 'one',
      selector: { labelSelectors: { app: 'checkout' } },
      duration: '60s'
    })
  })

  it('submit is idempotent: the same run adopts its object; another run gets its own', async () => {
    const kube = cluster()
    const backend = backendOn(kube)
    const first = await backend.submit(experiment(), context())
    const again = await backend.submit(experiment(), context())
    expect({ ...again, data: {} }).toEqual({ ...first, data: {} })
    await backend.submit(experiment(), context('r2'))
    expect(chaosObjects(kube).map((o) => o.metadata.name)).toEqual([
      'gate-r1-checkout-delay',
      'gate-r2-checkout-delay'
    ])
  })

  it('abort pauses, then deletes once recovered; again, or on a gone object, it is a no-op', async () => {
    const kube = cluster()
    const backend = backendOn(kube)
    const ctx = context()
    const handle = await backend.submit(experiment(), ctx)
    await backend.abort(handle, ctx)
    expect(kube.calls.filter((c) => /^(patch|delete) NetworkChaos/.test(c))).toEqual([
      'patch NetworkChaos gate-r1-checkout-delay',
      'delete NetworkChaos gate-r1-checkout-delay'
    ])
    expect(chaosObjects(kube)).toEqual([])
    await backend.abort(handle, ctx)
    await expect(backend.abort({ ...handle, name: 'gone' }, ctx)).resolves.toBeUndefined()
  })

  it("cleanup finds the run's objects by label alone and leaves everyone else's", async () => {
    const kube = cluster()
    const backend = backendOn(kube)
    await backend.submit(experiment(), context('r1'))
    await backend.submit(experiment(), context('r2'))
    const report = await backend.cleanup(
      { runId: 'r1', namespaces: ['staging'], handles: [] },
      context('r1')
    )
    expect(report).toEqual({
      deleted: ['NetworkChaos staging/gate-r1-checkout-delay'],
      stuck: [],
      errors: []
    })
    expect(chaosObjects(kube).map((o) => o.metadata.labels?.['chaos-gate.dev/run-id'])).toEqual([
      'r2'
    ])
  })

  it('cleanup reports a handle it could not read; only not found counts as nothing there', async () => {
    const kube = cluster()
    const backend = backendOn(kube)
    const handle = await backend.submit(experiment(), context('r1'))
    const gone = { ...handle, name: 'gone' }
    kube.fail('get', new KubeApiError(403, 'Forbidden', 'get is forbidden'), {
      kind: 'NetworkChaos',
      times: 1
    })
    const report = await backend.cleanup(
      { runId: 'r1', namespaces: ['staging'], handles: [handle, gone] },
      context('r1')
    )
    expect(report.deleted).toEqual(['NetworkChaos staging/gate-r1-checkout-delay'])
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toContain('403 Forbidden')
    expect(report.errors[0]).toContain('NetworkChaos staging/gate-r1-checkout-delay')
  })

  it("an experiment's own cleanup leaves the run's other experiments injecting", async () => {
    const kube = cluster()
    const backend = backendOn(kube)
    await backend.submit(experiment(), context('r1'))
    const kept = await backend.submit(
      experiment('other-delay'),
      context('r1', new FakeClock(), 'other-delay')
    )
    const report = await backend.cleanup(
      { runId: 'r1', experiment: 'checkout-delay', namespaces: ['staging'], handles: [kept] },
      context('r1')
    )
    expect(report.deleted).toEqual(['NetworkChaos staging/gate-r1-checkout-delay'])
    expect(chaosObjects(kube).map((o) => o.metadata.name)).toEqual([kept.name])
  })

  it('observe follows by watch to the end; its only wait is the injection bound', async () => {
    const kube = cluster()
    const clock = new FakeClock()
    const ctx = context('r1', clock)
    const backend = backendOn(kube)
    const handle = await backend.submit(experiment(), ctx)
    kube.onWatch = () => recovered(kube)
    let last
    for await (const o of backend.observe(handle, ctx)) last = o
    expect(last).toMatchObject({ phase: 'finished', terminal: true, affectedTargets: 1 })
    expect(clock.sleeps.every((ms) => ms === 30_000)).toBe(true)
    expect(clock.now()).toBe(new FakeClock().now())
  })

  it('preflight refuses when Chaos Mesh is not installed, when RBAC says no, or without a policy', async () => {
    const bare = new FakeKube()
    const missing = await backendOn(bare).preflight(experiment(), context())
    expect(missing.issues.map((i) => i.code)).toEqual(['kube/not-installed'])
    expect(missing.issues[0]?.message).toBe(
      'Chaos Mesh is not installed in this cluster: the API server does not serve chaos-mesh.org/v1alpha1 (NetworkChaos)'
    )
    const kube = cluster()
    kube.denied.add('delete chaos-mesh.org/networkchaos')
    const denied = await backendOn(kube).preflight(experiment(), context())
    expect(denied.issues.map((i) => i.code)).toEqual(['kube/forbidden'])
    expect(denied.issues[0]?.message).toBe(
      "the runner may not 'delete' networkchaos.chaos-mesh.org in namespace staging"
    )
    const noPolicy = await createChaosMeshBackend({
      kube: cluster(),
      cluster: cluster(),
      defaultNamespace: 'default'
    }).preflight(experiment(), context())
    expect(noPolicy.issues.map((i) => i.code)).toEqual(['policy/missing'])
    expect(kube.all('NetworkChaos')).toEqual([])
  })

  it('preflight counts live targets and checks them against the policy', async () => {
    const report = await backendOn(cluster()).preflight(experiment(), context())
    expect(report).toMatchObject({ issues: [], targets: 1, candidates: 3 })
  })
})
