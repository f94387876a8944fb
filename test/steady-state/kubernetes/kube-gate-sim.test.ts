/**
 * Whole gate runs of a pod-kill judged by `kubernetes` checks alone, on the simulated cluster:
 * the experiment is read from YAML by the real loader, the checks are measured through the
 * source factory over the same connection as the backend. A Deployment that heals passes; one
 * whose replacement never becomes Ready in time fails recovery.
 */
import { createKubernetesBackend } from '../../../src/backends/kubernetes/kubernetes-backend'
import type { ExperimentReport } from '../../../src/gate/result'
import { runGate } from '../../../src/gate/run-gate'
import { kubernetesSourceFactory } from '../../../src/steady-state/kubernetes/kube-factory'
import { systemClock } from '../../../src/util/clock'
import { experimentFrom, type KubeSim, startKubeSim } from '../../backends/chaos-mesh/sim-harness'
import { makeDeps, makeSettings } from '../../gate/fakes/gate-fixtures'

const podKill = (restoreTimeout: string) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: kill-checkout, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
    restoreTimeout: ${restoreTimeout}
  steadyState:
    defaults: { interval: 100ms, minSamples: 1 }
    phases:
      before: { samples: 2, spacing: 50ms }
      after: { settle: 0s, timeout: 1500ms }
    checks:
      - name: checkout-ready
        kubernetes: readyRatio(deployment/checkout)
        threshold: { min: 1 }
        phases: [before, after]
      - name: checkout-floor
        kubernetes: readyReplicas(deployment/checkout)
        threshold: { min: 2 }
      - name: checkout-restarts
        kubernetes: restarts(deployment/checkout)
        threshold: { max: 0 }
      - name: checkout-stuck-pods
        kubernetes: notReady(deployment/checkout, 1m)
        threshold: { max: 0 }
      - name: checkout-warnings
        kubernetes: warningEvents(deployment/checkout, BackOff|Unhealthy|FailedScheduling)
        threshold: { max: 0 }
`

async function gate(k: KubeSim, runId: string, restoreTimeout: string): Promise<ExperimentReport> {
  await k.sim.objects.waitFor(
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name: 'checkout' },
    (d) => (d?.status as { readyReplicas?: number } | undefined)?.readyReplicas === 3,
    10_000
  )
  const backend = createKubernetesBackend({
    kube: k.conn.objects,
    cluster: k.conn.cluster,
    defaultNamespace: 'staging',
    policy: k.policy,
    random: () => 0,
    cleanupBoundMs: 2_000
  })
  const exp = await experimentFrom(k.dir, podKill(restoreTimeout))
  const deps = makeDeps(systemClock, backend, {})
  const report = await runGate([exp], makeSettings({ runId, timeoutMs: 60_000 }), {
    ...deps,
    sources: { kubernetes: kubernetesSourceFactory(() => Promise.resolve(k.conn)) }
  })
  const [only] = report.experiments
  if (!only) throw new Error('no experiment in the report')
  return only
}

const outcomes = (report: ExperimentReport, phase: 'before' | 'during' | 'after') =>
  Object.fromEntries(report.checks.map((c) => [c.name, c.phases[phase]?.outcome]))

describe('a pod-kill judged by kubernetes checks', () => {
  let k: KubeSim
  beforeAll(async () => {
    k = await startKubeSim({ timing: { podReadyMs: 150 } })
  }, 30_000)
  afterAll(() => k.close())

  it('a healthy Deployment passes: ready again in recovery, no restarts, stuck pods or warnings', async () => {
    const report = await gate(k, 'kube-pass', '30s')
    expect(report.verdict).toBe('pass')
    expect(outcomes(report, 'after')).toEqual({
      'checkout-ready': 'pass',
      'checkout-floor': 'pass',
      'checkout-restarts': 'pass',
      'checkout-stuck-pods': 'pass',
      'checkout-warnings': 'pass'
    })
    expect(report.checks.find((c) => c.name === 'checkout-ready')).toMatchObject({
      source: 'kubernetes',
      query: 'readyRatio(deployment/checkout)'
    })
    // The floor held while one of three pods was gone.
    expect(outcomes(report, 'during')['checkout-floor']).toBe('pass')
  }, 30_000)
})

describe('a pod-kill of a Deployment that does not come back', () => {
  let slow: KubeSim
  beforeAll(async () => {
    // Replacement pods take 5 s to become Ready: longer than the recovery timeout of 1.5 s.
    slow = await startKubeSim({ timing: { podReadyMs: 5_000 } })
  }, 30_000)
  afterAll(() => slow.close())

  it('fails recovery on the ready ratio', async () => {
    const report = await gate(slow, 'kube-fail', '1s')
    expect(report.verdict).toBe('fail')
    expect(outcomes(report, 'after')['checkout-ready']).toBe('fail')
    expect(report.reasons).toContain('the steady state did not recover within 2s after the fault')
  }, 30_000)
})
