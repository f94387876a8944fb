/**
 * Simulated time for the API server's watch timeouts. The gate asks each watch to end after
 * `timeoutSeconds` (300) and then watches again; the simulated server ends it after that many
 * real seconds. When the benchmark compresses time (a 30-minute fault in 18 s), this proxy in front
 * of the plain-HTTP simulated server divides `timeoutSeconds` by the same factor, so watches end
 * and are re-established as often, in simulated time, as against a real cluster. In front of the
 * real API server (HTTPS, `tls` given) it does the same; the client's bearer token passes through,
 * so the server still knows who asks, and a client without one is the client certificate given
 * (the simulated operators as admin). It notes every request, `METHOD path?query`, in `seen`.
 */
import http from 'node:http'
import https from 'node:https'

import { portOf } from './ports'

/** How to reach an HTTPS upstream: its CA, and a client certificate to present, if any. */
export interface UpstreamTls {
  readonly ca: Buffer
  readonly cert?: Buffer
  readonly key?: Buffer
}

export interface WatchTimeoutProxy {
  readonly url: string
  /** Every request passed on, in arrival order, as `METHOD path?query`. */
  readonly seen: readonly string[]
  close(): Promise<void>
}

export async function startWatchTimeoutProxy(
  upstream: string,
  factor: number,
  tls?: UpstreamTls
): Promise<WatchTimeoutProxy> {
  const target = new URL(upstream)
  const secure = target.protocol === 'https:'
  const agent = secure
    ? new https.Agent({ keepAlive: true, ...tls })
    : new http.Agent({ keepAlive: true })
  const seen: string[] = []
  const send = secure ? https.request : http.request
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', target)
    seen.push(`${req.method ?? 'GET'} ${url.pathname}${url.search}`)
    const timeout = Number(url.searchParams.get('timeoutSeconds') ?? '')
    if (timeout > 0)
      url.searchParams.set('timeoutSeconds', String(Math.max(1, Math.round(timeout / factor))))
    const out = send(url, { method: req.method, headers: req.headers, agent }, (answer) => {
      // One connection per request. Through keep-alive connections here, stopping a follower just
      // after a watch had ended sometimes crashed the gate with an unhandled socket 'error' (a race
      // in the kube transport's abort handling, reported, not fixed here). The count is the same.
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, connection: 'close' })
      answer.pipe(res)
    })
    out.on('error', () => res.destroy())
    res.on('close', () => {
      if (!res.writableFinished) out.destroy()
    })
    req.pipe(out)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    seen,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      agent.destroy()
      await closed
    }
  }
}
