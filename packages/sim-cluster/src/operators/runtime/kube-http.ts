import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

import { isObject, type JsonObject, numberAt, stringAt } from '../../core/json'
import type { KubeConnection } from './kube-connection'

/** A non-2xx answer, carrying the metav1.Status fields a controller branches on. */
export class KubeHttpError extends Error {
  override readonly name = 'KubeHttpError'

  constructor(
    readonly code: number,
    readonly reason: string,
    message: string
  ) {
    super(message)
  }
}

/** True when `err` is the API server saying the object is not there. */
export function isNotFound(err: unknown): boolean {
  return err instanceof KubeHttpError && err.code === 404
}

/** One event of a watch stream. */
export interface WatchEvent {
  readonly type: string
  readonly object: JsonObject
}

const USER_AGENT = 'chaos-gate-sim-operators/1'
/** No request but a watch may take longer than this (a hung server must not stall a reconcile). */
const REQUEST_TIMEOUT_MS = 30_000

/**
 * The operators' REST client: JSON over http(s) with the kubeconfig's CA, bearer token or client
 * certificate, keep-alive connections, metav1.Status errors, and watch streams read line by line.
 * Nothing here knows the simulator: it speaks to any kube-apiserver.
 */
export class KubeHttp {
  private readonly agent: HttpAgent
  private readonly https: boolean

  constructor(private readonly connection: KubeConnection) {
    this.https = connection.server.startsWith('https:')
    this.agent = this.https
      ? new HttpsAgent({
          keepAlive: true,
          rejectUnauthorized: !connection.insecureSkipTlsVerify,
          ...(connection.ca !== undefined && { ca: connection.ca }),
          ...(connection.cert !== undefined && { cert: connection.cert }),
          ...(connection.key !== undefined && { key: connection.key })
        })
      : new HttpAgent({ keepAlive: true })
  }

  /** A request with a JSON answer; non-2xx becomes a KubeHttpError. */
  async json(
    method: string,
    path: string,
    body?: JsonObject,
    contentType = 'application/json'
  ): Promise<JsonObject> {
    const res = await this.send(method, path, body, contentType, REQUEST_TIMEOUT_MS)
    const text = await readAll(res)
    const parsed = parseObject(text)
    const status = res.statusCode ?? 0
    if (status < 200 || status >= 300) throw errorFrom(status, parsed, text, method, path)
    if (!parsed) throw new KubeHttpError(status, 'BadResponse', `${method} ${path}: not JSON`)
    return parsed
  }

  /**
   * Opens a watch and calls `onEvent` per event; `onOpen` once the server accepted it. Resolves
   * when the server ends the stream, rejects on a refused watch, a broken connection or an
   * `onEvent` that throws. Aborting `signal` ends it quietly.
   */
  async watch(
    path: string,
    onEvent: (event: WatchEvent) => void,
    onOpen: () => void,
    signal: AbortSignal
  ): Promise<void> {
    const res = await this.send('GET', path, undefined, 'application/json', 0, signal)
    const status = res.statusCode ?? 0
    if (status !== 200) {
      const text = await readAll(res)
      throw errorFrom(status, parseObject(text), text, 'GET', path)
    }
    onOpen()
    await new Promise<void>((resolve, reject) => {
      let buffered = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffered += chunk
        let newline = buffered.indexOf('\n')
        while (newline >= 0) {
          const line = buffered.slice(0, newline).trim()
          buffered = buffered.slice(newline + 1)
          const event = line ? parseObject(line) : undefined
          if (event && isObject(event['object'])) {
            try {
              onEvent({ type: stringAt(event, 'type') ?? '', object: event['object'] })
            } catch (err) {
              // The handler refused the stream (an ERROR event): report why, then end it. In this
              // order: destroying a response the server has not finished (a real server ends it
              // after the event) emits 'aborted', whose rejection would otherwise win.
              reject(err instanceof Error ? err : new Error(String(err)))
              res.destroy()
              return
            }
          }
          newline = buffered.indexOf('\n')
        }
      })
      res.on('end', () => resolve())
      res.on('error', (err) => (signal.aborted ? resolve() : reject(err)))
      res.on('aborted', () => (signal.aborted ? resolve() : reject(new Error('watch aborted'))))
    })
  }

  close(): void {
    this.agent.destroy()
  }

  private send(
    method: string,
    path: string,
    body: JsonObject | undefined,
    contentType: string,
    timeoutMs: number,
    signal?: AbortSignal
  ): Promise<IncomingMessage> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
      ...(payload !== undefined && {
        'Content-Type': contentType,
        'Content-Length': String(Buffer.byteLength(payload))
      }),
      ...(this.connection.token !== undefined && {
        Authorization: `Bearer ${this.connection.token}`
      })
    }
    const request = this.https ? httpsRequest : httpRequest
    return new Promise((resolve, reject) => {
      const req = request(`${this.connection.server}${path}`, {
        method,
        headers,
        agent: this.agent,
        ...(signal && { signal })
      })
      if (timeoutMs > 0) {
        req.setTimeout(timeoutMs, () =>
          req.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs} ms`))
        )
      }
      req.on('response', resolve)
      req.on('error', reject)
      req.end(payload)
    })
  }
}

function readAll(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    res.on('data', (chunk: Buffer) => chunks.push(chunk))
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    res.on('error', reject)
  })
}

function parseObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

function errorFrom(
  status: number,
  body: JsonObject | undefined,
  text: string,
  method: string,
  path: string
): KubeHttpError {
  const code = numberAt(body, 'code') ?? status
  const reason = stringAt(body, 'reason') ?? 'Unknown'
  const message = stringAt(body, 'message') ?? (text.slice(0, 200) || `HTTP ${status}`)
  return new KubeHttpError(code, reason, `${method} ${path}: ${status} ${message}`)
}
