/**
 * The shared Kubernetes steps against the in-memory port: create-or-adopt, preflight checks,
 * target counting and cleanup with finalizers.
 */
import { deleteAll, findByLabel, fitWaits } from '../../../src/backends/kube/cleanup'
import type { KubeOperation } from '../../../src/backends/kube/errors'
import { type KindNames } from '../../../src/backends/kube/port'
import { type ApiResource, KubeApiError } from '../../../src/backends/kube/port'
import { checkAccess, checkServed, dryRunCreate, needs } from '../../../src/backends/kube/preflight'
import { createOrAdopt } from '../../../src/backends/kube/submit'
import {
  checkTargets,
  countTargets,
  hitBy,
  noTargetIssue
} from '../../../src/backends/kube/targets'
import type { Experiment, KubeObject, TargetDeclaration } from '../../../src/manifest/model'
import { BackendError } from '../../../src/util/errors'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { defaultPolicy } from '../../fakes/default-policy'
import { FakeKube } from '../../fakes/fake-kube'

const RUN = { 'app.kubernetes.io/managed-by': 'chaos-gate', 'chaos-gate.dev/run-id': 'r1' }
const ENGINE: KindNames = {
  apiVersion: 'litmuschaos.io/v1alpha1',
  kind: 'ChaosEngine',
  resource: 'chaosengines'
}
const engines: ApiResource = {
  group: 'litmuschaos.io',
  version: 'v1alpha1',
  kind: 'ChaosEngine',
  resource: 'chaosengines',
  namespaced: true,
  verbs: []
}
const op: KubeOperation = {
  backend: 'litmus',
  verb: 'create',
  kind: 'ChaosEngine',
  resource: 'chaosengines',
  group: 'litmuschaos.io',
  namespace: 'staging',
  name: 'gate-r1-a'
}
const where = { file: 'experiments/a.yaml', line: 1, col: 1 }

const engine = (
  name: string,
  labels: Record<string, string> = RUN,
  extra: Record<string, unknown> = {}
): KubeObject => ({
  apiVersion: ENGINE.apiVersion,
  kind: 'ChaosEngine',
  metadata: { name, namespace: 'staging', labels, ...extra }
})
const pod = (
  name: string,
  labels: Record<string, string>,
  phase = 'Running',
  extra: Record<string, unknown> = {}
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'staging', labels, ...extra },
  status: { phase }
})

describe('createOrAdopt', () => {
  it('creates the object', async () => {
    const kube = new FakeKube()
    const result = await createOrAdopt(kube, engine('gate-r1-a'), RUN, op)
    expect(result.adopted).toBe(false)
    expect(kube.peek({ ...ENGINE, namespace: 'staging', name: 'gate-r1-a' })).toBeDefined()
  })

  it("adopts this run's object on 409, so a retried submit is idempotent", async () => {
    const kube = new FakeKube()
    const first = await createOrAdopt(kube, engine('gate-r1-a'), RUN, op)
    const again = await createOrAdopt(kube, engine('gate-r1-a'), RUN, op)
    expect(again).toMatchObject({
      adopted: true,
      object: { metadata: { uid: first.object.metadata.uid } }
    })
  })

  it("refuses an object of the same name that is someone else's", async () => {
    const kube = new FakeKube()
    kube.write(engine('gate-r1-a', { team: 'payments' }))
    const err = await createOrAdopt(kube, engine('gate-r1-a'), RUN, op).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackendError)
    expect(String(err)).toContain('already exists and was not created by this run')
  })

  it("refuses to adopt this run's object while it is being deleted", async () => {
    const kube = new FakeKube()
    kube.write(
      engine('gate-r1-a', RUN, { deletionTimestamp: '2026-01-01T00:00:00Z', finalizers: ['x'] })
    )
    await expect(createOrAdopt(kube, engine('gate-r1-a'), RUN, op)).rejects.toThrow(
      'is being deleted'
    )
  })

  it('maps a 403 to the permission the runner needs', async () => {
    const kube = new FakeKube().fail('create', new KubeApiError(403, 'Forbidden', 'forbidden'))
    await expect(createOrAdopt(kube, engine('gate-r1-a'), RUN, op)).rejects.toThrow(
      "needs 'create' on chaosengines.litmuschaos.io in namespace staging"
    )
  })
})

