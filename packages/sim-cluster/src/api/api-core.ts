import type { Clock } from '../clock'
import {
  alreadyExists,
  badRequest,
  conflict,
  invalidObject,
  notFound,
  STALE_OBJECT
} from '../core/api-error'
import type { FieldError } from '../core/field-errors'
import { deepEqual, type JsonObject, type JsonValue } from '../core/json'
import { metaOf, nameOf, namespaceOf, resourceVersionOf, timestamp } from '../core/meta'
import type { ResourceRegistry } from '../resources/registry'
import { kindTarget, type ResourceType, statusTarget } from '../resources/resource-type'
import type { ObjectStore } from '../store/object-store'
import type { WatchHub } from '../store/watch-hub'
import type { AdmissionPlugin } from './admission/admission'
import { admit, checkNewFinalizers } from './admission/run-admission'
import { decodeObject } from './decode'
import { deleteObject } from './deleter'
import { listObjects } from './list'
import { patchedDocument } from './patch/patch-document'
import type {
  DeleteOptions,
  DeleteResult,
  ListQuery,
  ListResult,
  PatchType,
  WriteOptions,
  WriteResult
} from './request-options'
import {
  bindNamespace,
  prepareForCreate,
  prepareForUpdate,
  readyToRemove,
  toStorage,
  toVersion
} from './strategy'

/** What the API core is built from. */
export interface CoreDeps {
  readonly registry: ResourceRegistry
  readonly store: ObjectStore
  readonly hub: WatchHub
  readonly clock: Clock
  readonly admission: readonly AdmissionPlugin[]
}

/**
 * The generic registry of the simulated API server: get, list, create, update, patch and
 * delete with the real server's semantics (admission, validation, optimistic concurrency,
 * status subresource, finalizers). The HTTP layer and the in-process controllers both use it,
 * so a controller's write behaves exactly like a client's. `version` is the served version the
 * caller speaks; objects come back in it.
 */
export class ApiCore {
  constructor(readonly deps: CoreDeps) {}

  get(type: ResourceType, version: string, namespace: string, name: string): JsonObject {
    const obj = this.deps.store.get(type, namespace, name)
    if (!obj) throw notFound(statusTarget(type, name))
    return toVersion(type, obj, version)
  }

  list(
    type: ResourceType,
    version: string,
    namespace: string | undefined,
    query: ListQuery
  ): ListResult {
    const result = listObjects(
      this.deps.store,
      type,
      namespace,
      query,
      this.deps.hub.oldestResumable()
    )
    return { ...result, items: result.items.map((obj) => toVersion(type, obj, version)) }
  }

  create(
    type: ResourceType,
    version: string,
    namespace: string,
    body: JsonValue,
    options: WriteOptions = {}
  ): WriteResult {
    const { object, warnings } = decodeObject(type, version, body, options.fieldValidation)
    bindNamespace(type, object, namespace)
    prepareForCreate(type, object, timestamp(this.deps.clock.now()))
    admit(this.deps, { operation: 'CREATE', type, version, object })
    toStorage(type, object)
    const name = nameOf(object)
    if (this.deps.store.get(type, namespace, name)) throw alreadyExists(statusTarget(type, name))
    if (options.dryRun) return { object: toVersion(type, object, version), warnings, created: true }
    const stored = this.deps.store.insert(type, object)
    return { object: toVersion(type, stored, version), warnings, created: true }
  }

  update(
    type: ResourceType,
    version: string,
    namespace: string,
    name: string,
    body: JsonValue,
    options: WriteOptions = {}
  ): WriteResult {
    const old = this.deps.store.get(type, namespace, name)
    if (!old) throw notFound(statusTarget(type, name))
    const { object, warnings } = decodeObject(type, version, body, options.fieldValidation)
    const bodyName = nameOf(object)
    if (bodyName && bodyName !== name) {
      throw badName(bodyName, name)
    }
    metaOf(object)['name'] = name
    bindNamespace(type, object, namespace)
    const rv = resourceVersionOf(object)
    if (!rv && !type.allowUnconditionalUpdate) {
      throw invalidObject(kindTarget(type, name), [MISSING_RV])
    }
    if (rv && rv !== resourceVersionOf(old)) throw conflict(statusTarget(type, name), STALE_OBJECT)
    return this.commitUpdate(type, version, object, old, warnings, options)
  }

  patch(
    type: ResourceType,
    version: string,
    namespace: string,
    name: string,
    patchType: PatchType,
    body: string,
    options: WriteOptions = {}
  ): WriteResult {
    const old = this.deps.store.get(type, namespace, name)
    if (!old && patchType === 'apply') {
      return this.create(
        type,
        version,
        namespace,
        patchedDocument(type, 'apply', undefined, body),
        options
      )
    }
    if (!old) throw notFound(statusTarget(type, name))
    const current = toVersion(type, structuredClone(old), version)
    const patched = patchedDocument(type, patchType, current, body)
    const { object, warnings } = decodeObject(type, version, patched, options.fieldValidation)
    const rv = resourceVersionOf(object)
    if (rv && rv !== resourceVersionOf(old)) throw conflict(statusTarget(type, name), STALE_OBJECT)
    metaOf(object)['name'] = name
    bindNamespace(type, object, namespace)
    return this.commitUpdate(type, version, object, old, warnings, options)
  }

  delete(
    type: ResourceType,
    version: string,
    namespace: string,
    name: string,
    options: DeleteOptions = {}
  ): DeleteResult {
    const result = deleteObject(this.deps, type, namespace, name, options)
    return { ...result, object: toVersion(type, result.object, version) }
  }

  private commitUpdate(
    type: ResourceType,
    version: string,
    incoming: JsonObject,
    old: JsonObject,
    warnings: readonly string[],
    options: WriteOptions
  ): WriteResult {
    const next = prepareForUpdate(type, incoming, old, options.subresource)
    checkNewFinalizers(type, next, old)
    admit(this.deps, {
      operation: 'UPDATE',
      type,
      version,
      object: next,
      old,
      subresource: options.subresource
    })
    toStorage(type, next)
    metaOf(next)['resourceVersion'] = resourceVersionOf(old)
    if (deepEqual(next, old))
      return { object: toVersion(type, old, version), warnings, created: false }
    if (options.dryRun) return { object: toVersion(type, next, version), warnings, created: false }
    const store = this.deps.store
    if (readyToRemove(type, next)) {
      const last = store.remove(type, namespaceOf(next), nameOf(next)) ?? next
      return { object: toVersion(type, last, version), warnings, created: false }
    }
    return { object: toVersion(type, store.replace(type, next), version), warnings, created: false }
  }
}

const MISSING_RV: FieldError = {
  type: 'Invalid',
  field: 'metadata.resourceVersion',
  display: '0x0',
  detail: 'must be specified for an update'
}

function badName(bodyName: string, urlName: string): Error {
  return badRequest(
    `the name of the object (${bodyName}) does not match the name on the URL (${urlName})`
  )
}
