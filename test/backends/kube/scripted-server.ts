/**
 * A node:http server on loopback that answers exactly what a test scripts, in order, and records
 * every request: for the exact sequences a real API server produces only by accident (a 410 ERROR
 * event mid-stream, a stream the server closes, a 500 and then success).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What the server saw. */
export interface SeenRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: http.IncomingHttpHeaders
  readonly body: unknown
}

/** One scripted answer: a JSON reply, or a streamed body written line by line. */
export type Reply =
  | { readonly status: number; readonly json?: unknown; readonly text?: string }
  | {
      readonly stream: readonly unknown[]
      /** Keep the stream open after the last line (until the client goes). */
      readonly hold?: boolean
      /** Destroy the socket after the lines instead of ending the response. */
      readonly reset?: boolean
    }

type Handler = (req: SeenRequest) => Reply | undefined

export class ScriptedServer {
  readonly requests: SeenRequest[] = []
  private readonly routes: {
    match: RegExp
    method: string
    replies: Reply[]
    fallback?: Handler
  }[] = []
  private readonly server = http.createServer((req, res) => void this.handle(req, res))
  private readonly sockets = new Set<import('node:net').Socket>()
  url = ''

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const address = this.server.address()
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    return this
  }

  /** Scripts replies for `method path` (a regex source, anchored), used in order, the last repeating; later scripts win. */
  on(method: string, path: string, ...replies: Reply[]): this {
    this.routes.unshift({ match: new RegExp(`^${path}$`), method, replies: [...replies] })
    return this
  }

  /** Answers `method path` by a function of the request. */
  answer(method: string, path: string, fallback: Handler): this {
    this.routes.unshift({ match: new RegExp(`^${path}$`), method, replies: [], fallback })
    return this
  }

  seen(method: string, path: string): SeenRequest[] {
    const match = new RegExp(`^${path}$`)
    return this.requests.filter((r) => r.method === method && match.test(r.path))
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** A kubeconfig file pointing at this server with a bearer token. */
  kubeconfig(token = 'test-token', namespace = 'staging'): string {
    const dir = mkdtempSync(join(tmpdir(), 'scripted-kube-'))
    const file = join(dir, 'config')
    writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: scripted',
        'clusters:',
        `- name: scripted\n  cluster:\n    server: ${this.url}`,
        'users:',
        `- name: tester\n  user:\n    token: ${token}`,
        'contexts:',
        `- name: scripted\n  context:\n    cluster: scripted\n    user: tester\n    namespace: ${namespace}`
      ].join('\n')
    )
    return file
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    req.setEncoding('utf8')
    let text = ''
    for await (const chunk of req) text += String(chunk)
    const url = new URL(req.url ?? '/', this.url)
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown)
    }
    this.requests.push(seen)
    const route = this.routes.find((r) => r.method === seen.method && r.match.test(seen.path))
    const reply =
      route?.fallback?.(seen) ??
      (route && route.replies.length > 1 ? route.replies.shift() : route?.replies[0])
    if (!reply) {
      res.writeHead(404, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          kind: 'Status',
          status: 'Failure',
          reason: 'NotFound',
          code: 404,
          message: `no script for ${seen.method} ${seen.path}`
        })
      )
      return
    }
    if ('stream' in reply) return this.stream(reply, res)
    res.writeHead(reply.status, { 'Content-Type': reply.text ? 'text/plain' : 'application/json' })
    res.end(reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json)))
  }

  private async stream(
    reply: Extract<Reply, { stream: unknown }>,
    res: http.ServerResponse
  ): Promise<void> {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' })
    res.flushHeaders()
    for (const line of reply.stream) {
      if (isPause(line)) await new Promise((r) => setTimeout(r, line.pause))
      else res.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`)
    }
    if (reply.reset) res.socket?.destroy()
    else if (!reply.hold) res.end()
  }
}

function isPause(line: unknown): line is { pause: number } {
  return typeof line === 'object' && line !== null && 'pause' in line
}

/** A Status object as the API server writes it. */
export function status(code: number, reason: string, message: string, causes?: unknown[]): unknown {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
    ...(causes ? { details: { causes } } : {})
  }
}

/** Discovery for litmuschaos.io/v1alpha1 and the core group's pods. */
export function scriptDiscovery(server: ScriptedServer): ScriptedServer {
  return server
    .on('GET', '/apis/litmuschaos.io/v1alpha1', {
      status: 200,
      json: {
        kind: 'APIResourceList',
        groupVersion: 'litmuschaos.io/v1alpha1',
        resources: [
          {
            name: 'chaosengines',
            namespaced: true,
            kind: 'ChaosEngine',
            verbs: ['create', 'get', 'list', 'watch', 'patch', 'delete']
          },
          { name: 'chaosengines/status', namespaced: true, kind: 'ChaosEngine', verbs: ['get'] },
          {
            name: 'chaosresults',
            namespaced: true,
            kind: 'ChaosResult',
            verbs: ['get', 'list', 'watch']
          }
        ]
      }
    })
    .on('GET', '/api/v1', {
      status: 200,
      json: {
        kind: 'APIResourceList',
        groupVersion: 'v1',
        resources: [
          {
            name: 'pods',
            namespaced: true,
            kind: 'Pod',
            verbs: ['get', 'list', 'watch', 'delete']
          },
          { name: 'namespaces', namespaced: false, kind: 'Namespace', verbs: ['get', 'list'] }
        ]
      }
    })
}

/** A ChaosEngine as the server would return it. */
export function engine(name: string, rv: string, status?: unknown): Record<string, unknown> {
  return {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosEngine',
    metadata: { name, namespace: 'staging', resourceVersion: rv, uid: `uid-${name}` },
    spec: { engineState: 'active' },
    ...(status ? { status } : {})
  }
}
