/**
 * The litmus backend end to end against the simulated cluster: the operator simulator plays each
 * scripted outcome, and the run goes preflight → submit → observe (watch) → cleanup over HTTPS.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Observation } from '../../../src/backends/backend'
import { inspectExperiments } from '../../../src/policy/load-experiments'
import { BackendError } from '../../../src/util/errors'
import {
  demoEngine,
  experimentOf,
  labelled,
  type LitmusSim,
  observeAll,
  runContext,
  startLitmusSim
} from './sim-harness'

let cluster: LitmusSim
beforeEach(async () => {
  cluster = await startLitmusSim()
})
afterEach(async () => {
  await cluster.close()
})

const last = (seen: readonly Observation[]): Observation | undefined => seen.at(-1)

/** Preflight, submit and follow one experiment to its end; then clean up. */
async function fullRun(runId: string, outcome: 'pass' | 'fail' | 'error') {
  const exp = experimentOf('checkout', demoEngine({ outcome }))
  const ctx = runContext(runId, exp.name)
  const report = await cluster.backend.preflight(exp, ctx)
  expect(report.issues).toEqual([])
  const handle = await cluster.backend.submit(exp, ctx)
  const seen = await observeAll(cluster.backend, handle, ctx)
  const cleanup = await cluster.backend.cleanup(
    { runId, namespaces: ['staging'], handles: [handle] },
    ctx
  )
  return { report, seen, cleanup }
}

