/**
 * pod-kill against the simulated cluster's Deployment → ReplicaSet → pods, through the real
 * Kubernetes layer: the kill, the restore timed by watch, the policy at preflight and again at
 * submit, a deterministic choice, and an idempotent submit.
 */
import type { Backend } from '../../../src/backends/backend'
import { createKubernetesBackend } from '../../../src/backends/kubernetes/kubernetes-backend'
import { runLabels, runSelectorString } from '../../../src/backends/labels'
import { loadPolicy } from '../../../src/policy/load-policy'
import type { Policy } from '../../../src/policy/policy'
import { errorMessage } from '../../../src/util/errors'
import {
  experimentFrom,
  type KubeSim,
  observeUntil,
  runContext,
  startKubeSim
} from '../chaos-mesh/sim-harness'

const podKill = (count: number, restoreTimeout = '30s') => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: kill-checkout, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: ${count}
    restoreTimeout: ${restoreTimeout}
`

let k: KubeSim
beforeAll(async () => {
  k = await startKubeSim({ timing: { podReadyMs: 150 } })
})
afterAll(() => k.close())

function backendWith(random: () => number, policy: Policy = k.policy): Backend {
  return createKubernetesBackend({
    kube: k.conn.objects,
    cluster: k.conn.cluster,
    defaultNamespace: 'staging',
    policy,
    random,
    cleanupBoundMs: 2_000
  })
}

async function servingPods(): Promise<string[]> {
  const pods = await k.conn.objects.list({
    apiVersion: 'v1',
    kind: 'Pod',
    namespace: 'staging',
    labelSelector: 'app=checkout'
  })
  return pods.items
    .filter((p) => p.metadata.deletionTimestamp === undefined)
    .map((p) => p.metadata.name ?? '')
    .sort()
}

async function settled(): Promise<void> {
  await k.sim.objects.waitFor(
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
    (d) => {
      const status = d?.status as { readyReplicas?: number; replicas?: number } | undefined
      return status?.readyReplicas === 3 && status.replicas === 3
    },
    5_000
  )
}

describe('pod-kill', () => {
  beforeEach(settled)

  it('kills the chosen pod, and reports the time until the Deployment is Ready again as recovery', async () => {
    const backend = backendWith(() => 0.99)
    const exp = await experimentFrom(k.dir, podKill(1))
    const ctx = runContext(exp)
    const before = await servingPods()
    const preflight = await backend.preflight(exp, ctx)
    expect(preflight).toMatchObject({ issues: [], targets: 1, candidates: 3 })
    const handle = await backend.submit(exp, ctx)
    // Sorted by name, random 0.99 picks the last pod.
    expect(handle.data?.victims).toBe(before[2])
    const seen = await observeUntil(backend, handle, ctx)
    const last = seen.at(-1)
    expect(seen[0]).toMatchObject({ phase: 'injected', affectedTargets: 1 })
    expect(seen[0]?.message).toContain('Deployment staging/checkout 2/3 ready')
    expect(last).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
    const restoreMs = Number(last?.details?.timeToRestoreMs)
    // The simulated kubelet needs 150 ms to make the replacement Ready.
    expect(restoreMs).toBeGreaterThanOrEqual(140)
    expect(restoreMs).toBeLessThan(5_000)
    expect(await servingPods()).not.toContain(before[2])
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report).toMatchObject({ stuck: [], errors: [] })
    expect(report.deleted).toEqual([`ConfigMap staging/${handle.name}`])
    expect(
      k.sim.objects.list('v1', 'ConfigMap', { labelSelector: runSelectorString(ctx.runId) })
    ).toEqual([])
  })

  it('a second submit of the same run adopts the record and kills nobody else', async () => {
    const backend = backendWith(() => 0)
    const exp = await experimentFrom(k.dir, podKill(1))
    const ctx = runContext(exp)
    const first = await backend.submit(exp, ctx)
    await observeUntil(backend, first, ctx)
    const pods = await servingPods()
    const second = await backend.submit(exp, ctx)
    expect(second).toEqual(first)
    expect(await servingPods()).toEqual(pods)
    await backend.cleanup({ runId: ctx.runId, namespaces: ['staging'], handles: [first] }, ctx)
  })

  it("an experiment's own cleanup leaves the run's other experiments alone", async () => {
    const backend = backendWith(() => 0)
    const exp = await experimentFrom(k.dir, podKill(1))
    const other = await experimentFrom(
      k.dir,
      podKill(1).replace('name: kill-checkout', 'name: kill-other')
    )
    const ctx = runContext(exp)
    const first = await backend.submit(exp, ctx)
    const kept = await backend.submit(other, { ...ctx, labels: runLabels(ctx.runId, other.name) })
    const report = await backend.cleanup(
      { runId: ctx.runId, experiment: exp.name, namespaces: ['staging'], handles: [first, kept] },
      ctx
    )
    expect(report.deleted).toEqual([`ConfigMap staging/${first.name}`])
    const left = k.sim.objects.list('v1', 'ConfigMap', {
      labelSelector: runSelectorString(ctx.runId)
    })
    expect(left).toHaveLength(1)
    await backend.cleanup({ runId: ctx.runId, namespaces: ['staging'], handles: [kept] }, ctx)
  })

  it('preflight refuses more pods than maxPercentage allows on the live count', async () => {
    const backend = backendWith(() => 0)
    const exp = await experimentFrom(k.dir, podKill(2))
    const report = await backend.preflight(exp, runContext(exp))
    expect(report.issues.map((i) => i.code)).toEqual(['policy/max-percentage'])
    expect(report.issues[0]?.message).toContain('would hit 2 of 3 matching pods (66.7%)')
  })

  it('preflight and submit both hold a pod-kill to maxTargets', async () => {
    const policy = loadPolicy({
      cwd: k.dir,
      environment: 'staging',
      policy: 'blastRadius: { maxTargets: 1, maxPercentage: 100 }'
    }).policy
    const backend = backendWith(() => 0, policy)
    const exp = await experimentFrom(k.dir, podKill(2))
    const ctx = runContext(exp)
    const report = await backend.preflight(exp, ctx)
    expect(report.issues.map((i) => i.code)).toEqual(['policy/max-targets'])
    const pods = await servingPods()
    await expect(backend.submit(exp, ctx)).rejects.toThrow('over the limit of 1 (maxTargets)')
    expect(await servingPods()).toEqual(pods)
  })

  it('submit checks the policy again on the live count: after a scale-down it refuses and kills nothing', async () => {
    const backend = backendWith(() => 0)
    const exp = await experimentFrom(k.dir, podKill(1))
    const ctx = runContext(exp)
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    k.sim.objects.patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
      { spec: { replicas: 1 } }
    )
    await k.sim.objects.waitFor(
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
      (d) => (d?.status as { replicas?: number } | undefined)?.replicas === 1,
      5_000
    )
    const pods = await servingPods()
    expect(pods).toHaveLength(1)
    const error = await backend.submit(exp, ctx).then(
      () => undefined,
      (err: unknown) => errorMessage(err)
    )
    expect(error).toContain('refused at submit')
    expect(error).toContain('over the limit of 50% (maxPercentage)')
    expect(await servingPods()).toEqual(pods)
    k.sim.objects.patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
      { spec: { replicas: 3 } }
    )
  })
})

describe('pod-kill on a slow workload', () => {
  let slow: KubeSim
  beforeAll(async () => {
    // Replacement pods take 3 s to become Ready: longer than the restoreTimeout below.
    slow = await startKubeSim({ timing: { podReadyMs: 3_000 } })
    await slow.sim.objects.waitFor(
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
      (d) => (d?.status as { readyReplicas?: number } | undefined)?.readyReplicas === 3,
      10_000
    )
  })
  afterAll(() => slow.close())

  it('a workload that does not come back within restoreTimeout fails the experiment', async () => {
    const backend = createKubernetesBackend({
      kube: slow.conn.objects,
      cluster: slow.conn.cluster,
      defaultNamespace: 'staging',
      policy: slow.policy,
      random: () => 0
    })
    const exp = await experimentFrom(slow.dir, podKill(1, '1s'))
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    const last = (await observeUntil(backend, handle, ctx)).at(-1)
    expect(last).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 1,
      terminal: true
    })
    expect(last?.message).toBe(
      'not restored within the restoreTimeout of 1s: Deployment staging/checkout 2/3 ready'
    )
  }, 15_000)
})
