/**
 * A tiny HTTP server standing in for a service or a backend on loopback. It notes when the first
 * connection arrives (cold start ends there) and, once switched to failing, when it served its
 * first failure (a breach becomes visible there). Times are performance.now() of this process.
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'

import { portOf } from './ports'

export class StubServer {
  /** When the first TCP connection was accepted. */
  firstConnectionAt: number | undefined
  /** When the first 500 was sent after setFailing(true). */
  firstFailureAt: number | undefined
  requests = 0
  private failing = false
  private readonly waiters: (() => void)[] = []
  private readonly failureWaiters: (() => void)[] = []
  private readonly server: http.Server

  private constructor(private readonly body: string) {
    this.server = http.createServer((req, res) => this.handle(req, res))
    this.server.on('connection', () => {
      this.firstConnectionAt ??= performance.now()
      for (const wake of this.waiters.splice(0)) wake()
    })
  }

  static async start(body = '{"ok":true}'): Promise<StubServer> {
    const stub = new StubServer(body)
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve))
    return stub
  }

  get port(): number {
    return portOf(this.server)
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** From now on every request fails with HTTP 500 (or succeeds again). */
  setFailing(on: boolean): void {
    this.failing = on
    if (on) this.firstFailureAt = undefined
  }

  /** Forgets the first connection, for the next measurement. */
  reset(): void {
    this.firstConnectionAt = undefined
    this.firstFailureAt = undefined
    this.failing = false
  }

  /** Resolves with the time the first 500 was sent after setFailing(true). */
  firstFailure(): Promise<number> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.firstFailureAt === undefined) return void this.failureWaiters.push(check)
        resolve(this.firstFailureAt)
      }
      check()
    })
  }

  /** Resolves with the first connection's time; rejects after `timeoutMs`. */
  firstConnection(timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection arrived')), timeoutMs)
      const check = (): void => {
        if (this.firstConnectionAt === undefined) return void this.waiters.push(check)
        clearTimeout(timer)
        resolve(this.firstConnectionAt)
      }
      check()
    })
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests++
    req.resume()
    if (this.failing) {
      if (this.firstFailureAt === undefined) {
        this.firstFailureAt = performance.now()
        for (const wake of this.failureWaiters.splice(0)) wake()
      }
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"broken"}')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(this.body)
  }
}
