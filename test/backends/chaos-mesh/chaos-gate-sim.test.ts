/**
 * Whole gate runs (runGate: preflight → before → inject → during → after → cleanup → verdict) of
 * Chaos Mesh experiments against the simulated operator, one per scripted outcome, plus a guard
 * abort mid-injection, a Schedule and a Workflow whose StatusCheck fails.
 */
import type { Backend } from '../../../src/backends/backend'
import { runSelectorString } from '../../../src/backends/labels'
import type { ExperimentReport } from '../../../src/gate/result'
import { runGate } from '../../../src/gate/run-gate'
import type { Experiment } from '../../../src/manifest/model'
import { systemClock } from '../../../src/util/clock'
import { makeCheck } from '../../fakes/check'
import { FakeSource } from '../../gate/fakes/fake-source'
import { makeDeps, makeSettings, makeSpec } from '../../gate/fakes/gate-fixtures'
import { chaosMeshBackend, experimentFrom, type KubeSim, startKubeSim } from './sim-harness'

const API = 'chaos-mesh.org/v1alpha1'
const KINDS = ['NetworkChaos', 'PodChaos', 'Schedule', 'Workflow']

let k: KubeSim
let backend: Backend
beforeAll(async () => {
  k = await startKubeSim()
  backend = chaosMeshBackend(k)
})
afterAll(() => k.close())

const networkDelay = (outcome: string, duration = '30s') => `apiVersion: ${API}
kind: NetworkChaos
metadata:
  name: checkout-delay
  namespace: staging
  annotations: { sim.chaos-gate.dev/outcome: ${outcome} }
spec:
  action: delay
  mode: one
  selector: { namespaces: [staging], labelSelectors: { app: checkout } }
  delay: { latency: 100ms }
  duration: ${duration}
`

/** Runs one experiment through the whole gate; `errorRatio` is what the steady-state check reads. */
async function gate(
  runId: string,
  exp: Experiment,
  errorRatio?: (phase: string) => number
): Promise<ExperimentReport> {
  const source = new FakeSource(systemClock, (_check, _at, ctx) => errorRatio?.(ctx.phase) ?? 0)
  const steadyState = makeSpec(
    {
      intervalMs: 100,
      minSamples: 1,
      before: { samples: 1, spacingMs: 0 },
      after: { settleMs: 0, timeoutMs: 2_000 }
    },
    [makeCheck({ name: 'error-ratio', source: 'probe', threshold: { max: 0.05 } })]
  )
  const withChecks = errorRatio ? { ...exp, steadyState } : exp
  const report = await runGate(
    [withChecks],
    makeSettings({ runId, timeoutMs: 60_000 }),
    makeDeps(systemClock, backend, { probe: source })
  )
  const [only] = report.experiments
  if (!only) throw new Error('no experiment in the report')
  return only
}

/** The verdict with its reasons, so that a wrong verdict shows why it was reached. */
const outcome = (report: ExperimentReport) => ({ verdict: report.verdict, reasons: report.reasons })

function leftovers(runId: string): string[] {
  return KINDS.flatMap((kind) =>
    k.sim.objects
      .list(API, kind, { labelSelector: runSelectorString(runId) })
      .map((o) => `${kind} ${String((o.metadata as { name?: string } | undefined)?.name)}`)
  )
}

