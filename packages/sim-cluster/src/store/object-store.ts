import { clone, type JsonObject } from '../core/json'
import { metaOf, nameOf, namespaceOf } from '../core/meta'
import { resourceKey, type ResourceType } from '../resources/resource-type'
import type { ChangeEvent, WatchEventType, WatchHub } from './watch-hub'

/** A change as in-process controllers see it (with the resource type resolved). */
export interface StoreChange {
  readonly type: WatchEventType
  readonly resource: ResourceType
  readonly object: JsonObject
  readonly previous?: JsonObject
}

type Listener = (change: StoreChange) => void

/**
 * The "etcd" of the simulated cluster: objects by resource and namespace/name, one global
 * monotonically increasing resourceVersion, and a change feed to the watch hub and to the
 * in-process controllers. It enforces nothing; API semantics live in api/.
 */
export class ObjectStore {
  private revision: number
  private readonly buckets = new Map<string, Map<string, JsonObject>>()
  private readonly listeners = new Set<Listener>()

  constructor(
    private readonly hub: WatchHub,
    initialRevision = 1000
  ) {
    this.revision = initialRevision
  }

  currentRevision(): number {
    return this.revision
  }

  get(type: ResourceType, namespace: string, name: string): JsonObject | undefined {
    const stored = this.bucket(type).get(objectKey(namespace, name))
    return stored ? clone(stored) : undefined
  }

  /** All objects of a resource (optionally in one namespace), sorted by namespace/name. */
  list(type: ResourceType, namespace?: string): JsonObject[] {
    const out: JsonObject[] = []
    for (const obj of this.bucket(type).values()) {
      if (namespace === undefined || namespaceOf(obj) === namespace) out.push(clone(obj))
    }
    return out.sort((a, b) => compareKeys(a, b))
  }

  /** Stores a new object, stamping the next resourceVersion. Takes ownership of `obj`. */
  insert(type: ResourceType, obj: JsonObject): JsonObject {
    metaOf(obj)['resourceVersion'] = String(++this.revision)
    this.bucket(type).set(objectKey(namespaceOf(obj), nameOf(obj)), obj)
    this.emit('ADDED', type, obj)
    return clone(obj)
  }

  /** Replaces an existing object, stamping the next resourceVersion. */
  replace(type: ResourceType, obj: JsonObject): JsonObject {
    const key = objectKey(namespaceOf(obj), nameOf(obj))
    const previous = this.bucket(type).get(key)
    metaOf(obj)['resourceVersion'] = String(++this.revision)
    this.bucket(type).set(key, obj)
    this.emit('MODIFIED', type, obj, previous)
    return clone(obj)
  }

  /** Removes an object; the DELETED event carries its last state at the deletion revision. */
  remove(type: ResourceType, namespace: string, name: string): JsonObject | undefined {
    const key = objectKey(namespace, name)
    const previous = this.bucket(type).get(key)
    if (!previous) return undefined
    this.bucket(type).delete(key)
    const last = clone(previous)
    metaOf(last)['resourceVersion'] = String(++this.revision)
    this.emit('DELETED', type, last, previous)
    return clone(last)
  }

  /** In-process subscribers (controllers); called synchronously after every change. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(
    type: WatchEventType,
    resource: ResourceType,
    object: JsonObject,
    previous?: JsonObject
  ): void {
    const event: ChangeEvent = {
      rv: this.revision,
      type,
      resource: resourceKey(resource),
      namespace: namespaceOf(object),
      object: clone(object),
      ...(previous ? { previous: clone(previous) } : {})
    }
    this.hub.publish(event)
    const change: StoreChange = {
      type,
      resource,
      object: event.object,
      ...(event.previous ? { previous: event.previous } : {})
    }
    for (const listener of [...this.listeners]) listener(change)
  }

  private bucket(type: ResourceType): Map<string, JsonObject> {
    const key = resourceKey(type)
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = new Map()
      this.buckets.set(key, bucket)
    }
    return bucket
  }
}

function objectKey(namespace: string, name: string): string {
  return `${namespace}/${name}`
}

function compareKeys(a: JsonObject, b: JsonObject): number {
  const ka = objectKey(namespaceOf(a), nameOf(a))
  const kb = objectKey(namespaceOf(b), nameOf(b))
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
