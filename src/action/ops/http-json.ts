/**
 * One JSON request to an observability API (Alertmanager, Grafana): a 10 s timeout, the step's
 * cut-off signal, and every failure a BackendError that names the operation and never the
 * credentials. No retry: these calls are best-effort and must not hold the gate up.
 */
import { BackendError, socketErrorCode } from '../../util/errors'

const TIMEOUT_MS = 10_000

export interface JsonRequest {
  readonly system: string
  readonly op: string
  readonly target: string
  readonly method: 'GET' | 'POST' | 'DELETE'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
}

export async function requestJson(
  fetchFn: typeof fetch,
  req: JsonRequest,
  signal?: AbortSignal
): Promise<unknown> {
  const signals = [AbortSignal.timeout(TIMEOUT_MS), ...(signal ? [signal] : [])]
  let response: Response
  try {
    response = await fetchFn(req.url, {
      method: req.method,
      headers: {
        accept: 'application/json',
        ...(req.body !== undefined && { 'content-type': 'application/json' }),
        ...req.headers
      },
      ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
      signal: AbortSignal.any(signals)
    })
  } catch (err) {
    const code =
      socketErrorCode(err) ??
      (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed')
    throw new BackendError(req.system, req.op, req.target, `network error (${code})`)
  }
  const text = await response.text()
  if (response.status < 200 || response.status > 299) {
    throw new BackendError(
      req.system,
      req.op,
      req.target,
      `HTTP ${response.status} ${text.trim().slice(0, 200)}`.trim(),
      response.status
    )
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BackendError(req.system, req.op, req.target, 'the response was not JSON')
  }
}

/** A URL's user:password as a Basic header; fetch refuses URLs that carry credentials. */
export function splitCredentials(raw: string): { url: string; headers: Record<string, string> } {
  const url = new URL(raw)
  if (!url.username && !url.password) return { url: raw.replace(/\/+$/, ''), headers: {} }
  const basic = Buffer.from(
    `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
  ).toString('base64')
  url.username = ''
  url.password = ''
  return { url: url.toString().replace(/\/+$/, ''), headers: { authorization: `Basic ${basic}` } }
}
