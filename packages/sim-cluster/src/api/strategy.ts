import { badRequest } from '../core/api-error'
import { clone, deepEqual, type JsonObject, objectAt, stringAt } from '../core/json'
import { metaOf, namespaceOf } from '../core/meta'
import { generateName, newUid } from '../core/names'
import { groupVersion, type ResourceType, storageVersion } from '../resources/resource-type'

/** Server-owned metadata a client cannot set or change. */
const SYSTEM_FIELDS = [
  'uid',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'generation',
  'resourceVersion',
  'selfLink'
]

/** Whether objects of this type track metadata.generation (CRs and apps/* workloads). */
function tracksGeneration(type: ResourceType): boolean {
  return type.custom || type.group === 'apps'
}

/** The URL namespace wins; a different one in the body is the server's 400. */
export function bindNamespace(type: ResourceType, obj: JsonObject, namespace: string): void {
  const meta = metaOf(obj)
  if (!type.namespaced) {
    delete meta['namespace']
    return
  }
  const inBody = stringAt(meta, 'namespace')
  if (inBody && inBody !== namespace) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request'
    )
  }
  meta['namespace'] = namespace
}

/** rest.BeforeCreate: generateName, uid, creationTimestamp, generation; clears system fields. */
export function prepareForCreate(type: ResourceType, obj: JsonObject, nowIso: string): void {
  const meta = metaOf(obj)
  for (const key of SYSTEM_FIELDS) delete meta[key]
  delete meta['managedFields']
  const base = stringAt(meta, 'generateName')
  if (!stringAt(meta, 'name') && base) meta['name'] = generateName(base)
  meta['uid'] = newUid()
  meta['creationTimestamp'] = nowIso
  // With a status subresource, status is the controllers' to write, never the creator's.
  if (type.statusSubresource) delete obj['status']
  if (tracksGeneration(type)) meta['generation'] = 1
}

/**
 * rest.BeforeUpdate plus the resource strategy: system metadata comes from the stored object,
 * status and spec are split according to the status subresource, and generation moves when the
 * desired state changed (for CRs without a status subresource: any non-metadata change).
 */
export function prepareForUpdate(
  type: ResourceType,
  obj: JsonObject,
  old: JsonObject,
  subresource: 'status' | undefined
): JsonObject {
  const next = subresource === 'status' ? withStatusOf(old, obj) : obj
  if (subresource !== 'status' && type.statusSubresource) {
    if ('status' in old) next['status'] = clone(old['status'] ?? null)
    else delete next['status']
  }
  const meta = metaOf(next)
  const oldMeta = objectAt(old, 'metadata') ?? {}
  for (const key of SYSTEM_FIELDS) {
    if (key in oldMeta) meta[key] = clone(oldMeta[key] ?? null)
    else delete meta[key]
  }
  meta['name'] = oldMeta['name'] ?? ''
  if (type.namespaced) meta['namespace'] = namespaceOf(old)
  if (tracksGeneration(type) && desiredStateChanged(type, next, old)) {
    const generation = typeof oldMeta['generation'] === 'number' ? oldMeta['generation'] : 0
    meta['generation'] = generation + 1
  }
  return next
}

function withStatusOf(old: JsonObject, incoming: JsonObject): JsonObject {
  const next = clone(old)
  if ('status' in incoming) next['status'] = clone(incoming['status'] ?? null)
  else delete next['status']
  return next
}

function desiredStateChanged(type: ResourceType, next: JsonObject, old: JsonObject): boolean {
  if (!type.custom) return !deepEqual(next['spec'], old['spec'])
  const keys = new Set([...Object.keys(next), ...Object.keys(old)])
  for (const key of keys) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue
    if (key === 'status' && type.statusSubresource) continue
    if (!deepEqual(next[key], old[key])) return true
  }
  return false
}

/** Objects are stored in the storage version; conversion here is only the apiVersion. */
export function toStorage(type: ResourceType, obj: JsonObject): JsonObject {
  obj['apiVersion'] = groupVersion(type.group, storageVersion(type))
  return obj
}

/** The stored object as served at `version`. */
export function toVersion(type: ResourceType, obj: JsonObject, version: string): JsonObject {
  obj['apiVersion'] = groupVersion(type.group, version)
  return obj
}

/**
 * Whether an object being deleted may go now: no finalizers, no grace period left, and for a
 * namespace also no spec.finalizers (the namespace controller removes "kubernetes" last).
 */
export function readyToRemove(type: ResourceType, obj: JsonObject): boolean {
  const meta = objectAt(obj, 'metadata') ?? {}
  if (meta['deletionTimestamp'] === undefined) return false
  const finalizers = meta['finalizers']
  if (Array.isArray(finalizers) && finalizers.length > 0) return false
  if (
    typeof meta['deletionGracePeriodSeconds'] === 'number' &&
    meta['deletionGracePeriodSeconds'] > 0
  ) {
    return false
  }
  if (type.group === '' && type.plural === 'namespaces') {
    const specFinalizers = objectAt(obj, 'spec')?.['finalizers']
    return !Array.isArray(specFinalizers) || specFinalizers.length === 0
  }
  return true
}
