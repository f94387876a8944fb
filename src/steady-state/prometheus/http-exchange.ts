/**
 * One HTTP exchange with the Prometheus API: GET, or a POST form when the URL would be long; its
 * own deadline on top of the caller's cancellation; no redirects (an SSO hop is reported, and
 * credentials never follow it); the body read as text so a non-JSON page is classified, not
 * parsed by accident.
 */
import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios'

import { abortReason } from '../../util/clock'
import { type ApiSuccess, type HttpAnswer, readApiAnswer } from './api-answer'
import { requestFailure } from './request-failure'
import { rfc3986Form } from './sigv4-form'
import type { RequestSigner } from './sigv4-signer'
import type { Transport } from './transport'

/** URLs up to this length go as GET (read-only proxies allow it); longer ones as a POST form. */
export const MAX_GET_URL_LENGTH = 2048

/** Answers larger than this are refused rather than buffered. */
const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface Exchange {
  /** The endpoint URL without a query string. */
  readonly url: string
  /** The form-encoded parameters. */
  readonly form: string
  readonly timeoutMs: number
  readonly signal: AbortSignal
}

/** Sends one request and reads the answer; throws a classified PrometheusError or the caller's abort reason. */
export async function exchange(
  http: AxiosInstance,
  transport: Transport,
  ex: Exchange,
  now: () => number
): Promise<ApiSuccess> {
  const deadline = new AbortController()
  const onAbort = (): void => deadline.abort(ex.signal.reason)
  ex.signal.addEventListener('abort', onAbort, { once: true })
  const timer = setTimeout(() => deadline.abort(), ex.timeoutMs)
  let response: AxiosResponse<unknown>
  try {
    const config = requestConfig(transport, ex, deadline.signal)
    response = await http.request(transport.sign ? await signed(transport.sign, config) : config)
  } catch (err) {
    // The caller's cancellation is not a Prometheus failure: it propagates unclassified.
    if (ex.signal.aborted) throw abortReason(ex.signal)
    const timedOut = deadline.signal.aborted
    throw requestFailure(err, { timedOut, timeoutMs: ex.timeoutMs, transport })
  } finally {
    clearTimeout(timer)
    ex.signal.removeEventListener('abort', onAbort)
  }
  return readApiAnswer(answerOf(response), now(), (text) => transport.mask.mask(text))
}

function requestConfig(
  transport: Transport,
  ex: Exchange,
  signal: AbortSignal
): AxiosRequestConfig {
  const asGet = ex.url.length + 1 + ex.form.length <= MAX_GET_URL_LENGTH
  return {
    method: asGet ? 'GET' : 'POST',
    url: asGet ? `${ex.url}?${ex.form}` : ex.url,
    ...(asGet ? {} : { data: ex.form }),
    headers: {
      ...transport.headers,
      ...(asGet ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' })
    },
    signal,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    maxContentLength: MAX_BODY_BYTES,
    proxy: transport.proxy,
    httpAgent: transport.httpAgent,
    httpsAgent: transport.httpsAgent
  }
}

/**
 * The request with its signature headers; the query and form are re-encoded as SigV4 encodes them
 * first, so what is sent is byte for byte what was signed.
 */
async function signed(
  sign: RequestSigner,
  config: AxiosRequestConfig
): Promise<AxiosRequestConfig> {
  const [path = '', query] = (config.url ?? '').split('?', 2)
  const url = query === undefined ? path : `${path}?${rfc3986Form(query)}`
  const data = typeof config.data === 'string' ? rfc3986Form(config.data) : undefined
  const headers = Object.entries(config.headers as Record<string, string>).map(
    ([k, v]) => [k.toLowerCase(), v] as const
  )
  const signedHeaders = await sign({
    method: config.method ?? 'GET',
    url,
    headers: Object.fromEntries(headers),
    ...(data !== undefined && { body: data })
  })
  return { ...config, url, ...(data !== undefined && { data }), headers: signedHeaders }
}

function answerOf(response: AxiosResponse<unknown>): HttpAnswer {
  const read = (name: string): string | undefined => {
    const value: unknown = response.headers[name]
    return typeof value === 'string' ? value : undefined
  }
  const contentType = read('content-type')
  const retryAfter = read('retry-after')
  const location = read('location')
  return {
    status: response.status,
    body: typeof response.data === 'string' ? response.data : '',
    ...(contentType !== undefined && { contentType }),
    ...(retryAfter !== undefined && { retryAfter }),
    ...(location !== undefined && { location })
  }
}
