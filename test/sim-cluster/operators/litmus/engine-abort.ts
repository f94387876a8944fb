import type { Clock } from '../../../../src/util/clock'
import type { EventRecorder } from '../../controllers/event-recorder'
import { refOf, type SystemClient } from '../../controllers/system-client'
import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import {
  finalizersOf,
  isDeleting,
  labelsOf,
  namespaceOf,
  setFinalizers,
  timestamp,
  uidOf
} from '../../core/meta'
import { finishResult, verdictOf } from './chaos-result'
import { ENGINE_FINALIZER, LITMUS_API } from './engine-spec'

/** The pods an engine owns (runner, experiment jobs), by the chaosUID label. */
export function chaosPods(client: SystemClient, engine: JsonObject): JsonObject[] {
  return client.list('v1', 'Pod', namespaceOf(engine), `chaosUID=${uidOf(engine)}`)
}

/**
 * reconcileForDelete (engineState: stop mid-run, or deletion): chaos pods are deleted and
 * waited for; the running experiment's ChaosResult becomes Stopped / EXPERIMENT_ABORTED (the
 * experiment pod's SIGTERM handler); running or waiting experiments become Forcefully Aborted;
 * engineStatus stopped; the finalizer is dropped. Returns false while pods are still going.
 */
export function abortEngine(
  client: SystemClient,
  events: EventRecorder,
  clock: Clock,
  engine: JsonObject
): boolean {
  const pods = chaosPods(client, engine)
  for (const pod of pods) if (!isDeleting(pod)) client.delete(refOf(pod))
  if (pods.length > 0) return false
  markResultsStopped(client, events, engine)
  client.mutate(refOf(engine), (e) => {
    setFinalizers(
      e,
      finalizersOf(e).filter((f) => f !== ENGINE_FINALIZER)
    )
    const status = ensureObject(e, 'status')
    status['experiments'] = arrayAt(status, 'experiments')
      .filter(isObject)
      .map((x) =>
        x['status'] === 'Running' || x['status'] === 'Waiting for Job Creation'
          ? {
              ...x,
              status: 'Forcefully Aborted',
              verdict: 'Stopped',
              lastUpdateTime: timestamp(clock.now())
            }
          : x
      )
    status['engineStatus'] = 'stopped'
  })
  return true
}

function markResultsStopped(client: SystemClient, events: EventRecorder, engine: JsonObject): void {
  const results = client
    .list(LITMUS_API, 'ChaosResult', namespaceOf(engine))
    .filter((r) => labelsOf(r)['chaosUID'] === uidOf(engine) && verdictOf(r) === 'Awaited')
  for (const result of results) {
    const stopped = client.mutate(refOf(result), (r) => finishResult(r, { kind: 'stopped' }, []))
    if (!stopped) continue
    const experiment = stringAt(objectAt(stopped, 'spec'), 'experiment') ?? ''
    events.record(
      stopped,
      'Warning',
      'Stopped',
      `experiment: ${experiment}, Result: Stopped`,
      'litmus'
    )
  }
}
