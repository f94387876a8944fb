/**
 * Kubernetes API errors, mapped in one place (docs/architecture.md, "Conventions"): what is worth retrying, and what
 * a user reads when the API server says no. A 403 names the verb and resource the runner's identity
 * needs, a 422 points at the manifest line the server rejected, a 409 decides adopt-or-refuse.
 */
import type { DocPath, Locate } from '../../manifest/model'
import { isAbortError } from '../../util/clock'
import { BackendError, errorMessage, type Issue } from '../../util/errors'
import type { RetryDecision, RetryPolicy } from '../../util/retry'
import { splitApiVersion } from './discovery'
import { type KindNames, KubeApiError } from './port'
import { KubeConnectionError } from './transport'

/** What the gate was doing when the API server answered, for messages. */
export interface KubeOperation {
  /** The backend on whose behalf (`litmus`, `chaos-mesh`, `kubernetes`). */
  readonly backend: string
  readonly verb: string
  readonly kind: string
  /** Plural resource name, as RBAC knows it (`chaosengines`). */
  readonly resource: string
  /** API group; '' for the core group. */
  readonly group: string
  readonly namespace?: string
  readonly name?: string
}

/** Retries for API calls: five attempts over about six seconds. */
export const KUBE_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  jitter: 0.3
}

/** `chaosengines.litmuschaos.io`, or `pods` for the core group: how RBAC and kubectl name it. */
export function qualifiedResource(resource: string, group: string): string {
  return group === '' ? resource : `${resource}.${group}`
}

/** `ChaosEngine staging/gate-ab12-checkout`, the object or collection an operation was about. */
export function describeTarget(op: Pick<KubeOperation, 'kind' | 'namespace' | 'name'>): string {
  const where = op.namespace ? `${op.namespace}/` : ''
  return op.name
    ? `${op.kind} ${where}${op.name}`
    : `${op.kind} in ${op.namespace ?? 'all namespaces'}`
}

/** The sentence that tells a user which permission is missing. */
export function rbacHint(
  verb: string,
  resource: string,
  group: string,
  namespace?: string
): string {
  const scope = namespace ? ` in namespace ${namespace}` : ' cluster-wide'
  return `the runner's ServiceAccount needs '${verb}' on ${qualifiedResource(resource, group)}${scope}`
}

export const isNotFound = (err: unknown): boolean =>
  err instanceof KubeApiError && err.status === 404
export const isAlreadyExists = (err: unknown): boolean =>
  err instanceof KubeApiError && err.status === 409 && err.reason === 'AlreadyExists'
export const isGone = (err: unknown): boolean => err instanceof KubeApiError && err.status === 410

/** Failures another attempt may fix: the network, 5xx, throttling, and a server-side timeout. */
export function isTransient(err: unknown): boolean {
  if (err instanceof KubeConnectionError) return true
  if (!(err instanceof KubeApiError)) return false
  return err.status >= 500 || err.status === 429 || err.reason === 'Timeout'
}

/** The retry classifier for util/retry. */
export function kubeRetryDecision(err: unknown): RetryDecision {
  if (isAbortError(err) || !isTransient(err)) return { retry: false }
  // The server's own wait (capped by the policy) replaces the back-off: retrying a 429 sooner
  // only spends more of the client's priority-and-fairness share.
  const afterMs = err instanceof KubeApiError ? err.retryAfterMs : undefined
  return { retry: true, reason: errorMessage(err), ...(afterMs !== undefined && { afterMs }) }
}

/**
 * The operation of a call on objects of a kind whose API names are known: the one place that
 * spells out the seven fields kubeFailure describes a call by.
 */
export function kindOperation(
  backend: string,
  verb: string,
  kind: KindNames,
  namespace?: string,
  name?: string
): KubeOperation {
  return {
    backend,
    verb,
    kind: kind.kind,
    resource: kind.resource,
    group: splitApiVersion(kind.apiVersion).group,
    ...(namespace !== undefined && { namespace }),
    ...(name ? { name } : {})
  }
}

/**
 * The error a user sees for a failed API call: a BackendError saying what was refused and how to
 * fix it. Cancellation passes through untouched.
 */
export function kubeFailure(err: unknown, op: KubeOperation): Error {
  if (isAbortError(err)) return err instanceof Error ? err : new Error(errorMessage(err))
  if (err instanceof BackendError) return err
  const target = describeTarget(op)
  if (err instanceof KubeConnectionError)
    return new BackendError(op.backend, op.verb, target, err.message, undefined, { cause: err })
  if (!(err instanceof KubeApiError))
    return new BackendError(op.backend, op.verb, target, errorMessage(err), undefined, {
      cause: err
    })
  return new BackendError(op.backend, op.verb, target, explain(err, op), err.status, { cause: err })
}

function explain(err: KubeApiError, op: KubeOperation): string {
  const head = `${err.status} ${err.reason}`
  switch (err.status) {
    case 401:
      return `${head}: the API server rejected the credentials in the kubeconfig (an expired token?); log in again or pass another --kubeconfig/--context`
    case 403:
      return `${head}, so ${rbacHint(op.verb, op.resource, op.group, op.namespace)}`
    case 404:
      return err.reason === 'NoKindMatch' ? `${head}: ${err.message}` : `${head}: it does not exist`
    case 409:
      return err.reason === 'AlreadyExists'
        ? `${head}: an object with this name already exists and was not created by this run; delete it or use another run id`
        : `${head}: ${err.message}`
    case 422:
      return `${head}: ${err.message}`
    default:
      return err.status >= 500 || err.status === 429
        ? `${head}: ${err.message} (the API server kept failing; tried ${KUBE_RETRY.attempts} times)`
        : `${head}: ${err.message}`
  }
}

/**
 * The issues of a 422: one per field cause, placed at the manifest line that wrote the field.
 * `locate` maps a path inside the submitted object to its place in the manifest.
 */
export function invalidIssues(err: KubeApiError, locate: Locate, what: string): Issue[] {
  const causes = err.causes.length > 0 ? err.causes : [{ message: err.message }]
  return causes.map((cause) => {
    const path = cause.field ? parseFieldPath(cause.field) : []
    return {
      ...locate(path),
      severity: 'error',
      code: 'kube/invalid',
      ...(cause.field ? { path: cause.field } : {}),
      message: `the API server rejected ${what}: ${cause.message}`,
      hint: 'Fix the field so it matches the CustomResourceDefinition the cluster has installed.'
    }
  })
}

/**
 * Splits a Kubernetes field path (`spec.experiments[0].spec.probe[1].name`,
 * `metadata.labels[app.kubernetes.io/name]`) into the segments `Locate` takes.
 */
export function parseFieldPath(field: string): DocPath {
  const path: (string | number)[] = []
  const token = /([^.[\]]+)|\[([^\]]*)\]/g
  for (const m of field.trim().matchAll(token)) {
    if (m[1] !== undefined) path.push(m[1])
    else {
      const inner = (m[2] ?? '').replace(/^["']|["']$/g, '')
      path.push(/^\d+$/.test(inner) ? Number(inner) : inner)
    }
  }
  return path
}
