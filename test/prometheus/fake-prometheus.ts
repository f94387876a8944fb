/**
 * A scripted Prometheus HTTP API on loopback (style.md rule 32): each request takes the next queued
 * reply, or the default one, and is recorded. Replies can stall before the headers or mid-body, so
 * the client's deadlines are tested against real sockets.
 */
import http, { type IncomingHttpHeaders } from 'node:http'
import https from 'node:https'
import type { Socket } from 'node:net'

import { portOf } from './port-of'

export interface FakeRequest {
  readonly method: string
  readonly path: string
  /** Query string and form body parameters together. */
  readonly params: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly url: string
}

export type FakeReply =
  | {
      readonly status?: number
      readonly headers?: Readonly<Record<string, string>>
      readonly body: string | object
    }
  /** Accept the request and never answer; or send headers and half a body, then go silent. */
  | { readonly stall: 'before-headers' | 'mid-body' }

type Handler = (req: FakeRequest) => FakeReply

export class FakePrometheus {
  readonly requests: FakeRequest[] = []
  private queue: FakeReply[] = []
  private fallback: Handler = () => ({ status: 500, body: 'no reply scripted' })
  private readonly sockets = new Set<Socket>()

  private constructor(private readonly server: http.Server) {
    server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
  }

  static async start(tls?: {
    readonly key: Buffer
    readonly cert: Buffer
  }): Promise<FakePrometheus> {
    const server = tls ? https.createServer(tls) : http.createServer()
    const fake = new FakePrometheus(server)
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      void fake.handle(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get url(): string {
    const port = portOf(this.server)
    return `${this.server instanceof https.Server ? 'https' : 'http'}://127.0.0.1:${port}`
  }

  /** Open client connections right now. */
  get openConnections(): number {
    return this.sockets.size
  }

  /** Answers every request not covered by the queue. */
  otherwise(handler: Handler): this {
    this.fallback = handler
    return this
  }

  /** Queues replies for the next requests, in order. */
  next(...replies: FakeReply[]): this {
    this.queue.push(...replies)
    return this
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://fake')
    const params = new URLSearchParams(url.search)
    for (const [k, v] of new URLSearchParams(body)) params.append(k, v)
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      headers: req.headers,
      url: req.url ?? '/'
    }
    this.requests.push(request)
    const reply = this.queue.shift() ?? this.fallback(request)
    if ('stall' in reply) {
      if (reply.stall === 'mid-body') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"status":"success","data":{"resultType":"vector","result":[')
      }
      return
    }
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    const type = typeof reply.body === 'string' ? 'text/html' : 'application/json'
    res.writeHead(reply.status ?? 200, { 'content-type': type, ...reply.headers })
    res.end(text)
  }
}

/** A `status: success` envelope. */
export function success(data: object, extra: object = {}): object {
  return { status: 'success', data, ...extra }
}

/** A `status: error` envelope. */
export function failure(errorType: string, error: string): object {
  return { status: 'error', errorType, error }
}

/** An instant vector; each entry is labels and the value as Prometheus writes it. */
export function vector(...series: [Record<string, string>, string][]): object {
  return vectorAt(1_700_000_000.5, ...series)
}

/** An instant vector stamped with `time` (seconds), as Prometheus stamps the time asked for. */
export function vectorAt(time: number, ...series: [Record<string, string>, string][]): object {
  return {
    resultType: 'vector',
    result: series.map(([metric, v]) => ({ metric, value: [time, v] }))
  }
}

/** A scalar answer at `t` (unix seconds). */
export function scalar(t: number, v: string): object {
  return { resultType: 'scalar', result: [t, v] }
}
