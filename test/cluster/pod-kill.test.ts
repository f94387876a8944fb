/**
 * pod-kill's contract on a standalone cluster: the simulator in `npm test`, the real control plane
 * in `npm run test:cluster`, where the runner is the least-privilege `chaos-gate` ServiceAccount,
 * preflight's access reviews meet the real RBAC authorizer, and the killed pod is replaced by the
 * real ReplicaSet controller, placed by the real scheduler and made Ready by kwok, so the time to
 * restore is the control plane's own.
 */
import { runSelectorString } from '../../src/backends/labels'
import { experimentFrom, observeUntil, runContext } from '../backends/chaos-mesh/sim-harness'
import { useStandaloneCluster } from '../e2e/standalone'
import {
  defaultPolicy,
  deploymentSettled,
  kubernetesBackend,
  runningAndReady,
  servingPods,
  workDir
} from './backend-harness'

const cluster = useStandaloneCluster()
const dir = workDir()

const podKill = (count: number) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: kill-checkout, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: ${count}
    restoreTimeout: 60s
`

beforeEach(() => deploymentSettled(cluster(), 'checkout', 3), 90_000)

it('kills the chosen pod, times the restore by watch, and cleanup leaves nothing', async () => {
  // Sorted by name, random 0.99 picks the last pod.
  const backend = kubernetesBackend(cluster(), defaultPolicy(dir), () => 0.99)
  const exp = await experimentFrom(dir, podKill(1))
  const ctx = runContext(exp)
  const before = (await servingPods(cluster(), 'checkout')).map((p) => p.metadata.name)
  expect(await backend.preflight(exp, ctx)).toMatchObject({ issues: [], targets: 1, candidates: 3 })

  const handle = await backend.submit(exp, ctx)
  expect(handle.data?.victims).toBe(before[2])
  const seen = await observeUntil(backend, handle, ctx, () => false, 60_000)
  // On the real control plane the replacement can be Ready before the first observation: then
  // the only one is 'finished'. Any before it say 'injected'.
  expect(seen.slice(0, -1).every((o) => o.phase === 'injected')).toBe(true)
  const last = seen.at(-1)
  expect(last).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
  expect(Number(last?.details?.timeToRestoreMs)).toBeGreaterThan(0)

  // A new pod took the victim's place: scheduled onto a node and Ready.
  const after = await servingPods(cluster(), 'checkout')
  expect(after.map((p) => p.metadata.name)).not.toContain(before[2])
  expect(after.filter(runningAndReady)).toHaveLength(3)

  const report = await backend.cleanup(
    { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
    ctx
  )
  expect(report).toMatchObject({ stuck: [], errors: [] })
  expect(report.deleted).toEqual([`ConfigMap staging/${handle.name}`])
  const left = await cluster().admin.objects.list({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'staging',
    labelSelector: runSelectorString(ctx.runId)
  })
  expect(left.items).toEqual([])
}, 120_000)

it('preflight refuses more pods than maxPercentage allows on the live count', async () => {
  const backend = kubernetesBackend(cluster(), defaultPolicy(dir))
  const exp = await experimentFrom(dir, podKill(2))
  const report = await backend.preflight(exp, runContext(exp))
  expect(report.issues.map((i) => i.code)).toEqual(['policy/max-percentage'])
  expect(report.issues[0]?.message).toContain('would hit 2 of 3 matching pods (66.7%)')
})
