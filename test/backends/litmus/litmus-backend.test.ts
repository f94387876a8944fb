/**
 * The litmus backend against the in-memory port, with the test playing the chaos-operator and
 * the experiment pod. The same behaviours run end to end against the simulated cluster in
 * litmus-sim.test.ts.
 */
import type { Handle, RunContext } from '../../../src/backends/backend'
import { KubeApiError } from '../../../src/backends/kube/port'
import { ABORTED_AT_ANNOTATION } from '../../../src/backends/litmus/litmus-api'
import { createLitmusBackend } from '../../../src/backends/litmus/litmus-backend'
import { runGate } from '../../../src/gate/run-gate'
import type { Experiment, KubeObject } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { defaultPolicy } from '../../fakes/default-policy'
import { FakeKube } from '../../fakes/fake-kube'
import { describeKubeBackendContract } from '../../fakes/kube-backend-contract'
import { makeDeps, makeSettings } from '../../gate/fakes/gate-fixtures'

const LABELS = {
  'app.kubernetes.io/managed-by': 'chaos-gate',
  'chaos-gate.dev/run-id': 'r1',
  'chaos-gate.dev/experiment': 'checkout'
}
const resources = ['ChaosEngine', 'ChaosResult', 'ChaosExperiment'].map((kind) => ({
  group: 'litmuschaos.io',
  version: 'v1alpha1',
  kind,
  resource: `${kind.toLowerCase()}s`,
  namespaced: true,
  verbs: ['get', 'list', 'watch', 'create', 'patch', 'delete']
}))

function experiment(spec: Record<string, unknown> = {}): Experiment {
  const object: KubeObject = {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosEngine',
    metadata: {
      name: 'checkout-pod-delete',
      namespace: 'staging',
      annotations: { 'sim.chaos-gate.dev/outcome': 'pass' }
    },
    spec: {
      engineState: 'stop',
      appinfo: { appns: 'staging', applabel: 'app=checkout', appkind: 'deployment' },
      chaosServiceAccount: 'litmus-admin',
      experiments: [{ name: 'pod-delete' }],
      ...spec
    }
  }
  return {
    name: 'checkout',
    source: { file: 'experiments/checkout.yaml', line: 1, col: 1 },
    locate: (path) => ({ file: 'experiments/checkout.yaml', line: 1 + path.length, col: 1 }),
    backend: 'litmus',
    kind: 'ChaosEngine',
    action: 'pod-delete',
    namespace: 'staging',
    fault: { kind: 'kube-object', object },
    targets: {
      namespaces: ['staging'],
      labelSelector: 'app=checkout',
      mode: { kind: 'percent', percent: 50 },
      location: { file: 'experiments/checkout.yaml', line: 6, col: 5 }
    },
    expect: 'pass'
  }
}

function context(clock = new FakeClock(), signal = new AbortController().signal): RunContext {
  return {
    runId: 'r1',
    clock,
    log: silentLog,
    signal,
    labels: LABELS,
    deadline: clock.now() + 600_000
  }
}

function cluster(): FakeKube {
  const kube = new FakeKube().serve(...resources)
  kube.write({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'litmus-admin', namespace: 'staging' }
  })
  kube.write({
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosExperiment',
    metadata: { name: 'pod-delete', namespace: 'staging' }
  })
  for (const name of ['checkout-1', 'checkout-2'])
    kube.write({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'staging', labels: { app: 'checkout' } },
      status: { phase: 'Running' }
    })
  return kube
}

const backend = (kube: FakeKube) =>
  createLitmusBackend({
    kube,
    cluster: kube,
    defaultNamespace: 'default',
    policy: defaultPolicy(),
    cleanupBoundMs: 5_000
  })

/** The submitted engine as the cluster stores it. */
function stored(kube: FakeKube): KubeObject {
  const engine = kube.peek(engineRef())
  if (!engine) throw new Error('the engine was not created')
  return engine
}

const engineRef = (name = 'gate-r1-checkout') => ({
  apiVersion: 'litmuschaos.io/v1alpha1',
  kind: 'ChaosEngine',
  namespace: 'staging',
  name
})

/** Writes the ChaosResult an experiment pod would. */
function writeResult(
  kube: FakeKube,
  uid: string,
  verdict: string,
  phase = 'Completed',
  engine = 'gate-r1-checkout'
): void {
  kube.write({
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosResult',
    metadata: {
      name: `${engine}-pod-delete`,
      namespace: 'staging',
      labels: { chaosUID: uid }
    },
    spec: { engine, experiment: 'pod-delete' },
    status: {
      experimentStatus: {
        phase,
        verdict,
        probeSuccessPercentage: verdict === 'Awaited' ? 'Awaited' : '100'
      }
    }
  })
}

describeKubeBackendContract('litmus', () => {
  const kube = cluster()
  return {
    backend: backend(kube),
    kube,
    experiment: experiment(),
    kind: 'ChaosEngine',
    finish: (handle) => writeResult(kube, handle.uid ?? '', 'Pass', 'Completed', handle.name),
    // Litmus says everything in its objects: nothing changes with time alone.
    deadlines: () => []
  }
})

