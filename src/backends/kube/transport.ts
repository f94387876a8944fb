/**
 * HTTP to the API server, authenticated by client-node's KubeConfig (tokens, client certificates,
 * exec plugins, in-cluster token files) but sent with node:http, so one place controls what the
 * generated client and its Watch class get wrong for us: dryRun and patch content types on custom
 * resources, watch streams that end silently, and requests that never time out.
 */
import http from 'node:http'
import https from 'node:https'

import type { KubeConfig } from '@kubernetes/client-node'

import pkg from '../../../package.json'
import { abortReason } from '../../util/clock'
import { truncate } from '../../util/errors'
import { AgentCache } from './agents'
import { type ExecConfig, type ExecCredentialOptions, ExecCredentials } from './exec-credential'

/** One request to the API server. */
export interface KubeRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path below the server URL, starting with `/api` or `/apis`. */
  readonly path: string
  readonly query?: Readonly<Record<string, string | undefined>>
  readonly body?: unknown
  readonly contentType?: string
  readonly signal?: AbortSignal
}

/** A complete answer; the body is parsed JSON when it is JSON, else the text. */
export interface KubeResponse {
  readonly status: number
  readonly body: unknown
}

/** A streaming answer: the status, and the body line by line (only read when the status is 200). */
export interface KubeStream extends KubeResponse {
  readonly lines: AsyncIterable<string>
}

/** The API server's HTTP, nothing Kubernetes-specific beyond authentication. */
export interface KubeTransport {
  readonly server: string
  send(request: KubeRequest): Promise<KubeResponse>
  /** Starts a long-running GET (a watch); `idleTimeoutMs` bounds silence on the stream. */
  open(request: KubeRequest, idleTimeoutMs: number): Promise<KubeStream>
  /** Drops idle keep-alive connections. */
  close(): void
}

/** The API server could not be reached, or the connection broke or stalled. */
export class KubeConnectionError extends Error {
  override readonly name = 'KubeConnectionError'
  constructor(
    message: string,
    readonly code?: string,
    options?: ErrorOptions
  ) {
    super(message, options)
  }
}

/**
 * As kubectl names itself (`kubectl/v1.37.2 (linux/amd64)`): audit logs and API priority and
 * fairness rules can then tell the gate's requests from everything else a CI identity sends.
 */
const USER_AGENT = `chaos-gate/${pkg.version} (${process.platform}/${process.arch})`

export interface TransportOptions {
  /** Upper bound for a request's silence (connect, headers, body). */
  readonly requestTimeoutMs?: number
  /** Bounds and hooks of the kubeconfig's exec credential plugin, when it has one. */
  readonly exec?: ExecCredentialOptions
}