describe('preflight checks', () => {
  it('names the product and how to install it when its group is not served', async () => {
    const kube = new FakeKube()
    const served = await checkServed(
      kube,
      [
        { apiVersion: ENGINE.apiVersion, kind: 'ChaosEngine' },
        { apiVersion: ENGINE.apiVersion, kind: 'ChaosResult' }
      ],
      { product: 'LitmusChaos', install: 'Install LitmusChaos first.' },
      where,
      op
    )
    expect(served.issues).toEqual([
      expect.objectContaining({
        message:
          'LitmusChaos is not installed in this cluster: the API server does not serve litmuschaos.io/v1alpha1 (ChaosEngine, ChaosResult)',
        hint: 'Install LitmusChaos first.'
      })
    ])
  })

  it('names the missing kinds of a served group and returns the resources found', async () => {
    const kube = new FakeKube().serve(engines)
    const served = await checkServed(
      kube,
      [
        { apiVersion: ENGINE.apiVersion, kind: 'ChaosEngine' },
        { apiVersion: ENGINE.apiVersion, kind: 'ChaosResult' }
      ],
      { product: 'LitmusChaos', install: '' },
      where,
      op
    )
    expect(served.issues[0]?.message).toContain(
      'serves litmuschaos.io/v1alpha1 but not ChaosResult'
    )
    expect(served.resources.get('litmuschaos.io/v1alpha1/ChaosEngine')).toBe(engines)
  })

  it('reports every denied verb at once, grouped by resource', async () => {
    const kube = new FakeKube()
    kube.denied
      .add('create litmuschaos.io/chaosengines')
      .add('delete litmuschaos.io/chaosengines')
      .add('list /pods')
    const pods: ApiResource = {
      group: '',
      version: 'v1',
      kind: 'Pod',
      resource: 'pods',
      namespaced: true,
      verbs: []
    }
    const issues = await checkAccess(
      kube,
      [
        ...needs(engines, ['create', 'get', 'delete'], 'staging'),
        ...needs(pods, ['list'], 'staging')
      ],
      where,
      op
    )
    expect(issues.map((i) => i.message)).toEqual([
      "the runner may not 'create', 'delete' chaosengines.litmuschaos.io in namespace staging",
      "the runner may not 'list' pods in namespace staging"
    ])
    expect(issues[0]?.hint).toContain(
      'kubectl create role chaos-gate --verb=create,delete --resource=chaosengines.litmuschaos.io -n staging'
    )
  })

  it('turns a 422 dry run into issues at the manifest lines and sends nothing for real', async () => {
    const kube = new FakeKube().fail(
      'create',
      new KubeApiError(422, 'Invalid', 'invalid', [
        { field: 'spec.engineState', message: 'Unsupported value: "run"' }
      ])
    )
    const issues = await dryRunCreate(
      kube,
      engine('gate-r1-a'),
      (path) => ({ file: 'a.yaml', line: path.length + 3, col: 5 }),
      op
    )
    expect(issues).toEqual([
      expect.objectContaining({ file: 'a.yaml', line: 5, col: 5, path: 'spec.engineState' })
    ])
    expect(kube.all()).toEqual([])
  })

  it('says a server that cannot answer the dry run is an error, not a finding', async () => {
    const kube = new FakeKube().fail('create', new KubeApiError(503, 'ServiceUnavailable', 'down'))
    await expect(dryRunCreate(kube, engine('gate-r1-a'), () => where, op)).rejects.toBeInstanceOf(
      BackendError
    )
  })
})