describe('litmus backend', () => {
  it('submits the manifest engine under the run name, labels and engineState active', async () => {
    const kube = cluster()
    const handle = await backend(kube).submit(experiment(), context())
    const created = kube.peek(engineRef())
    expect(handle).toEqual({
      backend: 'litmus',
      experiment: 'checkout',
      apiVersion: 'litmuschaos.io/v1alpha1',
      kind: 'ChaosEngine',
      name: 'gate-r1-checkout',
      namespace: 'staging',
      uid: created?.metadata.uid
    })
    expect(created?.metadata.labels).toEqual(LABELS)
    expect(created?.metadata.annotations).toEqual({ 'sim.chaos-gate.dev/outcome': 'pass' })
    expect(created?.spec).toMatchObject({
      engineState: 'active',
      chaosServiceAccount: 'litmus-admin'
    })
  })

  it('is idempotent: a second submit adopts the same engine', async () => {
    const kube = cluster()
    const first = await backend(kube).submit(experiment(), context())
    const second = await backend(kube).submit(experiment(), context())
    expect(second.uid).toBe(first.uid)
    expect(kube.all('ChaosEngine')).toHaveLength(1)
  })

  it('follows the engine and its result by watch and ends at the verdict', async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    const uid = handle.uid ?? ''
    kube.onWatch = (ref) => {
      if (ref.kind !== 'ChaosResult') return
      kube.write({
        ...stored(kube),
        status: {
          engineStatus: 'initialized',
          experiments: [{ name: 'pod-delete', status: 'Running', verdict: 'Awaited' }]
        }
      })
      writeResult(kube, uid, 'Awaited', 'Running')
      writeResult(kube, uid, 'Pass')
    }
    const seen = []
    for await (const o of b.observe(handle, context()))
      seen.push(`${o.phase}/${o.verdict ?? '-'}${o.terminal ? ' (terminal)' : ''}`)
    expect(seen[0]).toBe('pending/-')
    expect(seen.at(-1)).toBe('finished/pass (terminal)')
    expect(seen).toContain('injected/awaited')
  })

  it('ends the stream quietly when the run is cancelled', async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    const controller = new AbortController()
    const seen = []
    for await (const o of b.observe(handle, context(new FakeClock(), controller.signal))) {
      seen.push(o.phase)
      controller.abort()
    }
    expect(seen).toEqual(['pending'])
  })

  it('aborts through engineState: stop, marked as ours, idempotently and 404-tolerantly', async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    await b.abort(handle, context())
    await b.abort(handle, context())
    const engine = kube.peek(engineRef())
    expect(engine?.spec).toMatchObject({ engineState: 'stop' })
    expect(engine?.metadata.annotations?.[ABORTED_AT_ANNOTATION]).toBe('2026-11-26T12:00:00.000Z')
    const gone: Handle = { ...handle, name: 'gate-r1-gone' }
    await expect(b.abort(gone, context())).resolves.toBeUndefined()
  })

  it('says which permission is missing when the abort is refused', async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    kube.fail('patch', new KubeApiError(403, 'Forbidden', 'no'))
    await expect(b.abort(handle, context())).rejects.toThrow(
      "needs 'patch' on chaosengines.litmuschaos.io in namespace staging"
    )
  })

  it("cleans up the run's engines by label and their results by chaosUID, and nothing else", async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    writeResult(kube, handle.uid ?? '', 'Pass')
    kube.write({
      apiVersion: 'litmuschaos.io/v1alpha1',
      kind: 'ChaosEngine',
      metadata: { name: 'someone-else', namespace: 'staging' }
    })
    kube.write({
      apiVersion: 'litmuschaos.io/v1alpha1',
      kind: 'ChaosResult',
      metadata: {
        name: 'someone-else-pod-delete',
        namespace: 'staging',
        labels: { chaosUID: 'other' }
      },
      spec: { engine: 'someone-else' }
    })
    // Found by label alone: no handles, as after a crash.
    const report = await b.cleanup({ runId: 'r1', namespaces: ['staging'], handles: [] }, context())
    expect(report).toEqual({
      deleted: [
        'ChaosEngine staging/gate-r1-checkout',
        'ChaosResult staging/gate-r1-checkout-pod-delete'
      ],
      stuck: [],
      errors: []
    })
    expect(kube.all('ChaosEngine').map((o) => o.metadata.name)).toEqual(['someone-else'])
    expect(kube.all('ChaosResult').map((o) => o.metadata.name)).toEqual(['someone-else-pod-delete'])
  })

  it('reports an engine whose finalizer the operator never releases', async () => {
    const kube = cluster()
    const b = backend(kube)
    const handle = await b.submit(experiment(), context())
    kube.write({
      ...stored(kube),
      metadata: {
        ...kube.peek(engineRef())?.metadata,
        finalizers: ['chaosengine.litmuschaos.io/finalizer']
      }
    })
    const report = await b.cleanup({ runId: 'r1', namespaces: [], handles: [handle] }, context())
    expect(report.stuck).toEqual([
      expect.objectContaining({
        ref: 'ChaosEngine staging/gate-r1-checkout',
        inspect: 'kubectl get chaosengines.litmuschaos.io gate-r1-checkout -n staging -o yaml'
      })
    ])
  })

  describe('preflight', () => {
    it('passes and counts targets on a ready cluster without creating anything', async () => {
      const kube = cluster()
      const report = await backend(kube).preflight(experiment(), context())
      expect(report).toEqual({ warnings: [], issues: [], targets: 1, candidates: 2 })
      expect(kube.all('ChaosEngine')).toEqual([])
      expect(kube.calls).toContain('create ChaosEngine gate-r1-checkout')
    })

    it('says Litmus is not installed', async () => {
      const kube = new FakeKube()
      const report = await backend(kube).preflight(experiment(), context())
      expect(report.issues.map((i) => i.message)).toEqual([
        'LitmusChaos is not installed in this cluster: the API server does not serve litmuschaos.io/v1alpha1 (ChaosEngine, ChaosResult, ChaosExperiment)'
      ])
    })

    it('reports every missing permission at once and stops there', async () => {
      const kube = cluster()
      kube.denied
        .add('create litmuschaos.io/chaosengines')
        .add('watch litmuschaos.io/chaosresults')
        .add('list /pods')
      const report = await backend(kube).preflight(experiment(), context())
      expect(report.issues.map((i) => i.message)).toEqual([
        "the runner may not 'create' chaosengines.litmuschaos.io in namespace staging",
        "the runner may not 'watch' chaosresults.litmuschaos.io in namespace staging",
        "the runner may not 'list' pods in namespace staging"
      ])
    })

    it('finds a missing ServiceAccount, ChaosExperiment and targets, all at once, at their lines', async () => {
      const kube = new FakeKube().serve(...resources)
      const report = await backend(kube).preflight(experiment(), context())
      expect(report.issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
        "3: the chaosServiceAccount 'litmus-admin' does not exist in namespace staging",
        "5: the ChaosExperiment 'pod-delete' does not exist in namespace staging, where the chaos-operator looks for it",
        "6: label selector 'app=checkout' matches no running pod in namespace staging"
      ])
      expect(report.targets).toBe(0)
    })

    it('refuses without a blast-radius policy: the live target count cannot be checked', async () => {
      const kube = cluster()
      const noPolicy = createLitmusBackend({
        kube,
        cluster: kube,
        defaultNamespace: 'default'
      })
      const report = await noPolicy.preflight(experiment(), context())
      expect(report.issues.map((i) => i.code)).toEqual(['policy/missing'])
      expect(report.targets).toBeUndefined()
    })

    it('maps a dry-run 422 to the manifest field', async () => {
      const kube = cluster().fail(
        'create',
        new KubeApiError(422, 'Invalid', 'invalid', [
          {
            field: 'spec.jobCleanUpPolicy',
            message: "spec.jobCleanUpPolicy in body should match '^(delete|retain)$'"
          }
        ])
      )
      const report = await backend(kube).preflight(
        experiment({ jobCleanUpPolicy: 'keep' }),
        context()
      )
      expect(report.issues).toEqual([
        expect.objectContaining({
          path: 'spec.jobCleanUpPolicy',
          line: 3,
          message: expect.stringContaining("should match '^(delete|retain)$'") as unknown
        })
      ])
    })
  })

  describe('check', () => {
    it('accepts a ChaosEngine and refuses anything else, leaving the rest to the manifest validator', () => {
      const b = backend(new FakeKube())
      expect(b.check(experiment())).toEqual([])
      const other = experiment()
      const podChaos = {
        ...other,
        kind: 'PodChaos',
        fault: {
          kind: 'kube-object' as const,
          object: {
            apiVersion: 'chaos-mesh.org/v1alpha1',
            kind: 'PodChaos',
            metadata: { name: 'x' }
          }
        }
      }
      expect(b.check(podChaos).map((i) => i.message)).toEqual([
        'the litmus backend runs ChaosEngine (litmuschaos.io/v1alpha1) objects; this is PodChaos'
      ])
    })
  })
})

describe('litmus cleanup after the gate deadline cancelled the run', () => {
  it('still waits its own bound for the finalizer, not what was left of the passed deadline', async () => {
    const clock = new FakeClock()
    const kube = cluster()
    // The operator never releases the engine: cleanup waits its full bound, then names it.
    kube.onCreate = (engine) => {
      if (engine.kind === 'ChaosEngine')
        kube.write({
          ...engine,
          metadata: { ...engine.metadata, finalizers: ['chaosengine.litmuschaos.io/finalizer'] }
        })
    }
    const settings = makeSettings({ runId: 'r1', timeoutMs: 10_000 })
    const report = await runGate([experiment()], settings, makeDeps(clock, backend(kube), {}))
    const [run] = report.experiments
    expect(run?.reasons.join('\n')).toContain('the gate deadline of 10.0s passed')
    expect(run?.cleanup?.stuck).toEqual([
      expect.objectContaining({
        ref: 'ChaosEngine staging/gate-r1-checkout',
        reason: expect.stringContaining('was not released within 5.00s of the delete') as unknown
      })
    ])
  })
})
