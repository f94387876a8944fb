/**
 * Reads one HTTP answer of the Prometheus API into data or a classified PrometheusError
 * (docs/prometheus.md, "Results" and "Errors, retries and what they mean"). Bodies that are not the API's JSON envelope,
 * such as an ingress's HTML 502 page or an SSO login page served with 200, become errors, never
 * parse crashes.
 */
import { z } from 'zod'

import { truncate } from '../../util/errors'
import { parseRetryAfter } from '../../util/retry'
import type { SourceErrorKind } from '../model'
import { PrometheusError } from './prometheus-error'

/** The parts of an HTTP answer the classification needs. */
export interface HttpAnswer {
  readonly status: number
  readonly contentType?: string
  readonly retryAfter?: string
  readonly location?: string
  readonly body: string
}

/** A `status: success` envelope. */
export interface ApiSuccess {
  readonly data: unknown
  /** Data came back but may be partial. */
  readonly warnings: readonly string[]
  /** Annotations that may be false positives; logged only. */
  readonly infos: readonly string[]
}

const envelope = z.object({
  status: z.enum(['success', 'error']),
  data: z.unknown().optional(),
  errorType: z.string().optional(),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  infos: z.array(z.string()).optional()
})

/** Statuses a proxy or an overloaded server uses for "try again shortly". */
const TRANSIENT_STATUS = new Set([429, 502, 503, 504])

const ERROR_TYPE_KIND: Readonly<Record<string, SourceErrorKind>> = {
  bad_data: 'query',
  execution: 'query',
  timeout: 'server',
  canceled: 'server',
  internal: 'server',
  unavailable: 'server',
  not_found: 'config'
}

/**
 * Returns the envelope's data, or throws the classified failure. `mask` is applied to everything
 * taken from the body (an error before it is shortened, warnings, infos), since gateways echo
 * request headers.
 */
export function readApiAnswer(
  answer: HttpAnswer,
  now: number,
  mask: (text: string) => string
): ApiSuccess {
  const parsed = envelope.safeParse(parseJson(answer.body))
  if (!parsed.success) throw notTheApi({ ...answer, body: mask(answer.body) }, now)
  const env = parsed.data
  const ok = answer.status >= 200 && answer.status < 300
  if (env.status === 'success' && ok) {
    // Gateways quote the request in warnings too (a header that failed a rule, the URL).
    return {
      data: env.data,
      warnings: (env.warnings ?? []).map(mask),
      infos: (env.infos ?? []).map(mask)
    }
  }
  const errorType = env.errorType
  const text = `HTTP ${answer.status}${errorType ? ` ${errorType}` : ''}: ${truncate(mask(env.error ?? 'no error message'), 300)}`
  const kind = statusKind(answer.status) ?? ERROR_TYPE_KIND[errorType ?? ''] ?? 'server'
  throw fail(`Prometheus answered ${text}${hintFor(kind)}`, answer, now, kind, {
    transient: TRANSIENT_STATUS.has(answer.status) || errorType === 'timeout',
    ...(errorType !== undefined && { errorType })
  })
}

/** Kinds the HTTP status decides on its own, whatever the body says. */
function statusKind(status: number): SourceErrorKind | undefined {
  if (status === 401 || status === 403) return 'auth'
  if (status === 400 || status === 422) return 'query'
  if (status === 404) return 'config'
  return undefined
}

function notTheApi(answer: HttpAnswer, now: number): PrometheusError {
  const { status } = answer
  const what = `${answer.contentType ?? 'no content type'}, starting '${truncate(answer.body.trim().replace(/\s+/g, ' '), 80)}'`
  if (status >= 300 && status < 400) {
    const to = redirectHost(answer.location)
    return fail(
      `Prometheus URL redirected (HTTP ${status}${to ? ` to ${to}` : ''}) instead of answering; an SSO or auth proxy in front of Prometheus? Send credentials in the Prometheus headers or use the API URL behind the proxy`,
      answer,
      now,
      'auth'
    )
  }
  const kind = statusKind(status) ?? 'server'
  const lead =
    status >= 200 && status < 300
      ? `expected the Prometheus API's JSON answer but got HTTP ${status} (${what}); is the URL the Prometheus server, or a login page or proxy?`
      : `HTTP ${status} without the Prometheus API's JSON answer (${what})`
  return fail(`${lead}${hintFor(kind)}`, answer, now, kind, {
    transient: TRANSIENT_STATUS.has(status)
  })
}

function fail(
  message: string,
  answer: HttpAnswer,
  now: number,
  kind: SourceErrorKind,
  extra: { readonly transient?: boolean; readonly errorType?: string } = {}
): PrometheusError {
  const retryAfterMs = parseRetryAfter(answer.retryAfter, now)
  return new PrometheusError(message, {
    kind,
    transient: extra.transient ?? false,
    status: answer.status,
    ...(extra.errorType !== undefined && { errorType: extra.errorType }),
    ...(retryAfterMs !== undefined && { retryAfterMs })
  })
}

function hintFor(kind: SourceErrorKind): string {
  if (kind === 'auth') {
    return '. Check the credentials in the Prometheus headers (Authorization, X-Scope-OrgID)'
  }
  if (kind === 'config') return '. Check the Prometheus URL, including any path prefix'
  return ''
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** Only the host of an absolute redirect target: its path and query may carry tokens. */
function redirectHost(location: string | undefined): string | undefined {
  if (!location) return undefined
  try {
    return new URL(location).host
  } catch {
    return undefined
  }
}
