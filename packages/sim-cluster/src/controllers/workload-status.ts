import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../core/json'
import { isDeleting } from '../core/meta'

/** A pod that counts toward a ReplicaSet: not terminating and not finished. */
export function isActivePod(pod: JsonObject): boolean {
  const phase = stringAt(objectAt(pod, 'status'), 'phase')
  return !isDeleting(pod) && phase !== 'Succeeded' && phase !== 'Failed'
}

/** Pod condition Ready=True. */
export function isReadyPod(pod: JsonObject): boolean {
  return arrayAt(objectAt(pod, 'status'), 'conditions').some(
    (c) => isObject(c) && c['type'] === 'Ready' && c['status'] === 'True'
  )
}
