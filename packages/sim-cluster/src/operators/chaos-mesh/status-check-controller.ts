import type { Clock } from '../../clock'
import { keyFor, splitKey } from '../../controllers/keys'
import { arrayAt, isObject, type JsonObject, numberAt, objectAt, stringAt } from '../../core/json'
import { isDeleting, timestamp } from '../../core/meta'
import type { OperatorTiming } from '../../options'
import { parseGoDuration } from '../go-duration'
import { outcomeOf } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler, Requeue } from '../runtime/operator-manager'
import { CHAOS_MESH_API } from './kinds'

const TYPES = [
  'Completed',
  'DurationExceed',
  'FailureThresholdExceed',
  'SuccessThresholdExceed'
] as const

/** Whether a StatusCheck has completed (condition Completed=True). */
export function statusCheckCompleted(check: JsonObject | undefined): boolean {
  return condition(check, 'Completed') === 'True'
}

/** needToAbort(): completed without reaching the success threshold. */
export function statusCheckFailed(check: JsonObject | undefined): boolean {
  return statusCheckCompleted(check) && condition(check, 'SuccessThresholdExceed') !== 'True'
}

function condition(check: JsonObject | undefined, type: string): string | undefined {
  const found = arrayAt(objectAt(check, 'status'), 'conditions').find(
    (c) => isObject(c) && c['type'] === type
  )
  return isObject(found) ? stringAt(found, 'status') : undefined
}

/**
 * StatusCheck execution, with the HTTP result scripted instead of performed: every
 * intervalSeconds (chaos time) one record, Success unless the object's outcome annotation is
 * `fail`. Synchronous checks complete at successThreshold consecutive successes or
 * failureThreshold consecutive failures; Continuous ones at the duration or the failure
 * threshold.
 */
export class StatusCheckController implements Reconciler {
  readonly name = 'chaos-mesh-statuscheck'

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming
  ) {}

  keysFor(change: WatchChange): readonly string[] {
    const isCheck =
      change.resource.group === 'chaos-mesh.org' && change.resource.kind === 'StatusCheck'
    return isCheck && change.type === 'ADDED' ? [keyFor(change.object)] : []
  }

  async reconcile(key: string): Promise<Requeue | void> {
    const { namespace, name } = splitKey(key)
    const check = this.client.get({
      apiVersion: CHAOS_MESH_API,
      kind: 'StatusCheck',
      namespace,
      name
    })
    if (!check || isDeleting(check) || statusCheckCompleted(check)) return
    const spec = objectAt(check, 'spec') ?? {}
    const interval = (numberAt(spec, 'intervalSeconds') ?? 10) * this.timing.chaosSecondMs
    const status = objectAt(check, 'status') ?? {}
    const started = Date.parse(stringAt(status, 'startTime') ?? '') || this.clock.now()
    const records = arrayAt(status, 'records').filter(isObject)
    const outcome = outcomeOf(check) === 'fail' ? 'Failure' : 'Success'
    const now = timestamp(this.clock.now())
    const next = [...records, { startTime: now, outcome }].slice(
      -(numberAt(spec, 'recordsHistoryLimit') ?? 100)
    )
    const verdict = this.verdict(spec, next, started)
    // The event before the write it describes: the client sends it ahead of its next write.
    if (verdict)
      this.events.record(
        check,
        'Normal',
        `StatusCheck${verdict}`,
        `status check completed: ${verdict}`,
        'statuscheck'
      )
    await this.client.mutate(
      refOf(check),
      (obj) => {
        obj['status'] = {
          startTime: stringAt(status, 'startTime') ?? now,
          count: (numberAt(status, 'count') ?? 0) + 1,
          records: next,
          conditions: TYPES.map((type) => ({
            type,
            status:
              type === 'Completed'
                ? verdict
                  ? 'True'
                  : 'False'
                : verdict === type
                  ? 'True'
                  : 'False',
            reason: verdict ? `StatusCheck${verdict}` : '',
            lastProbeTime: now,
            lastTransitionTime: now
          })),
          ...(verdict ? { completionTime: now } : {})
        }
      },
      true
    )
    return verdict ? undefined : { afterMs: interval }
  }

  private verdict(
    spec: JsonObject,
    records: JsonObject[],
    started: number
  ): (typeof TYPES)[number] | undefined {
    const streak = (outcome: string): number => {
      let n = 0
      for (let i = records.length - 1; i >= 0 && records[i]?.['outcome'] === outcome; i--) n++
      return n
    }
    if (streak('Failure') >= (numberAt(spec, 'failureThreshold') ?? 3))
      return 'FailureThresholdExceed'
    if ((stringAt(spec, 'mode') ?? 'Synchronous') === 'Synchronous') {
      return streak('Success') >= (numberAt(spec, 'successThreshold') ?? 1)
        ? 'SuccessThresholdExceed'
        : undefined
    }
    const duration = parseGoDuration(stringAt(spec, 'duration'))
    if (
      duration !== undefined &&
      started + (duration / 1000) * this.timing.chaosSecondMs <= this.clock.now()
    ) {
      return 'DurationExceed'
    }
    return undefined
  }
}
