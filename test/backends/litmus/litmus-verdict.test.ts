import { ABORTED_AT_ANNOTATION } from '../../../src/backends/litmus/litmus-api'
import { readEngine, readResult } from '../../../src/backends/litmus/litmus-status'
import { litmusObservation, resultsLag } from '../../../src/backends/litmus/litmus-verdict'
import type { KubeObject } from '../../../src/manifest/model'

const AT = Date.UTC(2026, 10, 26)

function engine(
  status: Record<string, unknown> | undefined,
  extra: { annotations?: Record<string, string>; experiments?: unknown[] } = {}
): KubeObject {
  return {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosEngine',
    metadata: {
      name: 'gate-r1-checkout',
      namespace: 'staging',
      uid: 'u1',
      ...(extra.annotations ? { annotations: extra.annotations } : {})
    },
    spec: {
      engineState: 'active',
      chaosServiceAccount: 'litmus-admin',
      experiments: extra.experiments ?? [{ name: 'pod-delete' }]
    },
    ...(status ? { status } : {})
  }
}

function result(
  experimentStatus: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  name = 'gate-r1-checkout-pod-delete'
): KubeObject {
  return {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosResult',
    metadata: { name, namespace: 'staging', labels: { chaosUID: 'u1' } },
    spec: { engine: 'gate-r1-checkout', experiment: 'pod-delete' },
    status: { experimentStatus, ...extra }
  }
}

const see = (e: KubeObject | undefined, results: KubeObject[] = []) =>
  litmusObservation(e && readEngine(e, ABORTED_AT_ANNOTATION), results.map(readResult), AT)

const running = {
  engineStatus: 'initialized',
  experiments: [
    { name: 'pod-delete', runner: 'r', experimentPod: 'p', status: 'Running', verdict: 'Awaited' }
  ]
}
const completed = {
  engineStatus: 'completed',
  experiments: [{ name: 'pod-delete', status: 'Completed', verdict: 'Pass' }]
}

