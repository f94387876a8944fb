import { objectFilter } from './api/list'
import { applyMergePatch } from './api/patch/merge-patch'
import type { DeleteOptions } from './api/request-options'
import { type ObjectRef, refOf, type SystemClient } from './controllers/system-client'
import { notFound } from './core/api-error'
import type { JsonObject } from './core/json'
import { isObject, stringAt } from './core/json'
import { metaOf, nameOf, namespaceOf, resourceVersionOf } from './core/meta'
import { statusTarget } from './resources/resource-type'

/** Filters for ObjectsApi.list. */
export interface ListFilter {
  readonly namespace?: string
  readonly labelSelector?: string
  readonly fieldSelector?: string
}

/**
 * Direct access to the cluster's objects for tests and benchmarks: read for assertions, write
 * to play an operator (status included). Writes go through the API core, so they are
 * validated, get resourceVersions and reach watchers exactly like client writes.
 */
export class ObjectsApi {
  constructor(private readonly client: SystemClient) {}

  get(ref: ObjectRef): JsonObject | undefined {
    return this.client.get(ref)
  }

  list(apiVersion: string, kind: string, filter: ListFilter = {}): JsonObject[] {
    const type = this.client.type(apiVersion, kind)
    const matches = objectFilter(type, filter)
    return this.client.list(apiVersion, kind, filter.namespace).filter(matches)
  }

  create(obj: JsonObject): JsonObject {
    return this.client.create(obj)
  }

  /**
   * Creates the object, or replaces the stored one unconditionally (the stored
   * resourceVersion is used), status included even where /status is a subresource.
   */
  put(obj: JsonObject): JsonObject {
    const current = this.client.get(refOf(obj))
    if (!current) return this.client.create(obj)
    const next = structuredClone(obj)
    metaOf(next)['resourceVersion'] = resourceVersionOf(current)
    const written = this.client.update(next).object
    if (
      !('status' in obj) ||
      !this.client.type(stringAt(obj, 'apiVersion') ?? '', stringAt(obj, 'kind') ?? '')
        .statusSubresource
    ) {
      return written
    }
    const withStatus = { ...written, status: structuredClone(obj['status'] ?? null) }
    return this.client.update(withStatus, true).object
  }

  /** JSON merge patch of the stored object (status included). */
  patch(ref: ObjectRef, patch: JsonObject): JsonObject {
    const current = this.client.get(ref)
    if (!current) throw notFound(statusTarget(this.client.type(ref.apiVersion, ref.kind), ref.name))
    const patched = applyMergePatch(current, patch)
    if (!isObject(patched)) throw new Error('a merge patch of an object must yield an object')
    return this.put(patched)
  }

  delete(ref: ObjectRef, options: DeleteOptions = {}): boolean {
    return this.client.delete(ref, options)
  }

  /**
   * Resolves once `predicate` holds for the object (checked now and on every change to an
   * object of that name), or rejects after `timeoutMs`. A missing or deleted object is passed
   * to the predicate as undefined, so `(o) => o === undefined` waits for a deletion.
   */
  waitFor(
    ref: ObjectRef,
    predicate: (obj: JsonObject | undefined) => boolean,
    timeoutMs = 5000
  ): Promise<JsonObject | undefined> {
    const store = this.client.core.deps.store
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const obj = this.client.get(ref)
        if (!predicate(obj)) return false
        cleanup()
        resolve(obj)
        return true
      }
      const unsubscribe = store.onChange((change) => {
        if (
          nameOf(change.object) === ref.name &&
          namespaceOf(change.object) === (ref.namespace ?? '')
        )
          check()
      })
      const timer = setTimeout(() => {
        cleanup()
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${ref.kind} ${ref.namespace ?? ''}/${ref.name}`
          )
        )
      }, timeoutMs)
      const cleanup = (): void => {
        clearTimeout(timer)
        unsubscribe()
      }
      check()
    })
  }
}
