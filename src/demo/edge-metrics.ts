/**
 * What the shop's clients see, as Prometheus metrics: every request the demo's load sends through
 * the fault proxy is counted by status code and timed, the way an ingress controller or a mesh
 * sidecar reports traffic, and served on /metrics for `chaos-gate demo --prometheus` to scrape.
 * The fault proxy answers injected errors itself, so the service's own metrics never see them;
 * this edge view does, which is what an SLO is measured on.
 */
import http from 'node:http'
import type { Socket } from 'node:net'

import type { Counter, Histogram } from 'prom-client'

/** The metric names the demo's PromQL checks use. */
export const EDGE_REQUESTS = 'shop_edge_requests_total'
export const EDGE_DURATION = 'shop_edge_request_duration_seconds'

export class EdgeMetrics {
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly requests: Counter<'code'>,
    private readonly duration: Histogram<'code'>,
    private readonly server: http.Server
  ) {
    server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
  }

  /** Starts the /metrics server on loopback (prom-client is loaded only now, for the demo). */
  static async start(): Promise<EdgeMetrics> {
    const client = await import('prom-client')
    const registry = new client.Registry()
    const requests = new client.Counter({
      name: EDGE_REQUESTS,
      help: 'Requests the shop clients sent, by the status code they got (error: no answer).',
      labelNames: ['code'],
      registers: [registry]
    })
    const duration = new client.Histogram({
      name: EDGE_DURATION,
      help: 'Time to the response headers, as the clients saw it.',
      labelNames: ['code'],
      // Fine around the demo's 150–250 ms, so histogram_quantile does not round p99 up to 0.5 s.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5],
      registers: [registry]
    })
    const server = http.createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end()
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500).end()
      )
    })
    const edge = new EdgeMetrics(requests, duration, server)
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    return edge
  }

  /** `host:port` for the scrape config. */
  get target(): string {
    const address = this.server.address()
    if (address === null || typeof address === 'string')
      throw new Error('edge metrics are not listening on TCP')
    return `127.0.0.1:${address.port}`
  }

  /**
   * A fetch that records every request it sends; requests cancelled by the caller are not counted.
   * Latency is real wall time: these are real requests over real sockets.
   */
  meter(inner: typeof fetch): typeof fetch {
    return async (input, init) => {
      const started = performance.now()
      try {
        const res = await inner(input, init)
        this.record(String(res.status), started)
        return res
      } catch (err) {
        if (!init?.signal?.aborted) this.record('error', started)
        throw err
      }
    }
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private record(code: string, started: number): void {
    this.requests.inc({ code })
    this.duration.observe({ code }, (performance.now() - started) / 1000)
  }
}
