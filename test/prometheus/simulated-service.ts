/**
 * A service on loopback whose Prometheus metrics the test controls (prom-client, its own
 * registry): per route, a request rate, an error ratio and a latency, turned into counter and
 * histogram increments ten times a second, the way a real service's metrics would move. It can
 * restart (counters back to zero), drop a route's series, and go away (a dead scrape target).
 */
import http from 'node:http'
import type { Socket } from 'node:net'

import { Counter, Histogram, Registry } from 'prom-client'

import { portOf } from './port-of'

/** What one route is doing right now. */
export interface RouteTraffic {
  readonly rps: number
  readonly errorRatio: number
  readonly latencySeconds: number
}

const TICK_MS = 100

export class SimulatedService {
  readonly requests: Counter<'route' | 'code'>
  readonly duration: Histogram<'route'>
  private readonly routes = new Map<string, RouteTraffic & { owed: number; owedErrors: number }>()
  private readonly timer: NodeJS.Timeout
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly registry: Registry,
    private readonly server: http.Server
  ) {
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'Requests served, by route and status code.',
      labelNames: ['route', 'code'],
      registers: [registry]
    })
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Request latency.',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry]
    })
    this.timer = setInterval(() => this.tick(), TICK_MS)
    server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
  }

  static async start(): Promise<SimulatedService> {
    const registry = new Registry()
    const server = http.createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end()
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500).end()
      )
    })
    const service = new SimulatedService(registry, server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return service
  }

  /** `host:port` for a scrape config. */
  get target(): string {
    return `127.0.0.1:${portOf(this.server)}`
  }

  /** Sets a route's traffic; its series exist (at zero) from now on, even with no traffic. */
  route(name: string, traffic: RouteTraffic): void {
    const previous = this.routes.get(name)
    this.routes.set(name, {
      ...traffic,
      owed: previous?.owed ?? 0,
      owedErrors: previous?.owedErrors ?? 0
    })
    this.requests.inc({ route: name, code: '200' }, 0)
    this.requests.inc({ route: name, code: '500' }, 0)
    this.duration.zero({ route: name })
  }

  /** Removes a route's series, as when the pod serving it goes away. */
  dropRoute(name: string): void {
    this.routes.delete(name)
    this.requests.remove({ route: name, code: '200' })
    this.requests.remove({ route: name, code: '500' })
    this.duration.remove({ route: name })
  }

  /** A process restart: every counter and histogram starts again from zero. */
  restart(): void {
    this.registry.resetMetrics()
    for (const name of this.routes.keys()) {
      this.requests.inc({ route: name, code: '200' }, 0)
      this.requests.inc({ route: name, code: '500' }, 0)
      this.duration.zero({ route: name })
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private tick(): void {
    for (const [name, r] of this.routes) {
      r.owed += (r.rps * TICK_MS) / 1000
      const n = Math.floor(r.owed)
      r.owed -= n
      r.owedErrors += n * r.errorRatio
      const errors = Math.min(n, Math.floor(r.owedErrors))
      r.owedErrors -= errors
      if (n - errors > 0) this.requests.inc({ route: name, code: '200' }, n - errors)
      if (errors > 0) this.requests.inc({ route: name, code: '500' }, errors)
      for (let i = 0; i < n; i++) this.duration.observe({ route: name }, r.latencySeconds)
    }
  }
}
