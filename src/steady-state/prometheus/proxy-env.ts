/**
 * The proxy environment variables, read from an injected environment so tests and the action see
 * the same rules: `https_proxy`/`HTTPS_PROXY` for https targets, `http_proxy`/`HTTP_PROXY` for
 * http, `all_proxy`/`ALL_PROXY` as the fallback, and `no_proxy`/`NO_PROXY` exclusions (`*`, host
 * names that also match their subdomains, `.domain`, `host:port`). The lowercase form wins, as in
 * curl.
 */

/** A proxy in the form axios takes; credentials come from the proxy URL. */
export interface ProxyTarget {
  readonly protocol: string
  readonly host: string
  readonly port: number
  readonly auth?: { readonly username: string; readonly password: string }
}

type Env = Readonly<Record<string, string | undefined>>

/** The proxy URL that applies to `target`, or undefined to connect directly. */
export function proxyUrlFor(target: URL, env: Env): URL | undefined {
  const scheme = target.protocol.replace(/:$/, '')
  const raw = pick(env, `${scheme}_proxy`) ?? pick(env, 'all_proxy')
  if (!raw || bypassed(target, pick(env, 'no_proxy') ?? '')) return undefined
  return new URL(raw.includes('://') ? raw : `http://${raw}`)
}

/** The proxy URL in the form axios takes. */
export function toProxyTarget(proxy: URL): ProxyTarget {
  const protocol = proxy.protocol.replace(/:$/, '')
  const port = Number(proxy.port) || (protocol === 'https' ? 443 : 80)
  const host = proxy.hostname.replace(/^\[|\]$/g, '')
  if (!proxy.username) return { protocol, host, port }
  const auth = {
    username: decodeURIComponent(proxy.username),
    password: decodeURIComponent(proxy.password)
  }
  return { protocol, host, port, auth }
}

function pick(env: Env, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()]
  return value && value.trim() !== '' ? value.trim() : undefined
}

function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true
      const [name, entryPort] = splitHostPort(entry.toLowerCase())
      if (entryPort !== undefined && entryPort !== port) return false
      const domain = name.replace(/^\*?\./, '')
      return host === domain || host.endsWith(`.${domain}`)
    })
}

function splitHostPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry)
  if (bracketed) return [bracketed[1] as string, bracketed[2]]
  const parts = entry.split(':')
  if (parts.length === 2 && /^\d+$/.test(parts[1] as string)) return [parts[0] as string, parts[1]]
  return [entry, undefined]
}
