/**
 * A stand-in service's /metrics for Prometheus to scrape: `bench_requests_total{code}` for steady
 * synthetic traffic (20 requests/s), of which half fail with 500 while the service is broken.
 * Counters are computed from the clock at scrape time, so the rates are exact and nothing ticks.
 */
import http from 'node:http'

import { portOf } from './ports'

const RATE_PER_S = 20
const BROKEN_SHARE = 0.5

export class MetricsServer {
  private readonly startedAt = Date.now()
  /** Milliseconds spent broken before the current stretch, and when that stretch began. */
  private brokenMs = 0
  private brokenSince: number | undefined
  private readonly server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.exposition())
  })

  static async start(): Promise<MetricsServer> {
    const m = new MetricsServer()
    await new Promise<void>((resolve) => m.server.listen(0, '127.0.0.1', resolve))
    return m
  }

  /** `host:port`, as a scrape target. */
  get target(): string {
    return `127.0.0.1:${portOf(this.server)}`
  }

  /** Starts or stops failing half of the requests. */
  setBroken(on: boolean): void {
    const now = Date.now()
    if (on && this.brokenSince === undefined) this.brokenSince = now
    if (!on && this.brokenSince !== undefined) {
      this.brokenMs += now - this.brokenSince
      this.brokenSince = undefined
    }
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  private exposition(): string {
    const now = Date.now()
    const broken = this.brokenMs + (this.brokenSince !== undefined ? now - this.brokenSince : 0)
    const total = (RATE_PER_S * (now - this.startedAt)) / 1000
    const errors = (RATE_PER_S * BROKEN_SHARE * broken) / 1000
    return [
      '# TYPE bench_requests_total counter',
      `bench_requests_total{code="200"} ${(total - errors).toFixed(3)}`,
      `bench_requests_total{code="500"} ${errors.toFixed(3)}`,
      ''
    ].join('\n')
  }
}
