/**
 * A small HTTPS client for the launcher's own calls (readiness, CRDs, RBAC, tokens, the seed) and
 * for the conformance diff, which must see raw status codes and bodies: the product's client reads
 * them into errors. Authenticates with a client certificate or a bearer token; speaks plain http
 * too, for a simulator started without TLS.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'

import { parse } from 'yaml'

/** PEM data, not file names; `ca` is left out for a plain-http server. */
export interface Credentials {
  readonly server: string
  readonly ca?: Buffer
  readonly cert?: Buffer
  readonly key?: Buffer
  readonly token?: string
}

/** The current context's server and user of a kubeconfig with embedded data or a token. */
export function credentialsFromKubeconfig(path: string): Credentials {
  type Named<T> = { name: string } & T
  const config = parse(readFileSync(path, 'utf8')) as {
    'current-context': string
    contexts: Named<{ context: { cluster: string; user: string } }>[]
    clusters: Named<{ cluster: Record<string, string> }>[]
    users: Named<{ user: Record<string, string> }>[]
  }
  const context = config.contexts.find((c) => c.name === config['current-context'])?.context
  const cluster = config.clusters.find((c) => c.name === context?.cluster)?.cluster
  const user = config.users.find((u) => u.name === context?.user)?.user ?? {}
  if (!cluster?.['server']) throw new Error(`${path}: no server for the current context`)
  const pem = (value: string | undefined): Buffer | undefined =>
    value ? Buffer.from(value, 'base64') : undefined
  const ca = pem(cluster['certificate-authority-data'])
  const cert = pem(user['client-certificate-data'])
  const key = pem(user['client-key-data'])
  return {
    server: cluster['server'],
    ...(ca && { ca }),
    ...(cert && { cert }),
    ...(key && { key }),
    ...(user['token'] && { token: user['token'] })
  }
}

export interface Answer {
  readonly status: number
  readonly contentType: string
  readonly text: string
  /** The server's Warning headers (unknown fields, deprecations). */
  readonly warnings: readonly string[]
  /** The body as JSON, or undefined when it is not JSON. */
  readonly json: unknown
}

export interface RequestOptions {
  readonly body?: unknown
  /** Content type of the body; application/json by default. */
  readonly contentType?: string
  readonly signal?: AbortSignal
}

export class Api {
  private readonly agent: http.Agent
  private readonly base: URL
  private readonly transport: typeof http.request

  constructor(readonly credentials: Credentials) {
    this.base = new URL(credentials.server)
    const tls = this.base.protocol === 'https:'
    this.transport = tls ? https.request : http.request
    this.agent = tls
      ? new https.Agent({
          keepAlive: true,
          ...(credentials.ca && { ca: credentials.ca }),
          ...(credentials.cert && credentials.key
            ? { cert: credentials.cert, key: credentials.key }
            : {})
        })
      : new http.Agent({ keepAlive: true })
  }

  private open(
    method: string,
    path: string,
    options: RequestOptions,
    onResponse: (res: http.IncomingMessage) => void,
    onError: (err: Error) => void
  ): void {
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body)
    const req = this.transport(
      new URL(path, this.base),
      {
        method,
        agent: this.agent,
        headers: {
          accept: 'application/json',
          ...(body !== undefined && {
            'content-type': options.contentType ?? 'application/json'
          }),
          ...(this.credentials.token && { authorization: `Bearer ${this.credentials.token}` })
        },
        ...(options.signal && { signal: options.signal })
      },
      onResponse
    )
    req.once('error', onError)
    req.end(body)
  }

  /** One request, its whole answer read. */
  request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.open(
        method,
        path,
        options,
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.once('error', reject)
          res.once('end', () => {
            let json: unknown
            try {
              json = JSON.parse(text)
            } catch {
              json = undefined
            }
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              text,
              warnings: String(res.headers['warning'] ?? '')
                .split(/,(?=\s*\d{3} )/)
                .map((w) => w.trim())
                .filter(Boolean),
              json
            })
          })
        },
        reject
      )
    })
  }

  /** Like request, but throws unless the status is 2xx (or one of `accept`). */
  async ok(
    method: string,
    path: string,
    options: RequestOptions = {},
    accept: readonly number[] = []
  ): Promise<Answer> {
    const answer = await this.request(method, path, options)
    if ((answer.status < 200 || answer.status >= 300) && !accept.includes(answer.status))
      throw new Error(`${method} ${path}: ${answer.status} ${answer.text.slice(0, 400)}`)
    return answer
  }

  /**
   * A watch: each event line parsed, until the server ends the stream or the signal aborts it.
   * Resolves with the status of the response and the events seen.
   */
  watch(
    path: string,
    onEvent: (event: unknown) => void,
    signal: AbortSignal
  ): Promise<{ status: number }> {
    return new Promise((resolve, reject) => {
      this.open(
        'GET',
        path,
        { signal },
        (res) => {
          let buffer = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            buffer += chunk
            let newline = buffer.indexOf('\n')
            while (newline >= 0) {
              const line = buffer.slice(0, newline).trim()
              buffer = buffer.slice(newline + 1)
              if (line) onEvent(JSON.parse(line))
              newline = buffer.indexOf('\n')
            }
          })
          const done = (): void => {
            if (buffer.trim()) onEvent(JSON.parse(buffer))
            resolve({ status: res.statusCode ?? 0 })
          }
          res.once('end', done)
          res.once('close', done)
          res.once('error', () => resolve({ status: res.statusCode ?? 0 }))
        },
        (err) => (signal.aborted ? resolve({ status: 0 }) : reject(err))
      )
    })
  }

  close(): void {
    this.agent.destroy()
  }
}
