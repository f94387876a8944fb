import type { ApiCore } from '../api/api-core'
import type { DeleteOptions, WriteResult } from '../api/request-options'
import { ApiError } from '../core/api-error'
import { type JsonObject, stringAt } from '../core/json'
import { nameOf, namespaceOf } from '../core/meta'
import { type ResourceType, storageVersion } from '../resources/resource-type'

/** Identifies one object by what it says about itself. */
export interface ObjectRef {
  readonly apiVersion: string
  readonly kind: string
  readonly namespace?: string
  readonly name: string
}

/**
 * The in-process controllers' and tests' client: the same ApiCore the HTTP server uses
 * (admission, validation, resourceVersions, watch events), minus HTTP and authorization.
 * Objects are read and written in each resource's storage version.
 */
export class SystemClient {
  constructor(readonly core: ApiCore) {}

  type(apiVersion: string, kind: string): ResourceType {
    const type = this.core.deps.registry.findByKind(apiVersion, kind)
    if (!type) throw new Error(`the simulated cluster does not serve ${kind} in ${apiVersion}`)
    return type
  }

  has(apiVersion: string, kind: string): boolean {
    return this.core.deps.registry.findByKind(apiVersion, kind) !== undefined
  }

  get(ref: ObjectRef): JsonObject | undefined {
    return this.core.deps.store.get(
      this.type(ref.apiVersion, ref.kind),
      ref.namespace ?? '',
      ref.name
    )
  }

  list(apiVersion: string, kind: string, namespace?: string, labelSelector?: string): JsonObject[] {
    const type = this.type(apiVersion, kind)
    const query = labelSelector ? { labelSelector } : {}
    return this.core.list(type, storageVersion(type), namespace, query).items
  }

  create(obj: JsonObject): JsonObject {
    const type = this.typeOf(obj)
    return this.core.create(type, storageVersion(type), namespaceOf(obj), obj).object
  }

  /** PUT with the object's resourceVersion (a stale one is a 409, as for any client). */
  update(obj: JsonObject, status = false): WriteResult {
    const type = this.typeOf(obj)
    const options = status && type.statusSubresource ? { subresource: 'status' as const } : {}
    return this.core.update(type, storageVersion(type), namespaceOf(obj), nameOf(obj), obj, options)
  }

  /**
   * Read-modify-write in one synchronous step (nothing can interleave in-process). `change`
   * edits the object; returning false skips the write. Status writes go through /status when
   * the resource has that subresource. Returns undefined when the object is gone.
   */
  mutate(
    ref: ObjectRef,
    change: (obj: JsonObject) => boolean | void,
    status = false
  ): JsonObject | undefined {
    const current = this.get(ref)
    if (!current) return undefined
    if (change(current) === false) return current
    return this.update(current, status).object
  }

  /** DELETE; a missing object is not an error. Returns whether something was there. */
  delete(ref: ObjectRef, options: DeleteOptions = {}): boolean {
    const type = this.type(ref.apiVersion, ref.kind)
    try {
      this.core.delete(type, storageVersion(type), ref.namespace ?? '', ref.name, options)
      return true
    } catch (err) {
      if (err instanceof ApiError && err.code === 404) return false
      throw err
    }
  }

  private typeOf(obj: JsonObject): ResourceType {
    return this.type(stringAt(obj, 'apiVersion') ?? '', stringAt(obj, 'kind') ?? '')
  }
}

/** The reference to an object as stored. */
export function refOf(obj: JsonObject): ObjectRef {
  return {
    apiVersion: stringAt(obj, 'apiVersion') ?? '',
    kind: stringAt(obj, 'kind') ?? '',
    namespace: namespaceOf(obj),
    name: nameOf(obj)
  }
}
