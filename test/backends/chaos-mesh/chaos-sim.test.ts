/**
 * The chaos-mesh backend against the simulated Chaos Mesh operator, through the real Kubernetes
 * layer: every scripted outcome (pass, fail, error, stuck), zero targets, and the safe abort.
 */
import type { Backend, Observation } from '../../../src/backends/backend'
import { runSelectorString } from '../../../src/backends/labels'
import type { Experiment } from '../../../src/manifest/model'
import {
  chaosMeshBackend,
  experimentFrom,
  type KubeSim,
  observeUntil,
  runContext,
  startKubeSim
} from './sim-harness'

const API = 'chaos-mesh.org/v1alpha1'

function podKill(outcome = 'pass', selector = 'app: checkout'): string {
  return `apiVersion: ${API}
kind: PodChaos
metadata:
  name: kill-one
  namespace: staging
  annotations: { sim.chaos-gate.dev/outcome: ${outcome} }
spec:
  action: pod-kill
  mode: one
  selector:
    namespaces: [staging]
    labelSelectors: { ${selector} }
`
}

function networkDelay(outcome = 'pass', duration = '30s'): string {
  return `apiVersion: ${API}
kind: NetworkChaos
metadata:
  name: delay-one
  namespace: staging
  annotations: { sim.chaos-gate.dev/outcome: ${outcome} }
spec:
  action: delay
  mode: one
  selector:
    namespaces: [staging]
    labelSelectors: { app: checkout }
  delay: { latency: 100ms }
  duration: ${duration}
`
}

let k: KubeSim
let backend: Backend
beforeAll(async () => {
  k = await startKubeSim()
  backend = chaosMeshBackend(k)
})
afterAll(() => k.close())

/** Runs preflight, submit and observe to the end; returns what was observed and the handle. */
async function run(exp: Experiment) {
  const ctx = runContext(exp)
  const preflight = await backend.preflight(exp, ctx)
  expect(preflight.issues).toEqual([])
  const handle = await backend.submit(exp, ctx)
  const seen = await observeUntil(backend, handle, ctx)
  return { ctx, handle, seen, last: seen.at(-1) }
}

function leftovers(runId: string): number {
  return ['PodChaos', 'NetworkChaos', 'Schedule', 'Workflow'].reduce(
    (n, kind) =>
      n + k.sim.objects.list(API, kind, { labelSelector: runSelectorString(runId) }).length,
    0
  )
}

async function podNames(): Promise<string[]> {
  const pods = await k.conn.objects.list({ apiVersion: 'v1', kind: 'Pod', namespace: 'staging' })
  return pods.items.map((p) => p.metadata.name ?? '')
}

const phases = (seen: readonly Observation[]) => seen.map((o) => o.phase)

describe('chaos-mesh backend on the simulated operator', () => {
  it('a pod-kill finishes once every record is injected, having really killed a pod', async () => {
    const exp = await experimentFrom(k.dir, podKill())
    const before = await podNames()
    const { ctx, last } = await run(exp)
    expect(last).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
    expect(last?.message).toContain('one-shot')
    const after = await podNames()
    expect(after.filter((p) => !before.includes(p)).length).toBeGreaterThan(0)
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [] },
      ctx
    )
    expect(report.stuck).toEqual([])
    expect(report.deleted).toHaveLength(1)
    expect(leftovers(ctx.runId)).toBe(0)
  })

  it('a continuous fault is injected, then finished when Chaos Mesh recovers it after its duration', async () => {
    const exp = await experimentFrom(k.dir, networkDelay())
    const { seen, last } = await run(exp)
    expect(phases(seen)).toContain('injected')
    expect(last).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
    expect(last?.details?.conditions).toBe(
      'Selected=True AllInjected=False AllRecovered=True Paused=False'
    )
  })

  it("a fault no target accepts fails with Chaos Mesh's reason", async () => {
    const { last } = await run(await experimentFrom(k.dir, networkDelay('fail')))
    expect(last).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0,
      terminal: true
    })
    expect(last?.message).toContain('the target refused the fault')
  })

  it('chaos-daemon unreachable is an error, not a fail', async () => {
    const { last } = await run(await experimentFrom(k.dir, podKill('error')))
    expect(last).toMatchObject({ phase: 'failed', verdict: 'error', affectedTargets: 0 })
    expect(last?.message).toContain('connection refused')
  })

  it('zero selected targets fails with "no target has been selected"', async () => {
    const exp = await experimentFrom(k.dir, podKill('pass', 'app: checkout'))
    const ctx = runContext(exp)
    const object = exp.fault.kind === 'kube-object' ? exp.fault.object : undefined
    const nothing = {
      ...exp,
      fault: {
        kind: 'kube-object' as const,
        object: {
          ...object!,
          spec: {
            action: 'pod-kill',
            mode: 'one',
            selector: { namespaces: ['staging'], labelSelectors: { app: 'nobody' } }
          }
        }
      }
    }
    const handle = await backend.submit(nothing, ctx)
    const last = (await observeUntil(backend, handle, ctx)).at(-1)
    expect(last).toMatchObject({ phase: 'failed', verdict: 'fail', affectedTargets: 0 })
    expect(last?.message).toContain('no target has been selected')
  })
})

