import { invalidObject } from '../../core/api-error'
import type { FieldError } from '../../core/field-errors'
import type { JsonObject } from '../../core/json'
import { finalizersOf, isDeleting, nameOf } from '../../core/meta'
import { kindTarget, type ResourceType } from '../../resources/resource-type'
import type { CoreDeps } from '../api-core'
import { objectMetaErrors, schemaErrors } from '../object-validation'
import type { AdmissionRequest, Operation } from './admission'

/** One write going through admission. */
export interface AdmissionInput {
  readonly operation: Operation
  readonly type: ResourceType
  /** The served version the client wrote in (its schema validates the object). */
  readonly version: string
  readonly object: JsonObject
  readonly old?: JsonObject
  readonly subresource?: 'status' | undefined
}

/**
 * Mutating admission, then validation (object metadata, the CRD schema, the plugins' field
 * checks) collected into one 422, then validating admission, as the real server orders them.
 */
export function admit(
  deps: Pick<CoreDeps, 'registry' | 'store' | 'clock' | 'admission'>,
  input: AdmissionInput
): void {
  const { registry, store, clock, admission } = deps
  const { type, object } = input
  const request: AdmissionRequest = {
    operation: input.operation,
    type,
    object,
    store,
    clock,
    lookup: (group, plural) => registry.all().find((t) => t.group === group && t.plural === plural),
    ...(input.old ? { old: input.old } : {}),
    ...(input.subresource ? { subresource: input.subresource } : {})
  }
  for (const plugin of admission) plugin.mutate?.(request)
  const errors: FieldError[] = [
    ...objectMetaErrors(type, object),
    ...schemaErrors(type, input.version, object),
    ...admission.flatMap((plugin) => plugin.validate?.(request) ?? [])
  ]
  if (errors.length > 0) throw invalidObject(kindTarget(type, nameOf(object)), errors)
  for (const plugin of admission) plugin.admit?.(request)
}

/** ValidateObjectMetaUpdate: no finalizer may be added once deletion has started. */
export function checkNewFinalizers(type: ResourceType, next: JsonObject, old: JsonObject): void {
  if (!isDeleting(old)) return
  const before = new Set(finalizersOf(old))
  const added = finalizersOf(next).filter((f) => !before.has(f))
  if (added.length === 0) return
  throw invalidObject(kindTarget(type, nameOf(old)), [
    {
      type: 'Forbidden',
      field: 'metadata.finalizers',
      detail: `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}`
    }
  ])
}
