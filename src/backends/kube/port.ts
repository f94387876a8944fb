/**
 * The narrow port every Kubernetes-based backend uses (docs/architecture.md, "Conventions"). One
 * adapter implements it: kube/client.ts, our own REST client over the API server (paths from
 * discovery, requests over node:http in kube/transport.ts); @kubernetes/client-node is used only
 * to read the kubeconfig (kube/config.ts), loaded lazily. Backends never see either. API errors
 * surface as `KubeApiError` and are mapped to user-facing messages in one place (kube/errors.ts).
 */
import type { KubeObject } from '../../manifest/model'

/** Identifies one object. */
export interface ObjectRef {
  readonly apiVersion: string
  readonly kind: string
  readonly name: string
  readonly namespace?: string
}

/** Identifies a collection, optionally narrowed by selectors. */
export interface CollectionRef {
  readonly apiVersion: string
  readonly kind: string
  readonly namespace?: string
  readonly labelSelector?: string
  readonly fieldSelector?: string
}

/** A list and the resourceVersion to watch from. */
export interface ObjectList {
  readonly items: readonly KubeObject[]
  readonly resourceVersion: string
}

/** One event of a watch stream. BOOKMARK carries only a resourceVersion. */
export interface WatchEvent {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'
  readonly object: KubeObject
}

export interface WatchOptions {
  readonly resourceVersion: string
  readonly allowBookmarks: boolean
  /** Asks the server to end the stream after this long, so a stalled stream is noticed. */
  readonly timeoutSeconds?: number
}

/** A JSON merge patch (RFC 7386) or a JSON patch (RFC 6902). */
export type Patch =
  | { readonly type: 'merge'; readonly body: Readonly<Record<string, unknown>> }
  | {
      readonly type: 'json'
      readonly body: readonly {
        readonly op: 'add' | 'remove' | 'replace' | 'test'
        readonly path: string
        readonly value?: unknown
      }[]
    }

export interface WriteOptions {
  /** Server-side dry run (`dryRun=All`): validated and admitted, not persisted. */
  readonly dryRun?: boolean
}

export interface DeleteOptions extends WriteOptions {
  readonly propagationPolicy?: 'Foreground' | 'Background' | 'Orphan'
  readonly gracePeriodSeconds?: number
}

/** What a delete did: gone at once, waiting on finalizers, or it was not there. */
export type DeleteResult = 'deleted' | 'pending' | 'not-found'

/** The object operations backends need, and nothing more. */
export interface KubeObjects {
  /** The object, or undefined when it does not exist (404). */
  get(ref: ObjectRef, signal?: AbortSignal): Promise<KubeObject | undefined>
  list(ref: CollectionRef, signal?: AbortSignal): Promise<ObjectList>
  create(object: KubeObject, options?: WriteOptions): Promise<KubeObject>
  patch(ref: ObjectRef, patch: Patch, options?: WriteOptions): Promise<KubeObject>
  delete(ref: ObjectRef, options?: DeleteOptions): Promise<DeleteResult>
  /**
   * One watch request. The stream ends when the server closes it; a 410 Gone (as a status or as
   * an ERROR event) throws `KubeApiError` with status 410, so callers re-list.
   */
  watch(ref: CollectionRef, options: WatchOptions, signal: AbortSignal): AsyncIterable<WatchEvent>
}

/** A resource as discovery reports it. */
export interface ApiResource {
  readonly group: string
  readonly version: string
  readonly kind: string
  /** Plural resource name, as RBAC and URLs use it. */
  readonly resource: string
  readonly namespaced: boolean
  readonly verbs: readonly string[]
}

/** A question for SelfSubjectAccessReview. */
export interface AccessQuestion {
  readonly verb: string
  readonly group: string
  readonly resource: string
  readonly namespace?: string
}

/** The cluster-level questions preflight asks: what is installed, and what may the runner do. */
export interface KubeCluster {
  /** Resources served for a group/version, or undefined when the group/version is not served. */
  resources(group: string, version: string): Promise<readonly ApiResource[] | undefined>
  /** SelfSubjectAccessReview for one verb on one resource. */
  canI(question: AccessQuestion): Promise<{ readonly allowed: boolean; readonly reason?: string }>
}

/** A field the API server rejected, as a 422 Status lists it in `details.causes`. */
export interface StatusCause {
  readonly reason?: string
  readonly message: string
  readonly field?: string
}

/** A non-2xx answer from the API server, parsed from its Status object. */
export class KubeApiError extends Error {
  override readonly name = 'KubeApiError'
  constructor(
    readonly status: number,
    /** The Status `reason` (NotFound, AlreadyExists, Conflict, Invalid, Forbidden, Expired, ...). */
    readonly reason: string,
    message: string,
    readonly causes: readonly StatusCause[] = [],
    options?: ErrorOptions & { readonly retryAfterMs?: number }
  ) {
    super(message, options)
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs
  }

  /** How long the server asked the client to wait (Status `details.retryAfterSeconds`: 429, 503). */
  readonly retryAfterMs?: number
}

/** A kind with the names the API and RBAC know it by. */
export interface KindNames {
  readonly apiVersion: string
  readonly kind: string
  readonly resource: string
}
