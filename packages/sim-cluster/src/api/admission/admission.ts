import type { Clock } from '../../clock'
import type { FieldError } from '../../core/field-errors'
import type { JsonObject } from '../../core/json'
import type { ResourceType } from '../../resources/resource-type'
import type { ObjectStore } from '../../store/object-store'

export type Operation = 'CREATE' | 'UPDATE'

/** What an admission plugin sees: the object being written and the cluster it lands in. */
export interface AdmissionRequest {
  readonly operation: Operation
  readonly type: ResourceType
  /** The incoming object; mutating plugins change it in place. */
  readonly object: JsonObject
  readonly old?: JsonObject
  readonly subresource?: 'status'
  readonly store: ObjectStore
  readonly lookup: (group: string, plural: string) => ResourceType | undefined
  readonly clock: Clock
}

/**
 * One admission step, run in the real server's order: every `mutate` (mutating admission, which
 * may also refuse: a missing namespace is a 404 there), then `validate` (the resource's own
 * field validation; all problems are merged into one 422 Invalid), then every `admit`
 * (validating admission webhooks, which refuse with their own Status, usually 403).
 */
export interface AdmissionPlugin {
  readonly name: string
  mutate?(request: AdmissionRequest): void
  validate?(request: AdmissionRequest): FieldError[]
  admit?(request: AdmissionRequest): void
}
