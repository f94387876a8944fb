/**
 * Everything about reaching one Prometheus that does not change between requests: the API base
 * URL (credentials moved out of it into a Basic header), the headers, the secrets to mask, TLS
 * (a CA file, or skipping verification), the proxy from the environment, and keep-alive agents so
 * a tick's queries reuse connections.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'

import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import { errorMessage } from '../../util/errors'
import { headerSecrets, SecretMask, toBase64, urlSecrets } from '../../util/secret-mask'
import { permanent } from './prometheus-error'
import { type ProxyTarget, proxyUrlFor, toProxyTarget } from './proxy-env'
import type { RequestSigner } from './sigv4-signer'

/** A prepared connection to one Prometheus. */
export interface Transport {
  /** The API root without credentials, ending in `/`, so `api/v1/query` resolves under a path prefix. */
  readonly base: URL
  readonly headers: Readonly<Record<string, string>>
  readonly mask: SecretMask
  /** `false` connects directly; axios must not read process.env on its own. */
  readonly proxy: ProxyTarget | false
  readonly httpAgent: http.Agent
  readonly httpsAgent: https.Agent
  /** Signs each request as it is sent (SigV4 for Amazon Managed Prometheus). */
  readonly sign?: RequestSigner
  /** Closes idle keep-alive connections. */
  close(): void
}

/** Reads a file; injected so tests and the action read CA files the same way. */
export type ReadFile = (path: string) => Buffer

/** Builds the transport, or throws a `config` PrometheusError naming what to fix. */
export function prepareTransport(
  endpoint: PrometheusEndpoint,
  env: Readonly<Record<string, string | undefined>>,
  readFile: ReadFile = readFileSync,
  sign?: RequestSigner
): Transport {
  const url = parseUrl(endpoint.url)
  const headers: Record<string, string> = { Accept: 'application/json', ...endpoint.headers }
  if (url.username && !hasHeader(headers, 'authorization')) {
    const user = decodeURIComponent(url.username)
    headers.Authorization = `Basic ${toBase64(`${user}:${decodeURIComponent(url.password)}`)}`
  }
  const secrets = [...headerSecrets(endpoint.headers), ...urlSecrets(url)]
  const base = new URL(url.href)
  base.username = ''
  base.password = ''
  base.search = ''
  base.hash = ''
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const proxyUrl = readProxy(base, env)
  if (proxyUrl) secrets.push(...urlSecrets(proxyUrl))
  const ca = endpoint.caFile !== undefined ? readCa(endpoint.caFile, readFile) : undefined
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 })
  const httpsAgent = new https.Agent({
    keepAlive: true,
    maxSockets: 16,
    rejectUnauthorized: !endpoint.insecureSkipVerify,
    ...(ca !== undefined && { ca })
  })
  return {
    base,
    headers,
    mask: new SecretMask(secrets),
    proxy: proxyUrl ? toProxyTarget(proxyUrl) : false,
    httpAgent,
    httpsAgent,
    ...(sign && { sign }),
    close: () => {
      httpAgent.destroy()
      httpsAgent.destroy()
    }
  }
}

function parseUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw permanent(
      'config',
      `the Prometheus URL is not a URL; expected e.g. https://prometheus.example:9090`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw permanent('config', `the Prometheus URL must use http or https, not ${url.protocol}`)
  }
  return url
}

function readProxy(base: URL, env: Readonly<Record<string, string | undefined>>): URL | undefined {
  try {
    return proxyUrlFor(base, env)
  } catch {
    const name = base.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'
    throw permanent(
      'config',
      `${name} (or ALL_PROXY) is not a URL; expected e.g. http://proxy.internal:3128`
    )
  }
}

function readCa(path: string, readFile: ReadFile): Buffer {
  try {
    return readFile(path)
  } catch (err) {
    throw permanent('config', `cannot read the Prometheus caFile '${path}': ${errorMessage(err)}`)
  }
}

function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() === name)
}