describe('abort and cleanup', () => {
  it('aborting mid-injection pauses, waits for every record to recover, then deletes: nothing left injected or behind', async () => {
    const exp = await experimentFrom(k.dir, networkDelay('pass', '10m'))
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    await observeUntil(backend, handle, ctx, (o) => o.phase === 'injected')
    const history: Observation[] = []
    const versions: { phase: string; records: string[]; paused: string | undefined }[] = []
    const stop = new AbortController()
    const watching = (async () => {
      for await (const e of k.conn.objects.watch(
        {
          apiVersion: API,
          kind: 'NetworkChaos',
          namespace: 'staging',
          fieldSelector: `metadata.name=${handle.name}`
        },
        { resourceVersion: '0', allowBookmarks: false },
        stop.signal
      )) {
        const status = e.object.status as
          { experiment?: { containerRecords?: { phase: string }[] } } | undefined
        versions.push({
          phase: e.type,
          records: (status?.experiment?.containerRecords ?? []).map((r) => r.phase),
          paused: e.object.metadata.annotations?.['experiment.chaos-mesh.org/pause']
        })
        if (e.type === 'DELETED') break
      }
    })().catch(() => undefined)
    await backend.abort(handle, ctx)
    await observeUntil(backend, handle, ctx).then((o) => history.push(...o))
    // The gate may see the object gone before this watch delivers its DELETED event.
    await watching
    stop.abort()
    expect(history.at(-1)).toMatchObject({ phase: 'stopped', terminal: true })
    // Every version from the delete on had its records recovered: the delete came after recovery.
    const deleting = versions.findIndex((v) => v.phase === 'DELETED')
    expect(deleting).toBeGreaterThan(0)
    const beforeDelete = versions[deleting - 1]
    expect(beforeDelete).toMatchObject({ paused: 'true', records: ['Not Injected'] })
    expect(versions.some((v) => v.records.includes('Injected'))).toBe(true)
    expect(leftovers(ctx.runId)).toBe(0)
    await backend.abort(handle, ctx)
  })

  it('a stuck fault is reported with the finalizer, the inspect command and the forced cleanup, never forced', async () => {
    const exp = await experimentFrom(k.dir, networkDelay('stuck'))
    const { ctx, handle, last } = await run(exp)
    expect(last).toMatchObject({ phase: 'failed', verdict: 'error', terminal: true })
    expect(last?.message).toContain('cannot recover')
    const started = Date.now()
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(Date.now() - started).toBeLessThan(2_500)
    expect(report.stuck).toHaveLength(1)
    const [stuck] = report.stuck
    expect(stuck?.ref).toBe(`NetworkChaos staging/${handle.name}`)
    expect(stuck?.reason).toContain('held by finalizer chaos-mesh/records')
    expect(stuck?.reason).toContain('chaos-mesh.chaos-mesh.org/cleanFinalizer=forced')
    expect(stuck?.inspect).toBe(
      `kubectl get networkchaos.chaos-mesh.org ${handle.name} -n staging -o yaml`
    )
    const object = await k.conn.objects.get({
      apiVersion: API,
      kind: 'NetworkChaos',
      namespace: 'staging',
      name: handle.name
    })
    expect(
      object?.metadata.annotations?.['chaos-mesh.chaos-mesh.org/cleanFinalizer']
    ).toBeUndefined()
    // The test, not the gate, applies the last resort so the cluster is clean for the next test.
    k.sim.objects.patch(
      { apiVersion: API, kind: 'NetworkChaos', namespace: 'staging', name: handle.name },
      {
        metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
      }
    )
    await k.sim.objects.waitFor(
      { apiVersion: API, kind: 'NetworkChaos', namespace: 'staging', name: handle.name },
      (o) => o === undefined,
      3_000
    )
  })
})

describe('preflight against faults already injected', () => {
  it('refuses while a chaos of the same kind from elsewhere is injecting into the pods it would target', async () => {
    const theirs = {
      apiVersion: API,
      kind: 'NetworkChaos',
      metadata: { name: 'someone-elses-delay', namespace: 'staging' },
      spec: {
        action: 'delay',
        mode: 'all',
        selector: { namespaces: ['staging'], labelSelectors: { app: 'checkout' } },
        delay: { latency: '10ms' },
        duration: '10m'
      }
    }
    await k.conn.objects.create(theirs)
    const ref = {
      apiVersion: API,
      kind: 'NetworkChaos',
      namespace: 'staging',
      name: 'someone-elses-delay'
    }
    await k.sim.objects.waitFor(
      ref,
      (o) => JSON.stringify(o?.status ?? {}).includes('"Injected"'),
      3_000
    )
    const exp = await experimentFrom(k.dir, networkDelay())
    const report = await backend.preflight(exp, runContext(exp))
    expect(report.issues.map((i) => i.code)).toEqual(['chaos-mesh/conflict'])
    expect(report.issues[0]?.message).toMatch(
      /^NetworkChaos staging\/someone-elses-delay, not from this run, is injecting into staging\/checkout-\S+, staging\/checkout-\S+, staging\/checkout-\S+, which this experiment would target/
    )
    await k.conn.objects.delete(ref)
    await k.sim.objects.waitFor(ref, (o) => o === undefined, 3_000)
    expect((await backend.preflight(exp, runContext(exp))).issues).toEqual([])
  })
})