describe('targets', () => {
  const declaration: TargetDeclaration = {
    namespaces: ['staging'],
    labelSelector: 'app=checkout',
    mode: { kind: 'percent', percent: 50 },
    location: where
  }

  it('counts live matching pods and applies the mode', async () => {
    const kube = new FakeKube()
    kube.write(pod('c1', { app: 'checkout' }))
    kube.write(pod('c2', { app: 'checkout' }))
    kube.write(pod('c3', { app: 'checkout' }, 'Succeeded'))
    kube.write(pod('c4', { app: 'checkout' }, 'Running', { deletionTimestamp: 'now' }))
    kube.write(pod('other', { app: 'cart' }))
    await expect(countTargets(kube, declaration)).resolves.toEqual({
      candidates: 2,
      targets: 1,
      sample: ['staging/c1', 'staging/c2']
    })
  })

  it('rounds percentages down but hits at least one', () => {
    expect(hitBy({ kind: 'percent', percent: 50 }, 5)).toBe(2)
    expect(hitBy({ kind: 'percent', percent: 10 }, 3)).toBe(1)
    expect(hitBy({ kind: 'count', count: 3 }, 2)).toBe(2)
    expect(hitBy({ kind: 'unknown' }, 7)).toBe(7)
    expect(hitBy({ kind: 'all' }, 0)).toBe(0)
  })

  it('says how to check a selector that matches nothing', async () => {
    const count = await countTargets(new FakeKube(), declaration)
    if (!count) throw new Error('pods are countable')
    expect(noTargetIssue(declaration, count)).toMatchObject({
      message: "label selector 'app=checkout' matches no running pod in namespace staging",
      hint: "Check it with: kubectl get pods -n staging -l 'app=checkout'"
    })
  })
})

describe('live target checks', () => {
  const declaration: TargetDeclaration = {
    namespaces: ['staging'],
    labelSelector: 'app=checkout',
    mode: { kind: 'percent', percent: 50 },
    location: where
  }
  const exp = (
    targets: TargetDeclaration | undefined,
    blastRadius?: Experiment['blastRadius']
  ): Experiment => ({
    name: 'checkout',
    source: where,
    locate: () => where,
    backend: 'litmus',
    kind: 'ChaosEngine',
    fault: { kind: 'kube-object', object: engine('x') },
    ...(targets && { targets }),
    expect: 'pass',
    ...(blastRadius ? { blastRadius } : {})
  })
  const replicas = (n: number): FakeKube => {
    const kube = new FakeKube()
    for (let i = 0; i < n; i++) kube.write(pod(`c${i}`, { app: 'checkout' }))
    return kube
  }

  it('passes a fault within the policy and reports what it counted', async () => {
    const checked = await checkTargets(replicas(4), exp(declaration), defaultPolicy(), op)
    expect(checked).toEqual({
      count: { candidates: 4, targets: 2, sample: expect.any(Array) as unknown },
      issues: []
    })
  })

  it('refuses a fault that would hit more than maxPercentage of the live pods', async () => {
    const all = { ...declaration, mode: { kind: 'all' } as const }
    const checked = await checkTargets(replicas(4), exp(all), defaultPolicy(), op)
    expect(checked.issues.map((i) => i.code)).toEqual(['policy/max-percentage'])
  })

  it('refuses without a policy, whatever the targets, and counts nothing', async () => {
    const kube = replicas(1)
    for (const declared of [exp(declaration), exp(undefined)]) {
      const checked = await checkTargets(kube, declared, undefined, op)
      expect(checked).toEqual({ issues: [expect.objectContaining({ code: 'policy/missing' })] })
    }
    expect(kube.calls.filter((c) => c.startsWith('list'))).toEqual([])
  })

  it('refuses more targets than maxTargets, tightened by the experiment', async () => {
    const three = { ...declaration, mode: { kind: 'count', count: 3 } as const }
    const checked = await checkTargets(
      replicas(10),
      exp(three, { maxTargets: 2 }),
      defaultPolicy(),
      op
    )
    expect(checked.issues.map((i) => i.code)).toEqual(['policy/max-targets'])
  })

  it('counts schedulable nodes for node faults, and skips what it cannot count', async () => {
    const kube = new FakeKube()
    kube.write({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { pool: 'a' } } })
    kube.write({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'n2', labels: { pool: 'a' } },
      spec: { unschedulable: true }
    })
    const nodes: TargetDeclaration = {
      resource: 'node',
      namespaces: [],
      labelSelector: 'pool=a',
      mode: { kind: 'count', count: 1 },
      location: where
    }
    await expect(countTargets(kube, nodes)).resolves.toMatchObject({
      candidates: 1,
      targets: 1,
      sample: ['n1']
    })
    await expect(countTargets(kube, { ...nodes, resource: 'external' })).resolves.toBeUndefined()
  })
})