describe('litmus on the simulated cluster: scripted outcomes', () => {
  it('pass → pass, then nothing of the run is left', async () => {
    const { report, seen, cleanup } = await fullRun('run-pass', 'pass')
    expect(report).toMatchObject({ candidates: 3, targets: 1 })
    expect(seen.map((o) => o.phase)).toContain('injected')
    expect(last(seen)).toMatchObject({ phase: 'finished', verdict: 'pass', terminal: true })
    expect(last(seen)?.details).toMatchObject({ probeSuccessPercentage: '100', verdict: 'Pass' })
    expect(cleanup.stuck).toEqual([])
    expect(cleanup.deleted).toEqual([
      'ChaosEngine staging/gate-run-pass-checkout',
      'ChaosResult staging/gate-run-pass-checkout-pod-delete'
    ])
    expect(labelled(cluster.sim, 'ChaosEngine', 'run-pass')).toEqual([])
    expect(
      cluster.sim.objects.list('litmuschaos.io/v1alpha1', 'ChaosResult', { namespace: 'staging' })
    ).toEqual([])
  })

  it('fail → fail, with the reasons the experiment gave', async () => {
    const { seen, cleanup } = await fullRun('run-fail', 'fail')
    const end = last(seen)
    expect(end).toMatchObject({ phase: 'finished', verdict: 'fail', terminal: true })
    expect(end?.message).toMatch(/^pod-delete: Fail \(phase \w+/)
    expect(end?.details?.verdict).toBe('Fail')
    expect(cleanup).toMatchObject({ stuck: [], errors: [] })
  })

  it('error → error', async () => {
    const { seen } = await fullRun('run-error', 'error')
    expect(last(seen)).toMatchObject({ phase: 'failed', verdict: 'error', terminal: true })
    expect(last(seen)?.message).toMatch(/^pod-delete: Error/)
  })

  it('stuck → still Awaited when the deadline passes, and cleanup reports the stuck engine', async () => {
    const exp = experimentOf('checkout', demoEngine({ outcome: 'stuck' }))
    const deadline = new AbortController()
    const ctx = runContext('run-stuck', exp.name, deadline.signal)
    const handle = await cluster.backend.submit(exp, ctx)
    setTimeout(() => deadline.abort(new Error('deadline')), 800)
    const seen = await observeAll(cluster.backend, handle, ctx)
    expect(last(seen)?.terminal).toBe(false)
    const report = await cluster.backend.cleanup(
      { runId: 'run-stuck', namespaces: ['staging'], handles: [handle] },
      runContext('run-stuck', exp.name)
    )
    expect(report.stuck).toEqual([
      {
        ref: 'ChaosEngine staging/gate-run-stuck-checkout',
        reason:
          'finalizer chaosengine.litmuschaos.io/finalizer was not released within 2.00s of the delete (its controller did not finish)',
        inspect:
          'kubectl get chaosengines.litmuschaos.io gate-run-stuck-checkout -n staging -o yaml'
      }
    ])
  })
})

describe('litmus on the simulated cluster: abort', () => {
  it('stops a running fault through engineState: stop, says the gate stopped it, and leaves nothing', async () => {
    const exp = experimentOf('checkout', demoEngine({ durationSeconds: 600 }))
    const ctx = runContext('run-abort', exp.name)
    const handle = await cluster.backend.submit(exp, ctx)
    const before = await observeAll(
      cluster.backend,
      handle,
      ctx,
      (o) => o.verdict === 'awaited' && o.message.includes('Awaited')
    )
    expect(last(before)?.phase).toBe('injected')
    await cluster.backend.abort(handle, ctx)
    await cluster.backend.abort(handle, ctx)
    const after = await observeAll(cluster.backend, handle, ctx)
    expect(last(after)).toMatchObject({ phase: 'stopped', verdict: 'stopped', terminal: true })
    expect(last(after)?.message).toContain('Stopped by chaos-gate')
    const report = await cluster.backend.cleanup(
      { runId: 'run-abort', namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report).toMatchObject({ stuck: [], errors: [] })
    expect(labelled(cluster.sim, 'ChaosEngine', 'run-abort')).toEqual([])
    expect(
      cluster.sim.objects.list('v1', 'Pod', {
        namespace: 'staging',
        labelSelector: `chaosUID=${handle.uid ?? ''}`
      })
    ).toEqual([])
    await expect(cluster.backend.abort(handle, ctx)).resolves.toBeUndefined()
  })
})

describe('litmus on the simulated cluster: API errors', () => {
  it('403: preflight lists every missing permission, and a refused create names the verb', async () => {
    cluster.sim.auth.setRules([
      { verbs: ['get', 'list', 'watch'], apiGroups: ['*'], resources: ['*'] },
      {
        verbs: ['create'],
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews']
      }
    ])
    const exp = experimentOf('checkout', demoEngine())
    const ctx = runContext('run-403', exp.name)
    const report = await cluster.backend.preflight(exp, ctx)
    expect(report.issues.map((i) => i.message)).toEqual([
      "the runner may not 'create', 'patch', 'delete' chaosengines.litmuschaos.io in namespace staging",
      "the runner may not 'delete' chaosresults.litmuschaos.io in namespace staging"
    ])
    const err = await cluster.backend.submit(exp, ctx).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackendError)
    expect(String(err)).toContain(
      "403 Forbidden, so the runner's ServiceAccount needs 'create' on chaosengines.litmuschaos.io in namespace staging"
    )
  })

  it('404: says Litmus is not installed when the cluster has no Litmus CRDs', async () => {
    const bare = await startLitmusSim({ crdGroups: [], seedDemo: false })
    try {
      const exp = experimentOf('checkout', demoEngine())
      const report = await bare.backend.preflight(exp, runContext('run-404', exp.name))
      expect(report.issues).toHaveLength(1)
      expect(report.issues[0]?.message).toBe(
        'LitmusChaos is not installed in this cluster: the API server does not serve litmuschaos.io/v1alpha1 (ChaosEngine, ChaosResult, ChaosExperiment)'
      )
      expect(report.issues[0]?.hint).toContain('chaos-gate never installs or removes it')
    } finally {
      await bare.close()
    }
  })

  it("409: a second submit adopts the run's engine; someone else's engine of that name is refused", async () => {
    const exp = experimentOf('checkout', demoEngine({ durationSeconds: 600 }))
    const ctx = runContext('run-409', exp.name)
    const first = await cluster.backend.submit(exp, ctx)
    const again = await cluster.backend.submit(exp, ctx)
    expect(again.uid).toBe(first.uid)
    cluster.sim.objects.create({
      ...demoEngine(),
      metadata: { name: 'gate-run-other-checkout', namespace: 'staging' }
    })
    await expect(cluster.backend.submit(exp, runContext('run-other', exp.name))).rejects.toThrow(
      'already exists and was not created by this run'
    )
  })

  it('410: the watch history is compacted mid-run; the follower lists again and still sees the verdict', async () => {
    const exp = experimentOf('checkout', demoEngine({ durationSeconds: 100 }))
    const ctx = runContext('run-410', exp.name)
    const handle = await cluster.backend.submit(exp, ctx)
    const lists = (): number =>
      cluster.sim.requests.count({
        method: 'GET',
        watch: false,
        path: /^\/apis\/litmuschaos\.io\/v1alpha1\/namespaces\/staging\/chaos(engines|results)$/
      })
    let compacted = false
    const seen = await observeAll(cluster.backend, handle, ctx, (o) => {
      if (!compacted && o.phase === 'injected') {
        compacted = true
        // Every resourceVersion seen so far is now too old, and the open watches end.
        cluster.sim.compact()
        cluster.sim.faults.dropWatches()
      }
      return false
    })
    expect(last(seen)).toMatchObject({ verdict: 'pass', terminal: true })
    // One list per collection at the start, and at least one more after 410 Gone.
    expect(lists()).toBeGreaterThanOrEqual(3)
  })

  it("422: a value the cluster's CRD refuses is reported at its manifest file:line:col", async () => {
    // appkind 'job' is valid for Litmus 3.31's CRD, which the validator knows, but not for the
    // older chaos-operator CRD this cluster has installed: only the server can tell.
    const dir = mkdtempSync(join(tmpdir(), 'litmus-422-'))
    const file = join(dir, 'checkout-pod-delete.yaml')
    const text = readFileSync('experiments/checkout-pod-delete.yaml', 'utf8').replace(
      'appkind: deployment',
      'appkind: job'
    )
    writeFileSync(file, text)
    const inspection = await inspectExperiments(
      {
        experiments: [file],
        cwd: dir,
        backend: 'auto',
        namespace: 'staging',
        environment: 'staging'
      },
      { env: {} }
    )
    const exp = inspection.plans[0]?.experiment
    if (!exp || !inspection.plans[0]?.runnable)
      throw new Error(`the validator refused it: ${JSON.stringify(inspection.issues)}`)
    const report = await cluster.backend.preflight(exp, runContext('run-422', exp.name))
    const lines = text.split('\n')
    const line = lines.findIndex((l) => l.includes('appkind: job')) + 1
    const col = (lines[line - 1] ?? '').indexOf('job') + 1
    expect(report.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.path ?? ''}`)).toEqual([
      `checkout-pod-delete.yaml:${line}:${col}: spec.appinfo.appkind`
    ])
    expect(report.issues[0]?.message).toMatch(
      /^the API server rejected ChaosEngine staging\/gate-run-422-checkout-pod-delete: .*job/
    )
    expect(labelled(cluster.sim, 'ChaosEngine', 'run-422')).toEqual([])
  })

  it('5xx and resets: retried through, and dropped watches are resumed', async () => {
    cluster.sim.faults.failNext(2, 503, { method: 'POST' })
    cluster.sim.faults.resetNext(1, { method: 'GET', watch: false })
    cluster.sim.faults.closeWatchesAfter(50)
    const exp = experimentOf('checkout', demoEngine({ durationSeconds: 20 }))
    const ctx = runContext('run-5xx', exp.name)
    const handle = await cluster.backend.submit(exp, ctx)
    const seen = await observeAll(cluster.backend, handle, ctx)
    expect(last(seen)).toMatchObject({ verdict: 'pass', terminal: true })
    expect(
      cluster.sim.requests.count({
        method: 'POST',
        path: '/apis/litmuschaos.io/v1alpha1/namespaces/staging/chaosengines'
      })
    ).toBe(3)
  })

  it('5xx that never ends: a BackendError saying the API server kept failing', async () => {
    cluster.sim.faults.failMatching({ method: 'POST' }, 500)
    const exp = experimentOf('checkout', demoEngine())
    await expect(cluster.backend.submit(exp, runContext('run-500', exp.name))).rejects.toThrow(
      /500 InternalError: .*the API server kept failing/
    )
  })
})
