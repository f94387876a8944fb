import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

import { ApiError, internalError, pathNotFound, unauthorized } from '../core/api-error'
import type { RequestLog, RequestRecord } from '../faults/request-log'
import {
  coreVersions,
  groupDocument,
  groupList,
  resourceList,
  SERVER_VERSION
} from './handlers/discovery'
import { openApiDocument } from './handlers/openapi'
import { handleResource } from './handlers/resource'
import { parseRequestInfo, type RequestInfo } from './request-info'
import { sendError, sendJson } from './respond'
import type { ServingCertificate } from './self-signed'
import type { ServerContext } from './server-context'

const PUBLIC = new Set<RequestInfo['kind']>(['version', 'healthz'])

/**
 * The HTTP face of the simulated kube-apiserver: plain http on loopback, bearer tokens,
 * fault hooks applied before any handling, every request recorded, and a close() that ends
 * watch streams and sockets at once instead of waiting for clients.
 */
export class HttpApiServer {
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private hostPort = ''
  private host = ''
  private port = 0
  private listening = false

  constructor(
    private readonly ctx: ServerContext,
    /** Where requests are recorded; none for the in-cluster door the operators use. */
    private readonly log: RequestLog | undefined,
    /** Serve https with this certificate (kubectl only sends tokens over TLS); http if absent. */
    private readonly certificate?: ServingCertificate
  ) {
    const handler = (req: IncomingMessage, res: ServerResponse): void => void this.handle(req, res)
    this.server = certificate
      ? createTlsServer({ cert: certificate.cert, key: certificate.key }, handler)
      : createServer(handler)
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async listen(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    const address: AddressInfo | string | null = this.server.address()
    if (address === null || typeof address === 'string') throw new Error('server is not on TCP')
    this.host = host
    this.port = address.port
    this.listening = true
    this.hostPort = `${host}:${address.port}`
    return `${this.certificate ? 'https' : 'http'}://${this.hostPort}`
  }

  isListening(): boolean {
    return this.listening
  }

  /**
   * Takes this door down: the port refuses connections and every open connection (watch
   * streams included) is cut. The cluster behind it keeps running and keeps its state.
   */
  async suspend(): Promise<void> {
    if (!this.listening) return
    this.listening = false
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  /** Listens again on the port it had. */
  async resume(): Promise<void> {
    if (this.listening) return
    await this.listen(this.host, this.port)
  }

  address(): string {
    return this.hostPort
  }

  async close(): Promise<void> {
    for (const close of [...this.ctx.openWatches]) close()
    await this.suspend()
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim')
    const method = req.method ?? 'GET'
    const info = parseRequestInfo(method, url.pathname, url.searchParams)
    const watch = info.kind === 'resource' && info.verb === 'watch'
    const record = this.log?.add({
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      userAgent: req.headers['user-agent'] ?? '',
      watch,
      status: 0,
      startedAt: Date.now()
    })
    if (record) res.on('close', () => finish(record, res))
    const decision = this.ctx.faults.decide(method, url.pathname, watch)
    if (decision.latencyMs > 0) await delay(decision.latencyMs)
    if (decision.reset) {
      req.socket.destroy()
      return
    }
    const rawBody = await readBody(req)
    const body = rawBody.toString('utf8')
    try {
      if (decision.failure) throw decision.failure
      this.route(info, url.searchParams, body, rawBody, req, res)
    } catch (err) {
      if (res.headersSent) res.end()
      else sendError(res, err instanceof ApiError ? err : internalError(describe(err)))
    }
  }

  private route(
    info: RequestInfo,
    query: URLSearchParams,
    body: string,
    rawBody: Buffer,
    req: IncomingMessage,
    res: ServerResponse
  ): void {
    const user = this.ctx.authorizer.authenticate(req.headers.authorization)
    if (!user && !PUBLIC.has(info.kind)) throw unauthorized()
    const { registry } = this.ctx
    switch (info.kind) {
      case 'version':
        return sendJson(res, 200, SERVER_VERSION)
      case 'healthz':
        res.writeHead(200, { 'Content-Type': 'text/plain' })
        res.end('ok')
        return
      case 'core-versions':
        return sendJson(res, 200, coreVersions(this.hostPort))
      case 'groups':
        return sendJson(res, 200, groupList(registry))
      case 'group':
        return sendJson(res, 200, groupDocument(registry, info.group))
      case 'group-version':
        return sendJson(res, 200, resourceList(registry, info.group, info.version))
      case 'openapi':
        return sendJson(res, 200, openApiDocument(registry, info.path))
      case 'resource':
        if (!user) throw unauthorized()
        return handleResource(this.ctx, { info, query, body, rawBody, user, req, res })
      case 'unknown':
        throw pathNotFound()
    }
  }
}

function finish(record: RequestRecord, res: ServerResponse): void {
  record.status = res.headersSent ? res.statusCode : 0
  record.finishedAt = Date.now()
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.alloc(0)))
  })
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
