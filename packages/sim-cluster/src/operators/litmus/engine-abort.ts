import type { Clock } from '../../clock'
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
import type { HttpEventRecorder } from '../runtime/event-recorder'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import { finishResult, verdictOf } from './chaos-result'
import { ENGINE_FINALIZER, LITMUS_API } from './engine-spec'

/** The pods an engine owns (runner, experiment jobs), by the chaosUID label. */
export function chaosPods(client: OperatorClient, engine: JsonObject): JsonObject[] {
  return client.list('v1', 'Pod', namespaceOf(engine), `chaosUID=${uidOf(engine)}`)
}

/**
 * reconcileForDelete (engineState: stop mid-run, or deletion): chaos pods are deleted and
 * waited for; the running experiment's ChaosResult becomes Stopped / EXPERIMENT_ABORTED (the
 * experiment pod's SIGTERM handler); running or waiting experiments become Forcefully Aborted;
 * engineStatus stopped; the finalizer is dropped. Returns false while pods are still going.
 */
export async function abortEngine(
  client: OperatorClient,
  events: HttpEventRecorder,
  clock: Clock,
  engine: JsonObject,
  /** Called just before the finalizer is released (the Stopped event goes out first). */
  releasing: () => void = () => undefined
): Promise<boolean> {
  const pods = chaosPods(client, engine)
  for (const pod of pods) if (!isDeleting(pod)) await client.delete(refOf(pod))
  if (pods.length > 0) return false
  await markResultsStopped(client, events, engine)
  releasing()
  await client.mutate(refOf(engine), (e) => {
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

async function markResultsStopped(
  client: OperatorClient,
  events: HttpEventRecorder,
  engine: JsonObject
): Promise<void> {
  const results = client
    .list(LITMUS_API, 'ChaosResult', namespaceOf(engine))
    .filter((r) => labelsOf(r)['chaosUID'] === uidOf(engine) && verdictOf(r) === 'Awaited')
  for (const result of results) {
    // Recorded first: the client sends queued events before its next write.
    const experiment = stringAt(objectAt(result, 'spec'), 'experiment') ?? ''
    events.record(
      result,
      'Warning',
      'Stopped',
      `experiment: ${experiment}, Result: Stopped`,
      'litmus'
    )
    await client.mutate(refOf(result), (r) => finishResult(r, { kind: 'stopped' }, []))
  }
}
