/**
 * The `local` backend's fault proxy: an HTTP server in front of `upstream` that forwards every
 * request, and while a fault is switched on delays, fails, resets or throttles a share of them.
 * Switching the fault off is instant: the next request is clean, and requests held by a delay or
 * a throttle are released to complete normally.
 */
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'

import type { ProxyFaultSpec } from '../../manifest/model'
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import { CLEAN, inScope, planFault, type RequestFault } from './fault-plan'
import { copyThrottled } from './throttle'

/** Headers that describe one hop and must not be forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

export interface ProxyDeps {
  readonly clock: Clock
  readonly random: () => number
}

/** What the proxy did, for the backend's observations. */
export interface ProxyCounts {
  requests: number
  delayed: number
  errors: number
  resets: number
  throttled: number
}

/** How the proxy reaches its upstream: node:http, or node:https for an https:// upstream. */
interface UpstreamClient {
  readonly request: typeof http.request
  readonly agent: http.Agent
}

/**
 * node:https is loaded only for an https:// upstream: it loads node:tls, which costs more than
 * starting Node 24 itself, before the local backend's first request (docs/performance.md).
 */
async function upstreamClient(upstream: URL): Promise<UpstreamClient> {
  const client = upstream.protocol === 'https:' ? (await import('node:https')).default : http
  return { request: client.request, agent: new client.Agent({ keepAlive: true }) }
}

export class FaultProxy {
  readonly counts: ProxyCounts = { requests: 0, delayed: 0, errors: 0, resets: 0, throttled: 0 }
  private readonly upstream: URL
  private readonly client: Promise<UpstreamClient>
  private readonly server: http.Server
  /** Present while the fault is on; aborting it releases every request the fault is holding. */
  private fault: AbortController | undefined
  private address: string | undefined

  constructor(
    readonly spec: ProxyFaultSpec,
    private readonly deps: ProxyDeps
  ) {
    this.upstream = new URL(spec.upstream)
    this.client = upstreamClient(this.upstream)
    this.server = http.createServer((req, res) => void this.handle(req, res))
  }

  /** Listens on the spec's address; resolves the proxy's base URL. */
  async start(): Promise<string> {
    if (this.address) return this.address
    const { host, port } = this.spec.listen
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    const addr = this.server.address()
    if (addr === null || typeof addr === 'string')
      throw new Error('the fault proxy is not listening on TCP')
    const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
    this.address = `http://${shown}:${addr.port}`
    return this.address
  }

  get url(): string | undefined {
    return this.address
  }

  get injecting(): boolean {
    return this.fault !== undefined
  }

  /** Switches the fault on for every request that arrives from now on. */
  inject(): void {
    this.fault ??= new AbortController()
  }

  /** Switches the fault off now and releases the requests it is holding. */
  release(): void {
    const fault = this.fault
    this.fault = undefined
    fault?.abort()
  }

  /** Stops the fault, closes every connection and stops listening. */
  async close(): Promise<void> {
    this.release()
    const { agent } = await this.client
    agent.destroy()
    if (!this.server.listening) return
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.counts.requests++
    const fault = this.fault
    const plan: RequestFault =
      fault && inScope(this.spec, req.url ?? '/') ? planFault(this.spec, this.deps.random) : CLEAN
    if (plan.reset) {
      this.counts.resets++
      req.socket.resetAndDestroy()
      return
    }
    if (fault && plan.delayMs > 0) {
      this.counts.delayed++
      await this.deps.clock.sleep(plan.delayMs, fault.signal).catch(() => undefined)
      if (res.destroyed) return
    }
    const on = fault !== undefined && !fault.signal.aborted
    if (on && plan.error) {
      this.counts.errors++
      req.resume()
      res.writeHead(plan.error.status, {
        'content-type': 'text/plain; charset=utf-8',
        'x-chaos-gate-fault': 'error'
      })
      res.end(plan.error.body)
      return
    }
    const throttle =
      on && plan.bytesPerSecond !== undefined
        ? { bytesPerSecond: plan.bytesPerSecond, release: fault.signal }
        : undefined
    if (throttle) this.counts.throttled++
    this.forward(req, res, throttle, await this.client)
  }

  private forward(
    req: IncomingMessage,
    res: ServerResponse,
    throttle: { bytesPerSecond: number; release: AbortSignal } | undefined,
    client: UpstreamClient
  ): void {
    const up = this.upstream
    const base = up.pathname.replace(/\/$/, '')
    const out = client.request({
      protocol: up.protocol,
      hostname: up.hostname,
      port: up.port,
      method: req.method,
      path: `${base}${req.url ?? '/'}`,
      headers: { ...endToEnd(req.headers), host: up.host },
      agent: client.agent
    })
    out.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers))
      if (!throttle) answer.pipe(res)
      else
        copyThrottled(
          answer,
          res,
          throttle.bytesPerSecond,
          this.deps.clock,
          throttle.release
        ).catch(() => res.destroy())
    })
    out.on('error', (err) => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`chaos-gate proxy: upstream ${up.origin} failed: ${errorMessage(err)}\n`)
    })
    res.on('close', () => {
      if (!res.writableFinished) out.destroy()
    })
    req.pipe(out)
  }
}

function endToEnd(headers: IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value
  }
  return out
}
