/**
 * A plain HTTP(S) client for the simulated API server, the kind a peer's poll loop uses:
 * keep-alive, the server's CA, a bearer token and its own User-Agent, so the request log tells its
 * requests from the gate's.
 */
import http from 'node:http'
import https from 'node:https'

import type { SimCluster } from '@chaos-gate/sim-cluster'

export interface SimAnswer {
  readonly status: number
  readonly body: unknown
}

export class SimHttp {
  private readonly agent: http.Agent
  private readonly token: string
  private readonly tls: boolean

  constructor(
    private readonly cluster: SimCluster,
    readonly userAgent: string
  ) {
    this.tls = cluster.url.startsWith('https:')
    this.agent = this.tls
      ? new https.Agent({ keepAlive: true, ca: cluster.caCertificate })
      : new http.Agent({ keepAlive: true })
    this.token = cluster.auth.firstUser().token
  }

  get(path: string): Promise<SimAnswer> {
    return this.send('GET', path)
  }

  post(path: string, body: unknown): Promise<SimAnswer> {
    return this.send('POST', path, body)
  }

  delete(path: string): Promise<SimAnswer> {
    return this.send('DELETE', path)
  }

  close(): void {
    this.agent.destroy()
  }

  private send(method: string, path: string, body?: unknown): Promise<SimAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    return new Promise((resolve, reject) => {
      const send = this.tls ? https.request : http.request
      const req = send(new URL(path, this.cluster.url), {
        method,
        agent: this.agent,
        headers: {
          authorization: `Bearer ${this.token}`,
          'user-agent': this.userAgent,
          accept: 'application/json',
          ...(payload !== undefined && { 'content-type': 'application/json' })
        }
      })
      req.on('response', (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (d: string) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: parse(text) }))
      })
      req.on('error', reject)
      req.end(payload)
    })
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
