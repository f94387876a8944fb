/**
 * Classifies a request that produced no HTTP answer: refused or reset connections and DNS failures
 * are transient; certificate problems are not (retrying cannot fix them, configuration can); the
 * client's own deadline is a timeout. Messages are masked and never include the axios config,
 * which holds the headers.
 */
import { isAxiosError } from 'axios'

import { formatDuration } from '../../util/duration'
import { errorMessage } from '../../util/errors'
import { PrometheusError } from './prometheus-error'
import type { Transport } from './transport'

/** TLS verification failures (Node's and OpenSSL's codes). */
const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER'
])

export interface FailureContext {
  /** The attempt's own deadline fired (not the caller's cancellation). */
  readonly timedOut: boolean
  readonly timeoutMs: number
  readonly transport: Transport
}

/** The PrometheusError for a request that failed before an HTTP answer arrived. */
export function requestFailure(err: unknown, ctx: FailureContext): PrometheusError {
  const where = ctx.transport.base.origin
  if (ctx.timedOut) {
    return new PrometheusError(
      `no answer from Prometheus at ${where} within ${formatDuration(ctx.timeoutMs)}`,
      { kind: 'timeout', transient: false }
    )
  }
  const code = errorCode(err)
  const detail = ctx.transport.mask.mask(errorMessage(err))
  if (code !== undefined && TLS_CODES.has(code)) {
    return new PrometheusError(
      `TLS handshake with Prometheus at ${where} failed: ${detail} (${code}); set caFile to the CA that signed its certificate, or insecureSkipVerify for a test server`,
      { kind: 'transport', transient: false }
    )
  }
  if (code === 'ERR_BAD_RESPONSE' || code === 'ERR_FR_MAX_BODY_LENGTH_EXCEEDED') {
    return new PrometheusError(`Prometheus at ${where} sent an unusable answer: ${detail}`, {
      kind: 'server',
      transient: false
    })
  }
  return new PrometheusError(
    `cannot reach Prometheus at ${where}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`,
    { kind: 'transport', transient: true }
  )
}

function errorCode(err: unknown): string | undefined {
  if (isAxiosError(err)) {
    const cause: unknown = err.cause
    const causeCode = cause instanceof Error && 'code' in cause ? cause.code : undefined
    return typeof causeCode === 'string' ? causeCode : err.code
  }
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') return err.code
  return undefined
}