describe('a whole gate run of a Chaos Mesh experiment', () => {
  it('pass → pass, nothing left', async () => {
    const report = await gate('cm-pass', await experimentFrom(k.dir, networkDelay('pass')))
    expect(outcome(report)).toMatchObject({ verdict: 'pass' })
    expect(report.fault.affectedTargets).toBe(1)
    expect(leftovers('cm-pass')).toEqual([])
  })

  it("fail → fail: never injected, with Chaos Mesh's reason", async () => {
    const report = await gate('cm-fail', await experimentFrom(k.dir, networkDelay('fail')))
    expect(outcome(report)).toMatchObject({ verdict: 'fail' })
    expect(report.reasons).toContain(
      "the backend's verdict is Fail: " + report.backendEvents.at(-1)?.message
    )
    expect(report.reasons.join('\n')).toContain('the target refused the fault')
    expect(leftovers('cm-fail')).toEqual([])
  })

  it('error → error: chaos-daemon unreachable', async () => {
    const report = await gate('cm-error', await experimentFrom(k.dir, networkDelay('error')))
    expect(outcome(report)).toMatchObject({ verdict: 'error' })
    expect(report.reasons[0]).toContain('connection refused')
    expect(leftovers('cm-error')).toEqual([])
  })

  it('stuck → error, ending on its own with the stuck object named', async () => {
    const started = Date.now()
    const report = await gate('cm-stuck', await experimentFrom(k.dir, networkDelay('stuck')))
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(outcome(report)).toMatchObject({ verdict: 'error' })
    const [left] = leftovers('cm-stuck')
    expect(left).toMatch(/^NetworkChaos gate-cm-stuck-checkout-delay$/)
    expect(report.cleanup?.stuck[0]?.ref).toBe('NetworkChaos staging/gate-cm-stuck-checkout-delay')
    k.sim.objects.patch(
      {
        apiVersion: API,
        kind: 'NetworkChaos',
        namespace: 'staging',
        name: 'gate-cm-stuck-checkout-delay'
      },
      { metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } } }
    )
  })

  it('a breach mid-injection aborts through the safe path: aborted, nothing injected or left', async () => {
    const exp = await experimentFrom(k.dir, networkDelay('pass', '10m'))
    const report = await gate('cm-abort', exp, (phase) => (phase === 'during' ? 0.5 : 0))
    expect(outcome(report)).toMatchObject({ verdict: 'aborted' })
    expect(report.fault.abortedBy).toBe('guard')
    expect(report.cleanup).toMatchObject({ stuck: [], errors: [] })
    expect(leftovers('cm-abort')).toEqual([])
    // The abort recovered every record before the delete: Chaos Mesh said so for the pod it hit.
    const recovered = k.sim.objects.list('v1', 'Event', {
      namespace: 'staging',
      fieldSelector: 'involvedObject.name=gate-cm-abort-checkout-delay,reason=Recovered'
    })
    expect(recovered).toHaveLength(1)
  })

  it('a Schedule runs its window and passes; a Workflow whose StatusCheck fails is a fail', async () => {
    const schedule = await experimentFrom(
      k.dir,
      `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: repeat-delay, namespace: staging }
spec:
  duration: 1s
  fault:
    apiVersion: ${API}
    kind: Schedule
    metadata: { name: repeat-delay }
    spec:
      schedule: '@every 10s'
      type: NetworkChaos
      historyLimit: 5
      networkChaos:
        action: delay
        mode: one
        selector: { namespaces: [staging], labelSelectors: { app: checkout } }
        delay: { latency: 10ms }
        duration: 5s
`
    )
    expect(outcome(await gate('cm-sched', schedule))).toMatchObject({ verdict: 'pass' })
    expect(leftovers('cm-sched')).toEqual([])
    const workflow = await experimentFrom(
      k.dir,
      `apiVersion: ${API}
kind: Workflow
metadata:
  name: guarded
  namespace: staging
  annotations: { sim.chaos-gate.dev/outcome: fail }
spec:
  entry: entry
  templates:
    - { name: entry, templateType: Parallel, deadline: 60s, children: [net, health] }
    - name: net
      templateType: NetworkChaos
      deadline: 60s
      networkChaos:
        action: delay
        mode: one
        selector: { namespaces: [staging], labelSelectors: { app: checkout } }
        delay: { latency: 10ms }
    - name: health
      templateType: StatusCheck
      deadline: 60s
      abortWithStatusCheck: true
      statusCheck:
        mode: Continuous
        type: HTTP
        intervalSeconds: 1
        failureThreshold: 2
        http: { url: 'http://checkout.staging/healthz', criteria: { statusCode: '200' } }
`
    )
    const failed = await gate('cm-wf', workflow)
    expect(outcome(failed)).toMatchObject({ verdict: 'fail' })
    expect(failed.reasons[0]).toMatch(/^the backend's verdict is Fail: StatusCheck 'health' failed/)
    expect(leftovers('cm-wf')).toEqual([])
  })
})
