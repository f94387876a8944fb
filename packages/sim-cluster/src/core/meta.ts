import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  type JsonValue,
  objectAt,
  stringAt,
  stringMap
} from './json'

/** One entry of metadata.ownerReferences, read defensively. */
export interface OwnerReference {
  readonly apiVersion: string
  readonly kind: string
  readonly name: string
  readonly uid: string
  readonly controller: boolean
  readonly blockOwnerDeletion: boolean
}

/** metadata of an object, created when missing so callers can write to it. */
export function metaOf(obj: JsonObject): JsonObject {
  return ensureObject(obj, 'metadata')
}

export function nameOf(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'name') ?? ''
}

export function namespaceOf(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'namespace') ?? ''
}

export function uidOf(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'uid') ?? ''
}

export function resourceVersionOf(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'resourceVersion') ?? ''
}

export function labelsOf(obj: JsonObject): Record<string, string> {
  return stringMap(objectAt(obj, 'metadata')?.['labels'])
}

export function annotationsOf(obj: JsonObject): Record<string, string> {
  return stringMap(objectAt(obj, 'metadata')?.['annotations'])
}

export function finalizersOf(obj: JsonObject): string[] {
  return arrayAt(objectAt(obj, 'metadata'), 'finalizers').filter(
    (f): f is string => typeof f === 'string'
  )
}

export function setFinalizers(obj: JsonObject, finalizers: readonly string[]): void {
  const meta = metaOf(obj)
  if (finalizers.length === 0) delete meta['finalizers']
  else meta['finalizers'] = [...finalizers]
}

export function creationTimestampOf(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'creationTimestamp') ?? ''
}

/** Orders objects oldest first (creationTimestamp, then name), as controllers sort them. */
export function byCreation(a: JsonObject, b: JsonObject): number {
  return (
    creationTimestampOf(a).localeCompare(creationTimestampOf(b)) ||
    nameOf(a).localeCompare(nameOf(b))
  )
}

export function deletionTimestampOf(obj: JsonObject): string | undefined {
  return stringAt(objectAt(obj, 'metadata'), 'deletionTimestamp')
}

export function isDeleting(obj: JsonObject): boolean {
  return deletionTimestampOf(obj) !== undefined
}

export function setLabel(obj: JsonObject, key: string, value: string): void {
  ensureObject(metaOf(obj), 'labels')[key] = value
}

export function setAnnotation(obj: JsonObject, key: string, value: string): void {
  ensureObject(metaOf(obj), 'annotations')[key] = value
}

export function ownerReferencesOf(obj: JsonObject): OwnerReference[] {
  return arrayAt(objectAt(obj, 'metadata'), 'ownerReferences')
    .filter(isObject)
    .map((ref) => ({
      apiVersion: stringAt(ref, 'apiVersion') ?? '',
      kind: stringAt(ref, 'kind') ?? '',
      name: stringAt(ref, 'name') ?? '',
      uid: stringAt(ref, 'uid') ?? '',
      controller: ref['controller'] === true,
      blockOwnerDeletion: ref['blockOwnerDeletion'] === true
    }))
}

/** An ownerReference pointing at `owner`, as controllers set it (controller + blockOwnerDeletion). */
export function controllerRefTo(owner: JsonObject): JsonObject {
  return {
    apiVersion: stringAt(owner, 'apiVersion') ?? '',
    kind: stringAt(owner, 'kind') ?? '',
    name: nameOf(owner),
    uid: uidOf(owner),
    controller: true,
    blockOwnerDeletion: true
  }
}

/** The owner reference marked controller: true, if any. */
export function controllerOf(obj: JsonObject): OwnerReference | undefined {
  return ownerReferencesOf(obj).find((ref) => ref.controller)
}

/** "namespace/name" or "name" for cluster-scoped objects. */
export function keyOf(obj: JsonObject): string {
  const ns = namespaceOf(obj)
  return ns ? `${ns}/${nameOf(obj)}` : nameOf(obj)
}

/** RFC 3339 at second precision, the way metav1.Time serialises. */
export function timestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** The metadata value at `key` as JsonValue (for generic reads). */
export function metaValue(obj: JsonObject, key: string): JsonValue | undefined {
  return objectAt(obj, 'metadata')?.[key]
}
