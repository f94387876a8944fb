/**
 * Reads the API server's `Status` objects (the body of every non-2xx answer and of a watch's ERROR
 * event) into `KubeApiError`, without trusting their shape: a proxy in front of the API server may
 * answer with HTML or nothing at all.
 */
import type { KubeObject } from '../../manifest/model'
import { truncate } from '../../util/errors'
import { KubeApiError, type StatusCause } from './port'

/** The error for a non-2xx answer, from its Status body when there is one. */
export function statusError(httpStatus: number, body: unknown): KubeApiError {
  const status = isRecord(body) && body.kind === 'Status' ? body : undefined
  const code = typeof status?.code === 'number' && status.code > 0 ? status.code : httpStatus
  const reason =
    typeof status?.reason === 'string' && status.reason ? status.reason : reasonFor(code)
  const message =
    typeof status?.message === 'string' && status.message
      ? status.message
      : `HTTP ${httpStatus}${typeof body === 'string' && body ? `: ${truncate(body, 200)}` : ''}`
  const retryAfterMs = retryAfterOf(status)
  return new KubeApiError(
    code,
    reason,
    message,
    causesOf(status),
    retryAfterMs === undefined ? undefined : { retryAfterMs }
  )
}

/** `details.retryAfterSeconds`, which the API server sets (with a Retry-After header) on 429 and 503. */
function retryAfterOf(status: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const seconds = isRecord(status?.details) ? status.details.retryAfterSeconds : undefined
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined
}

function causesOf(status: Readonly<Record<string, unknown>> | undefined): StatusCause[] {
  const details = status?.details
  if (!isRecord(details) || !Array.isArray(details.causes)) return []
  return details.causes.filter(isRecord).map((cause) => ({
    message: typeof cause.message === 'string' ? cause.message : 'invalid value',
    ...(typeof cause.reason === 'string' ? { reason: cause.reason } : {}),
    ...(typeof cause.field === 'string' ? { field: cause.field } : {})
  }))
}

/** The conventional reason for a status code, when the server sent none. */
function reasonFor(code: number): string {
  const reasons: Readonly<Record<number, string>> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    410: 'Expired',
    422: 'Invalid',
    429: 'TooManyRequests',
    500: 'InternalError',
    503: 'ServiceUnavailable',
    504: 'Timeout'
  }
  return reasons[code] ?? (code >= 500 ? 'InternalError' : 'Unknown')
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON value that looks like a Kubernetes object (apiVersion, kind, metadata). */
export function isKubeObject(value: unknown): value is KubeObject {
  return (
    isRecord(value) &&
    typeof value.apiVersion === 'string' &&
    typeof value.kind === 'string' &&
    isRecord(value.metadata)
  )
}
