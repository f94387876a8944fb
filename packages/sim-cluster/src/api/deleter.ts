import { conflict, notFound } from '../core/api-error'
import { clone, ensureObject, type JsonObject, numberAt, objectAt, stringAt } from '../core/json'
import {
  finalizersOf,
  isDeleting,
  metaOf,
  resourceVersionOf,
  setFinalizers,
  timestamp,
  uidOf
} from '../core/meta'
import { type ResourceType, statusTarget } from '../resources/resource-type'
import type { CoreDeps } from './api-core'
import type { DeleteOptions, DeleteResult } from './request-options'

const ORPHAN = 'orphan'
const FOREGROUND = 'foregroundDeletion'

/**
 * DELETE with the real server's lifecycle: preconditions, graceful pod termination
 * (deletionTimestamp in the future, the kubelet removes the pod), propagation policy turned
 * into the orphan / foregroundDeletion finalizers for the garbage collector, and objects held
 * by finalizers kept with a deletionTimestamp until the last finalizer goes.
 */
export function deleteObject(
  deps: Pick<CoreDeps, 'store' | 'clock'>,
  type: ResourceType,
  namespace: string,
  name: string,
  options: DeleteOptions
): DeleteResult {
  const { store, clock } = deps
  const obj = store.get(type, namespace, name)
  if (!obj) throw notFound(statusTarget(type, name))
  checkPreconditions(type, name, obj, options)
  if (isDeleting(obj)) return shortenGrace(deps, type, obj, options)
  const next = clone(obj)
  const meta = metaOf(next)
  const finalizers = finalizersOf(next)
  const policy = options.propagationPolicy ?? 'Background'
  if (policy === 'Orphan' && !finalizers.includes(ORPHAN)) finalizers.push(ORPHAN)
  if (policy === 'Foreground' && !finalizers.includes(FOREGROUND)) finalizers.push(FOREGROUND)
  const isNamespace = type.group === '' && type.plural === 'namespaces'
  const grace = isNamespace ? 0 : gracePeriod(type, next, options)
  if (finalizers.length === 0 && grace === 0 && !isNamespace) {
    if (options.dryRun) return { object: obj, deleted: true }
    return { object: store.remove(type, namespace, name) ?? obj, deleted: true }
  }
  meta['deletionTimestamp'] = timestamp(clock.now() + grace * 1000)
  meta['deletionGracePeriodSeconds'] = grace
  setFinalizers(next, finalizers)
  if (isNamespace) ensureObject(next, 'status')['phase'] = 'Terminating'
  if (options.dryRun) return { object: next, deleted: false }
  return { object: store.replace(type, next), deleted: false }
}

/** A pod's grace period: the request's, else its spec's; unscheduled pods go at once. */
function gracePeriod(type: ResourceType, obj: JsonObject, options: DeleteOptions): number {
  if (type.group !== '' || type.plural !== 'pods') return 0
  const spec = objectAt(obj, 'spec')
  if (!stringAt(spec, 'nodeName')) return 0
  const phase = stringAt(objectAt(obj, 'status'), 'phase')
  if (phase === 'Succeeded' || phase === 'Failed') return 0
  return Math.max(
    0,
    options.gracePeriodSeconds ?? numberAt(spec, 'terminationGracePeriodSeconds') ?? 30
  )
}

/** A second DELETE of a terminating pod with gracePeriodSeconds=0 forces it out. */
function shortenGrace(
  deps: Pick<CoreDeps, 'store' | 'clock'>,
  type: ResourceType,
  obj: JsonObject,
  options: DeleteOptions
): DeleteResult {
  const forced = options.gracePeriodSeconds === 0 && finalizersOf(obj).length === 0
  if (!forced || options.dryRun) return { object: obj, deleted: false }
  const meta = metaOf(obj)
  const removed = deps.store.remove(
    type,
    stringAt(meta, 'namespace') ?? '',
    stringAt(meta, 'name') ?? ''
  )
  return { object: removed ?? obj, deleted: true }
}

function checkPreconditions(
  type: ResourceType,
  name: string,
  obj: JsonObject,
  options: DeleteOptions
): void {
  const pre = options.preconditions
  if (pre?.uid && pre.uid !== uidOf(obj)) {
    throw conflict(
      statusTarget(type, name),
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${uidOf(obj)}`
    )
  }
  if (pre?.resourceVersion && pre.resourceVersion !== resourceVersionOf(obj)) {
    throw conflict(
      statusTarget(type, name),
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${resourceVersionOf(obj)}`
    )
  }
}
