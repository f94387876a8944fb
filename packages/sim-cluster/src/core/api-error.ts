import { causeReason, type FieldError, fieldErrorBody, fieldErrorText } from './field-errors'
import type { JsonObject } from './json'

/** What a Status names: the resource (plural) and group, plus the object when known. */
export interface StatusTarget {
  /** Resource plural (`podchaos`, `pods`), or the Kind for Invalid (as the server does). */
  readonly kind: string
  readonly group: string
  readonly name?: string
}

/**
 * A failed API call, carried as the metav1.Status the real kube-apiserver would send
 * (staging/src/k8s.io/apimachinery/pkg/api/errors). `toStatus()` is the wire form.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: JsonObject,
    /** Seconds for a Retry-After header (429, 503 with retry). */
    readonly retryAfterSeconds?: number,
    /** Status.metadata (ListMeta), e.g. the inconsistent continue token of an expired list. */
    readonly listMeta: JsonObject = {}
  ) {
    super(message)
  }

  toStatus(): JsonObject {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: this.listMeta,
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code
    }
  }
}

/** "podchaos.chaos-mesh.org" / "pods": the qualified resource used in messages. */
export function qualified(target: StatusTarget): string {
  return target.group ? `${target.kind}.${target.group}` : target.kind
}

function details(target: StatusTarget, extra: JsonObject = {}): JsonObject {
  const out: JsonObject = {}
  if (target.name !== undefined) out['name'] = target.name
  if (target.group) out['group'] = target.group
  out['kind'] = target.kind
  return { ...out, ...extra }
}

export function notFound(target: StatusTarget & { name: string }): ApiError {
  return new ApiError(
    404,
    'NotFound',
    `${qualified(target)} "${target.name}" not found`,
    details(target)
  )
}

export function alreadyExists(target: StatusTarget & { name: string }): ApiError {
  return new ApiError(
    409,
    'AlreadyExists',
    `${qualified(target)} "${target.name}" already exists`,
    details(target)
  )
}

export function conflict(target: StatusTarget & { name: string }, why: string): ApiError {
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(target)} "${target.name}": ${why}`,
    details(target)
  )
}

export const STALE_OBJECT =
  'the object has been modified; please apply your changes to the latest version and try again'

/** 422 Invalid; `kind` here is the Kind (PodChaos), as NewInvalid(GroupKind, ...) prints it. */
export function invalidObject(
  target: StatusTarget & { name: string },
  errors: readonly FieldError[]
): ApiError {
  const texts = errors.map(fieldErrorText)
  const summary = texts.length === 1 ? (texts[0] ?? '') : `[${texts.join(', ')}]`
  const causes = errors.map((e) => ({
    reason: causeReason(e),
    message: fieldErrorBody(e),
    field: e.field
  }))
  return new ApiError(
    422,
    'Invalid',
    `${qualified(target)} "${target.name}" is invalid: ${summary}`,
    details(target, { causes })
  )
}

/** 403 Forbidden for authorization denials and admission refusals. */
export function forbiddenError(target: StatusTarget, why: string): ApiError {
  const subject = target.name ? `${qualified(target)} "${target.name}"` : qualified(target)
  return new ApiError(403, 'Forbidden', `${subject} is forbidden: ${why}`, details(target))
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message)
}

/** 410 Expired, as a watch from a compacted resourceVersion gets it. */
export function expired(message: string): ApiError {
  return new ApiError(410, 'Expired', message)
}

export function methodNotAllowed(message: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', message)
}

export function unsupportedMediaType(contentType: string, accepted: readonly string[]): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    { causes: [{ reason: 'UnsupportedMediaType', message: contentType }] }
  )
}

export function internalError(cause: string): ApiError {
  return new ApiError(500, 'InternalError', `Internal error occurred: ${cause}`, {
    causes: [{ message: cause }]
  })
}

export function serviceUnavailable(message: string, retryAfterSeconds?: number): ApiError {
  return new ApiError(503, 'ServiceUnavailable', message, undefined, retryAfterSeconds)
}

export function tooManyRequests(retryAfterSeconds: number): ApiError {
  return new ApiError(
    429,
    'TooManyRequests',
    'Too many requests, please try again later.',
    { retryAfterSeconds },
    retryAfterSeconds
  )
}

export function gatewayTimeout(message: string): ApiError {
  return new ApiError(504, 'Timeout', message)
}

export function unauthorized(): ApiError {
  return new ApiError(401, 'Unauthorized', 'Unauthorized')
}

/** The 404 the server sends for paths it does not serve at all. */
export function pathNotFound(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource', {})
}
