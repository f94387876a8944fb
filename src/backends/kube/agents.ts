/**
 * Keep-alive HTTP agents for the transport. client-node builds a fresh agent on every call, which
 * would mean a new TLS handshake per request.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'

/**
 * One agent per TLS identity: an exec plugin may rotate the client certificate, so the agent is
 * rebuilt when the identity changes.
 */
export class AgentCache {
  private current?: { readonly key: string; readonly agent: http.Agent }

  constructor(
    private readonly isHttps: boolean,
    private readonly viaProxy: boolean
  ) {}

  get(auth: https.RequestOptions): http.Agent | undefined {
    // Proxy agents come from client-node itself; rebuilding them here would lose the proxy.
    if (this.viaProxy) return auth.agent instanceof http.Agent ? auth.agent : undefined
    const key = identity(auth)
    if (this.current?.key === key) return this.current.agent
    this.current?.agent.destroy()
    const agent = this.isHttps
      ? new https.Agent({
          keepAlive: true,
          ca: auth.ca,
          cert: auth.cert,
          key: auth.key,
          pfx: auth.pfx,
          passphrase: auth.passphrase,
          servername: auth.servername,
          // Left unset unless the kubeconfig says so, so NODE_TLS_REJECT_UNAUTHORIZED still applies.
          ...(auth.rejectUnauthorized === false ? { rejectUnauthorized: false } : {})
        })
      : new http.Agent({ keepAlive: true })
    this.current = { key, agent }
    return agent
  }

  close(): void {
    this.current?.agent.destroy()
  }
}

const TLS_FIELDS = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'servername'] as const

function identity(auth: https.RequestOptions): string {
  const hash = createHash('sha256')
  for (const field of TLS_FIELDS) hash.update(`${field}=${JSON.stringify(auth[field] ?? null)};`)
  hash.update(`verify=${String(auth.rejectUnauthorized)}`)
  return hash.digest('hex')
}
