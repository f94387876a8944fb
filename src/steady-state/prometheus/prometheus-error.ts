import type { SourceErrorKind } from '../model'

/** What a Prometheus failure is, for the retry policy and for the measurement it becomes. */
export interface PrometheusErrorDetails {
  readonly kind: SourceErrorKind
  /** Worth another attempt: network errors, 429, 502/503/504 and server-side timeouts. */
  readonly transient: boolean
  readonly status?: number
  /** The API's `errorType` (bad_data, execution, timeout, canceled, internal, unavailable, not_found). */
  readonly errorType?: string
  /** The server's Retry-After, in milliseconds. */
  readonly retryAfterMs?: number
}

/**
 * A classified failure of one Prometheus request. Its message is already masked: it never contains
 * a header value, a token or a URL password.
 */
export class PrometheusError extends Error {
  override readonly name = 'PrometheusError'
  readonly kind: SourceErrorKind
  readonly transient: boolean
  readonly status: number | undefined
  readonly errorType: string | undefined
  readonly retryAfterMs: number | undefined

  constructor(message: string, details: PrometheusErrorDetails) {
    super(message)
    this.kind = details.kind
    this.transient = details.transient
    this.status = details.status
    this.errorType = details.errorType
    this.retryAfterMs = details.retryAfterMs
  }
}

/** A failure the query itself or the configuration causes; retrying cannot help. */
export function permanent(
  kind: SourceErrorKind,
  message: string,
  status?: number
): PrometheusError {
  return new PrometheusError(message, {
    kind,
    transient: false,
    ...(status !== undefined && { status })
  })
}
