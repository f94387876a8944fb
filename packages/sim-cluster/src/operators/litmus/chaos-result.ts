import {
  arrayAt,
  clone,
  ensureObject,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt
} from '../../core/json'
import { nameOf, namespaceOf, uidOf } from '../../core/meta'
import { type ExperimentSpec, LITMUS_API, resultName } from './engine-spec'

/** How an experiment ended, from the experiment pod's point of view. */
export type ExperimentEnd =
  | { readonly kind: 'pass' }
  | { readonly kind: 'fail' }
  | { readonly kind: 'error'; readonly errorCode: string; readonly reason: string }
  | { readonly kind: 'stopped' }

const LITMUS_VERSION = '3.31.0'
const NOT_EVALUATED = 'Either probe is not executed or not evaluated'

/**
 * The ChaosResult litmus-go writes when an experiment starts: Running / Awaited, probes
 * Awaited, history carried over from an earlier run of the same name (it is patched, not
 * recreated), labels from the experiment pod plus chaosUID.
 */
export function startedResult(
  engine: JsonObject,
  experiment: ExperimentSpec,
  jobName: string,
  existing: JsonObject | undefined
): JsonObject {
  const name = resultName(nameOf(engine), experiment)
  const previous = objectAt(objectAt(existing, 'status'), 'history')
  const instance = experiment.env['INSTANCE_ID']
  const result: JsonObject = existing
    ? clone(existing)
    : {
        apiVersion: LITMUS_API,
        kind: 'ChaosResult',
        metadata: { name, namespace: namespaceOf(engine) }
      }
  const meta = ensureObject(result, 'metadata')
  meta['labels'] = {
    'app.kubernetes.io/component': 'experiment-job',
    'app.kubernetes.io/part-of': 'litmus',
    'app.kubernetes.io/version': LITMUS_VERSION,
    chaosUID: uidOf(engine),
    'job-name': jobName,
    name
  }
  result['spec'] = {
    engine: nameOf(engine),
    experiment: experiment.name,
    ...(instance ? { instance } : {})
  }
  result['status'] = {
    experimentStatus: { phase: 'Running', verdict: 'Awaited', probeSuccessPercentage: 'Awaited' },
    probeStatuses: experiment.probes.map((p) => ({
      name: p.name,
      type: p.type,
      mode: p.mode,
      status: { verdict: 'Awaited' }
    })),
    history: {
      passedRuns: numberAt(previous, 'passedRuns') ?? 0,
      failedRuns: numberAt(previous, 'failedRuns') ?? 0,
      stoppedRuns: numberAt(previous, 'stoppedRuns') ?? 0,
      targets: []
    }
  }
  return result
}

/** Applies the end of an experiment to its ChaosResult status (litmus-go pkg/result). */
export function finishResult(
  result: JsonObject,
  end: ExperimentEnd,
  targets: readonly string[]
): void {
  const status = ensureObject(result, 'status')
  const history = ensureObject(status, 'history')
  const probes = arrayAt(status, 'probeStatuses').filter(isObject)
  const bump = (key: string): void => {
    history[key] = (numberAt(history, key) ?? 0) + 1
  }
  history['targets'] = targets.map((name) => ({ name, kind: 'pod', chaosStatus: 'targeted' }))
  switch (end.kind) {
    case 'pass':
      probes.forEach((p) => setProbe(p, 'Passed'))
      status['experimentStatus'] = {
        phase: 'Completed',
        verdict: 'Pass',
        probeSuccessPercentage: '100'
      }
      return bump('passedRuns')
    case 'fail': {
      probes.forEach((p, i) =>
        setProbe(
          p,
          i === 0 ? 'Failed' : 'Passed',
          i === 0 ? 'simulated probe failure (sim.chaos-gate.dev/outcome: fail)' : undefined
        )
      )
      const first = probes[0]
      const percentage =
        probes.length > 0 ? Math.floor(((probes.length - 1) * 100) / probes.length) : 0
      status['experimentStatus'] = {
        phase: 'Completed_With_Probe_Failure',
        verdict: 'Fail',
        probeSuccessPercentage: String(percentage),
        errorOutput: first
          ? {
              errorCode: `${probeCode(stringAt(first, 'type') ?? '')}_PROBE_FAILURE`,
              reason: `{"errorCode":"${probeCode(stringAt(first, 'type') ?? '')}_PROBE_FAILURE","phase":"PostChaos","reason":"simulated probe failure","target":"{name: ${stringAt(first, 'name') ?? ''}}"}`
            }
          : {
              errorCode: 'STATUS_CHECKS_ERROR',
              reason:
                '{"errorCode":"STATUS_CHECKS_ERROR","phase":"PostChaos","reason":"simulated application status check failure"}'
            }
      }
      return bump('failedRuns')
    }
    case 'error':
      probes.forEach((p) => setProbe(p, 'N/A', NOT_EVALUATED))
      status['experimentStatus'] = {
        phase: 'Error',
        verdict: 'Error',
        probeSuccessPercentage: '0',
        errorOutput: { errorCode: end.errorCode, reason: end.reason }
      }
      return bump('failedRuns')
    case 'stopped':
      probes.forEach((p) => {
        if (objectAt(p, 'status')?.['verdict'] === 'Awaited') setProbe(p, 'N/A', NOT_EVALUATED)
      })
      status['experimentStatus'] = {
        phase: 'Stopped',
        verdict: 'Stopped',
        probeSuccessPercentage: '0',
        errorOutput: { errorCode: 'EXPERIMENT_ABORTED', reason: 'Chaos injection stopped!' }
      }
      return bump('stoppedRuns')
  }
}

function setProbe(probe: JsonObject, verdict: string, description?: string): void {
  probe['status'] = description ? { verdict, description } : { verdict }
}

/** "httpProbe" → "HTTP", as litmus-go names its probe error codes. */
function probeCode(type: string): string {
  return type.replace(/Probe$/, '').toUpperCase()
}

/** The verdict string of a ChaosResult. */
export function verdictOf(result: JsonObject | undefined): string {
  const verdict = objectAt(objectAt(result, 'status'), 'experimentStatus')?.['verdict']
  return typeof verdict === 'string' ? verdict : 'Awaited'
}