describe('litmusObservation', () => {
  it('is pending until the operator starts the experiment', () => {
    expect(see(engine(undefined))).toMatchObject({
      phase: 'pending',
      terminal: false,
      message:
        'waiting for the Litmus chaos-operator to pick up ChaosEngine gate-r1-checkout (no status yet)'
    })
    const waiting = see(
      engine({
        engineStatus: 'initialized',
        experiments: [{ name: 'pod-delete', status: 'Waiting for Job Creation', verdict: 'N/A' }]
      })
    )
    expect(waiting).toMatchObject({ phase: 'pending', terminal: false })
    expect(waiting.verdict).toBeUndefined()
  })

  it('is injected and Awaited while the experiment runs', () => {
    const seen = see(engine(running), [
      result({ phase: 'Running', verdict: 'Awaited', probeSuccessPercentage: 'Awaited' })
    ])
    expect(seen).toMatchObject({
      phase: 'injected',
      verdict: 'awaited',
      terminal: false,
      message: 'pod-delete is running (ChaosResult gate-r1-checkout-pod-delete: Awaited)'
    })
  })

  it('passes as soon as the result says Pass, without waiting for the engine to complete', () => {
    const seen = see(engine(running), [
      result(
        { phase: 'Completed', verdict: 'Pass', probeSuccessPercentage: '100' },
        {
          history: {
            passedRuns: 1,
            failedRuns: 0,
            stoppedRuns: 0,
            targets: [{ name: 'checkout-1', kind: 'deployment', chaosStatus: 'injected' }]
          }
        }
      )
    ])
    expect(seen).toMatchObject({
      phase: 'finished',
      verdict: 'pass',
      terminal: true,
      affectedTargets: 1,
      message: 'pod-delete: Pass'
    })
    expect(seen.details).toMatchObject({
      probeSuccessPercentage: '100',
      verdict: 'Pass',
      phase: 'Completed',
      result: 'gate-r1-checkout-pod-delete'
    })
  })

  it('fails with the failed step, the error output and every probe status', () => {
    const seen = see(engine(completed), [
      result(
        {
          phase: 'Completed_With_Probe_Failure',
          verdict: 'Fail',
          probeSuccessPercentage: '50',
          errorOutput: {
            errorCode: 'HTTP_PROBE_FAILURE',
            reason: 'actual value: 503, expected value: 200'
          }
        },
        {
          probeStatuses: [
            {
              name: 'checkout-up',
              type: 'httpProbe',
              mode: 'Continuous',
              status: { verdict: 'Failed', description: 'probe failed on attempt 3' }
            },
            { name: 'pods-ready', type: 'k8sProbe', mode: 'EOT', status: { verdict: 'Passed' } }
          ]
        }
      )
    ])
    expect(seen).toMatchObject({ phase: 'finished', verdict: 'fail', terminal: true })
    expect(seen.message).toBe(
      'pod-delete: Fail (phase Completed_With_Probe_Failure [HTTP_PROBE_FAILURE] actual value: 503, expected value: 200); probes: checkout-up (httpProbe, Continuous) Failed: probe failed on attempt 3, pods-ready (k8sProbe, EOT) Passed; probe success 50%'
    )
    expect(seen.details).toMatchObject({
      probeSuccessPercentage: '50',
      errorCode: 'HTTP_PROBE_FAILURE',
      probes: 'checkout-up=Failed, pods-ready=Passed'
    })
  })

  it('reads the pre-2022 shapes: lowercase experimentstatus, failStep and the probe map', () => {
    const old: KubeObject = {
      ...result({}),
      status: {
        experimentstatus: {
          phase: 'Completed',
          verdict: 'Fail',
          failStep: 'Waiting for the probes',
          probeSuccessPercentage: '0'
        },
        probeStatus: [
          {
            name: 'check-frontend',
            type: 'HTTPProbe',
            status: { continuous: 'Better Luck Next Time 👎' }
          }
        ]
      }
    }
    expect(see(engine(completed), [old]).message).toBe(
      'pod-delete: Fail (phase Completed failed step: Waiting for the probes); probes: check-frontend (HTTPProbe) Failed; probe success 0%'
    )
  })

  it('reads the JSON that litmus-go stores as the error reason', () => {
    const reason = JSON.stringify({
      errorCode: 'STATUS_CHECKS_ERROR',
      phase: 'PostChaos',
      reason: 'application pod is not running',
      target: '{name: checkout-1}'
    })
    const seen = see(engine(completed), [
      result({
        phase: 'Completed',
        verdict: 'Fail',
        errorOutput: { errorCode: 'STATUS_CHECKS_ERROR', reason }
      })
    ])
    expect(seen.message).toBe(
      'pod-delete: Fail (phase Completed [STATUS_CHECKS_ERROR] PostChaos: application pod is not running (target {name: checkout-1}))'
    )
    expect(seen.details?.reason).toBe(
      'PostChaos: application pod is not running (target {name: checkout-1})'
    )
  })

  it('is an error when the experiment errors', () => {
    const seen = see(engine(completed), [
      result({
        phase: 'Error',
        verdict: 'Error',
        errorOutput: {
          errorCode: 'STATUS_CHECKS_ERROR',
          reason: 'application pod is not in running state'
        }
      })
    ])
    expect(seen).toMatchObject({
      phase: 'failed',
      verdict: 'error',
      terminal: true,
      message:
        'pod-delete: Error (phase Error [STATUS_CHECKS_ERROR] application pod is not in running state)'
    })
  })

  it('says chaos-gate stopped it when the abort annotation is there', () => {
    const e = engine(
      {
        engineStatus: 'stopped',
        experiments: [{ name: 'pod-delete', status: 'Forcefully Aborted', verdict: 'Stopped' }]
      },
      { annotations: { [ABORTED_AT_ANNOTATION]: '2026-11-26T12:00:00.000Z' } }
    )
    const seen = see(e, [
      result({
        phase: 'Stopped',
        verdict: 'Stopped',
        errorOutput: { errorCode: 'EXPERIMENT_ABORTED', reason: 'Chaos injection stopped!' }
      })
    ])
    expect(seen).toMatchObject({ phase: 'stopped', verdict: 'stopped', terminal: true })
    expect(seen.message).toBe(
      'pod-delete: Stopped by chaos-gate (engineState: stop at 2026-11-26T12:00:00.000Z) (phase Stopped [EXPERIMENT_ABORTED] Chaos injection stopped!)'
    )
  })

  it('says when something other than chaos-gate stopped it', () => {
    const seen = see(engine({ engineStatus: 'stopped' }))
    expect(seen).toMatchObject({ phase: 'stopped', verdict: 'stopped', terminal: true })
    expect(seen.message).toContain(
      'Stopped before it ran, outside chaos-gate: someone set engineState: stop, or the operator stopped the engine because its appinfo or selectors are invalid'
    )
  })

  it('is an error when the ChaosExperiment is missing or the engine completes without a result', () => {
    expect(
      see(
        engine({
          engineStatus: 'completed',
          experiments: [
            { name: 'pod-delete', status: 'ChaosExperiment Not Found', verdict: 'Fail' }
          ]
        })
      )
    ).toMatchObject({
      verdict: 'error',
      terminal: true,
      message: "pod-delete: the ChaosExperiment pod-delete does not exist in the engine's namespace"
    })
    expect(
      see(
        engine({
          engineStatus: 'completed',
          experiments: [{ name: 'pod-delete', status: 'Completed', verdict: 'Pass' }]
        })
      )
    ).toMatchObject({
      verdict: 'error',
      message:
        'pod-delete: the engine completed but no ChaosResult gate-r1-checkout-pod-delete was written'
    })
  })

  it('waits for the result when the runner reports the experiment finished before the result is seen', () => {
    const finished = engine({
      engineStatus: 'initialized',
      experiments: [{ name: 'pod-delete', status: 'Completed', verdict: 'Pass' }]
    })
    expect(see(finished)).toMatchObject({
      phase: 'injected',
      terminal: false,
      message:
        'pod-delete finished (the chaos-runner reports Pass); reading ChaosResult gate-r1-checkout-pod-delete'
    })
  })

  it('asks for a fresh read of the results when the engine is ahead of them', () => {
    const view = (e: KubeObject) => readEngine(e, ABORTED_AT_ANNOTATION)
    expect(resultsLag(view(engine(completed)), [])).toBe(true)
    expect(resultsLag(view(engine(running)), [])).toBe(false)
    expect(resultsLag(view(engine(completed)), [readResult(result({ verdict: 'Pass' }))])).toBe(
      false
    )
  })

  it('is an error when the engine disappears', () => {
    expect(see(undefined)).toMatchObject({ phase: 'failed', verdict: 'error', terminal: true })
  })

  it('names results with INSTANCE_ID and waits for every experiment, the worst deciding', () => {
    const experiments = [
      { name: 'pod-delete', spec: { components: { env: [{ name: 'INSTANCE_ID', value: 'a1' }] } } },
      { name: 'pod-cpu-hog' }
    ]
    const e = engine(running, { experiments })
    const passed = result(
      { phase: 'Completed', verdict: 'Pass' },
      {},
      'gate-r1-checkout-pod-delete-a1'
    )
    const partial = see(e, [passed])
    expect(partial).toMatchObject({ terminal: false, phase: 'injected' })
    const failed = {
      ...result({ phase: 'Completed', verdict: 'Fail' }, {}, 'gate-r1-checkout-pod-cpu-hog'),
      spec: { engine: 'gate-r1-checkout', experiment: 'pod-cpu-hog' }
    }
    const done = see(e, [passed, failed])
    expect(done).toMatchObject({ terminal: true, verdict: 'fail' })
    expect(done.details).toMatchObject({
      'pod-delete.verdict': 'Pass',
      'pod-cpu-hog.verdict': 'Fail'
    })
  })

  it("shows no failed step for an old result whose failStep is 'N/A'", () => {
    const seen = see(engine(completed), [
      result({
        failStep: 'N/A',
        phase: 'Completed',
        probeSuccessPercentage: '100',
        verdict: 'Fail'
      })
    ])
    expect(seen.message).toBe('pod-delete: Fail (phase Completed)')
  })
})