describe('cleanup', () => {
  const options = (clock: FakeClock) => ({
    backend: 'litmus',
    clock,
    log: silentLog,
    boundMs: 30_000
  })

  it('finds objects by label and deletes them', async () => {
    const kube = new FakeKube()
    kube.write(engine('gate-r1-a'))
    kube.write(engine('gate-r2-a', { ...RUN, 'chaos-gate.dev/run-id': 'r2' }))
    const { found } = await findByLabel(
      kube,
      [ENGINE],
      ['staging'],
      'app.kubernetes.io/managed-by=chaos-gate,chaos-gate.dev/run-id=r1',
      'litmus'
    )
    expect(found.map((o) => o.metadata.name)).toEqual(['gate-r1-a'])
    const report = await deleteAll(
      kube,
      found.map((o) => ({ kind: ENGINE, namespace: 'staging', name: o.metadata.name ?? '' })),
      options(new FakeClock())
    )
    expect(report).toEqual({ deleted: ['ChaosEngine staging/gate-r1-a'], stuck: [], errors: [] })
    expect(kube.all().map((o) => o.metadata.name)).toEqual(['gate-r2-a'])
  })

  it('waits by watch for finalizers to be released', async () => {
    const kube = new FakeKube()
    kube.write(engine('gate-r1-a', RUN, { finalizers: ['chaosengine.litmuschaos.io/finalizer'] }))
    const ref = { ...ENGINE, namespace: 'staging', name: 'gate-r1-a' }
    const clock = new FakeClock()
    // The operator releases its finalizer while cleanup is watching.
    kube.onWatch = () => kube.remove(ref)
    const report = await deleteAll(
      kube,
      [{ kind: ENGINE, namespace: 'staging', name: 'gate-r1-a' }],
      options(clock)
    )
    expect(report).toEqual({ deleted: ['ChaosEngine staging/gate-r1-a'], stuck: [], errors: [] })
    expect(clock.now() - new FakeClock().now()).toBeLessThan(30_000)
  })

  it('reports an object whose finalizer is never released, with the command to inspect it', async () => {
    const kube = new FakeKube()
    kube.write(engine('gate-r1-a', RUN, { finalizers: ['chaosengine.litmuschaos.io/finalizer'] }))
    const report = await deleteAll(
      kube,
      [{ kind: ENGINE, namespace: 'staging', name: 'gate-r1-a' }],
      options(new FakeClock())
    )
    expect(report.stuck).toEqual([
      {
        ref: 'ChaosEngine staging/gate-r1-a',
        reason:
          'finalizer chaosengine.litmuschaos.io/finalizer was not released within 30.0s of the delete (its controller did not finish)',
        inspect: 'kubectl get chaosengines.litmuschaos.io gate-r1-a -n staging -o yaml'
      }
    ])
  })

  it('keeps going when one delete fails and reports it', async () => {
    const kube = new FakeKube()
    kube.write(engine('gate-r1-a'))
    kube.write(engine('gate-r1-b'))
    kube.fail('delete', new KubeApiError(403, 'Forbidden', 'no'), { times: 1 })
    const report = await deleteAll(
      kube,
      ['gate-r1-a', 'gate-r1-b'].map((name) => ({ kind: ENGINE, namespace: 'staging', name })),
      options(new FakeClock())
    )
    expect(report.deleted).toEqual(['ChaosEngine staging/gate-r1-b'])
    expect(report.errors[0]).toContain(
      "needs 'delete' on chaosengines.litmuschaos.io in namespace staging"
    )
  })
})

describe('fitWaits', () => {
  const clock = new FakeClock(0)
  const budget = (deadline: number) => ({ clock, deadline })

  it("keeps each wait's own bound when they all fit in cleanup's budget", () => {
    const fit = fitWaits(15_000 + 30_000, budget(60_000))
    expect([fit(15_000), fit(30_000)]).toEqual([15_000, 30_000])
  })

  it('shortens the waits in proportion so they end before the deadline, with room to report', () => {
    const fit = fitWaits(2 * 60_000, budget(60_000))
    expect([fit(60_000), fit(60_000)]).toEqual([29_000, 29_000])
  })

  it('gives each wait at least a second when the deadline has already passed', () => {
    expect(fitWaits(10_000, budget(-5_000))(10_000)).toBe(1_000)
  })
})
