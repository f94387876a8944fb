import { type JsonObject, stringAt } from '../../core/json'
import { nameOf, namespaceOf } from '../../core/meta'

/** Identifies one object by what it says about itself. */
export interface ObjectRef {
  readonly apiVersion: string
  readonly kind: string
  readonly namespace?: string
  readonly name: string
}

/** The DeleteOptions the operators send. */
export interface DeleteRequest {
  readonly gracePeriodSeconds?: number
}

/**
 * What the simulated operators may do to a cluster, controller-runtime style: reads come from
 * the informers' caches (synchronous, possibly a moment behind), writes go to the API server.
 */
export interface OperatorClient {
  /** Whether the server serves the kind (discovery). */
  has(apiVersion: string, kind: string): boolean
  get(ref: ObjectRef): JsonObject | undefined
  list(apiVersion: string, kind: string, namespace?: string, labelSelector?: string): JsonObject[]
  create(obj: JsonObject): Promise<JsonObject>
  /** PUT with the object's resourceVersion; `status` writes through /status where it is served. */
  update(obj: JsonObject, status?: boolean): Promise<JsonObject>
  /**
   * Read-modify-write, retried on conflict from a fresh read. `change` edits the object;
   * returning false skips the write. Resolves undefined when the object is gone.
   */
  mutate(
    ref: ObjectRef,
    change: (obj: JsonObject) => boolean | void,
    status?: boolean
  ): Promise<JsonObject | undefined>
  /** A JSON merge patch; undefined when the object is gone. */
  patch(ref: ObjectRef, mergePatch: JsonObject): Promise<JsonObject | undefined>
  /** DELETE; a missing object is not an error. Resolves whether something was there. */
  delete(ref: ObjectRef, options?: DeleteRequest): Promise<boolean>
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