/** A transport for the configuration's current context. */
export function kubeTransport(config: KubeConfig, options: TransportOptions = {}): KubeTransport {
  const cluster = config.getCurrentCluster()
  if (!cluster) throw new Error('the kubeconfig has no current cluster')
  const server = cluster.server.replace(/\/+$/, '')
  const agents = new AgentCache(server.startsWith('https:'), cluster.proxyUrl !== undefined)
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000
  const exec = takeExec(config, options.exec)

  const start = async (request: KubeRequest, timeoutMs: number): Promise<http.IncomingMessage> => {
    const auth: https.RequestOptions = {}
    await config.applyToHTTPSOptions(auth)
    await exec?.apply(auth, request.signal)
    const headers: http.OutgoingHttpHeaders = {
      ...headerMap(auth),
      Accept: 'application/json',
      'User-Agent': USER_AGENT
    }
    const payload = request.body === undefined ? undefined : JSON.stringify(request.body)
    if (payload !== undefined) {
      headers['Content-Type'] = request.contentType ?? 'application/json'
      // Node sends DELETE bodies unchunked, so without a length the server misreads the stream.
      headers['Content-Length'] = Buffer.byteLength(payload)
    }
    const url = new URL(server + request.path + queryString(request.query))
    const send = url.protocol === 'https:' ? https.request : http.request
    return new Promise((resolve, reject) => {
      const req = send(url, {
        method: request.method,
        headers,
        agent: agents.get(auth),
        ...(auth.auth ? { auth: auth.auth } : {}),
        ...(request.signal ? { signal: request.signal } : {})
      })
      req.setTimeout(timeoutMs, () =>
        req.destroy(
          new KubeConnectionError(`no answer from ${server} within ${timeoutMs} ms`, 'ETIMEDOUT')
        )
      )
      req.on('response', resolve)
      req.on('error', (err) => reject(connectionError(err, server, request.signal)))
      req.end(payload)
    })
  }

  return {
    server,
    async send(request) {
      const res = await start(request, requestTimeoutMs)
      const text = await readAll(res, server, request.signal)
      return { status: res.statusCode ?? 0, body: parseBody(text) }
    },
    async open(request, idleTimeoutMs) {
      const res = await start(request, idleTimeoutMs)
      if (res.statusCode !== 200) {
        const text = await readAll(res, server, request.signal)
        return { status: res.statusCode ?? 0, body: parseBody(text), lines: emptyLines() }
      }
      return { status: 200, body: undefined, lines: lines(res, server, request.signal) }
    },
    close: () => agents.close()
  }
}

/**
 * The current user's exec plugin, taken out of client-node's hands (it would wait for the plugin
 * forever): the user is replaced by a copy without `exec`, and the gate runs the plugin itself.
 */
function takeExec(
  config: KubeConfig,
  options: ExecCredentialOptions = {}
): ExecCredentials | undefined {
  const user = config.getCurrentUser()
  const exec: unknown = user?.exec
  if (!user || !isExecConfig(exec)) return undefined
  config.users = config.users.map((u) => (u === user ? { ...u, exec: undefined } : u))
  return new ExecCredentials(exec, options)
}

function isExecConfig(value: unknown): value is ExecConfig {
  return (
    typeof value === 'object' &&
    value !== null &&
    'command' in value &&
    typeof value.command === 'string'
  )
}

/** Authentication headers client-node set (a bearer token, impersonation). */
function headerMap(auth: https.RequestOptions): http.OutgoingHttpHeaders {
  const headers = auth.headers
  return headers === undefined || isStringArray(headers) ? {} : headers
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value)
}

function queryString(query: KubeRequest['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, value)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

function connectionError(err: unknown, server: string, signal: AbortSignal | undefined): Error {
  if (signal?.aborted) return abortReason(signal)
  if (err instanceof KubeConnectionError) return err
  const code =
    err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined
  const message = err instanceof Error ? err.message : String(err)
  return new KubeConnectionError(`cannot reach the API server at ${server}: ${message}`, code, {
    cause: err
  })
}

async function readAll(
  res: http.IncomingMessage,
  server: string,
  signal: AbortSignal | undefined
): Promise<string> {
  res.setEncoding('utf8')
  let text = ''
  try {
    for await (const chunk of res) text += String(chunk)
  } catch (err) {
    throw connectionError(err, server, signal)
  }
  return text
}

function parseBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return truncate(text)
  }
}

/** The body split into lines; ending the iteration early closes the connection. */
async function* lines(
  res: http.IncomingMessage,
  server: string,
  signal: AbortSignal | undefined
): AsyncGenerator<string> {
  res.setEncoding('utf8')
  let rest = ''
  try {
    for await (const chunk of res) {
      const parts = (rest + String(chunk)).split('\n')
      rest = parts.pop() ?? ''
      for (const line of parts) if (line.trim() !== '') yield line
    }
  } catch (err) {
    throw connectionError(err, server, signal)
  } finally {
    res.destroy()
  }
  if (rest.trim() !== '') yield rest
}

async function* emptyLines(): AsyncGenerator<string> {}
