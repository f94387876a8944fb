import type { JsonObject } from '../core/json'

/** How unknown fields are treated (the fieldValidation query parameter). */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore'

/** Options every write takes (create, update, patch). */
export interface WriteOptions {
  /** dryRun=All: run everything, persist nothing. */
  readonly dryRun?: boolean
  /** Defaults to Warn, the server default since Kubernetes 1.27. */
  readonly fieldValidation?: FieldValidation
  /** Write the /status subresource instead of the main resource. */
  readonly subresource?: 'status'
  /** In-process controllers skip nothing but are not subject to authorization. */
  readonly fieldManager?: string
}

/** The result of a write: the object as stored (or as it would be) and warning texts. */
export interface WriteResult {
  readonly object: JsonObject
  readonly warnings: readonly string[]
  /** True when the write created the object (apply-patch may create). */
  readonly created: boolean
}

export type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground'

/** metav1.DeleteOptions, from the body or the query string. */
export interface DeleteOptions {
  readonly dryRun?: boolean
  readonly gracePeriodSeconds?: number
  readonly propagationPolicy?: PropagationPolicy
  readonly preconditions?: { readonly uid?: string; readonly resourceVersion?: string }
}

export interface DeleteResult {
  /** The object: its last state when deleted, or with deletionTimestamp when finalizers hold it. */
  readonly object: JsonObject
  /** True when the object is gone now. */
  readonly deleted: boolean
}

/** list parameters. */
export interface ListQuery {
  readonly labelSelector?: string
  readonly fieldSelector?: string
  readonly limit?: number
  readonly continue?: string
}

export interface ListResult {
  readonly items: JsonObject[]
  readonly resourceVersion: string
  readonly continue?: string
  readonly remainingItemCount?: number
}

export type PatchType = 'merge' | 'json' | 'strategic' | 'apply'
