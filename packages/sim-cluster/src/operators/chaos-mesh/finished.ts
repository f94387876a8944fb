import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import { parseGoDuration } from '../go-duration'
import { isOneShot } from './kinds'
import { desiredPhaseOf, INJECTED, NOT_INJECTED, recordsOf } from './records'

/**
 * controllers/utils/controller/finished.go: a one-shot chaos is finished when every record is
 * Injected; a continuous one when desiredPhase is Stop, every record Not Injected and its
 * duration has passed. A Workflow is finished when Accomplished.
 */
export function isFinished(
  obj: JsonObject,
  nowMs: number,
  chaosSecondMs: number,
  createdAt: (obj: JsonObject) => number
): boolean {
  const kind = stringAt(obj, 'kind') ?? ''
  if (kind === 'Workflow') {
    return arrayAt(objectAt(obj, 'status'), 'conditions').some(
      (c) => isObject(c) && c['type'] === 'Accomplished' && c['status'] === 'True'
    )
  }
  const records = recordsOf(obj)
  if (isOneShot(kind, objectAt(obj, 'spec')))
    return records !== undefined && records.every((r) => r['phase'] === INJECTED)
  if (desiredPhaseOf(obj) !== 'Stop') return false
  if (records && !records.every((r) => r['phase'] === NOT_INJECTED)) return false
  const duration = parseGoDuration(stringAt(objectAt(obj, 'spec'), 'duration'))
  if (duration === undefined) return false
  return createdAt(obj) + (duration / 1000) * chaosSecondMs <= nowMs
}
