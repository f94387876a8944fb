import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

import { parse } from 'yaml'

import { isObject, type JsonObject, objectAt, stringAt } from '../../core/json'

/** Where an API server is and how to talk to it: what the operators take from a kubeconfig. */
export interface KubeConnection {
  /** Base URL without a trailing slash. */
  readonly server: string
  /** PEM CA bundle to trust (undefined: the system roots, or none on http). */
  readonly ca?: string
  readonly insecureSkipTlsVerify: boolean
  readonly token?: string
  /** Client certificate and key (PEM), for a kubeconfig that authenticates by certificate. */
  readonly cert?: string
  readonly key?: string
}

/**
 * Reads the current context of a kubeconfig file: server, CA (data or file), bearer token
 * (inline or tokenFile) or client certificate (data or file). Relative paths resolve against the
 * kubeconfig's folder, as kubectl does. Exec and auth-provider plugins are not supported: a
 * simulated operator runs with a token or a certificate.
 */
export function connectionFromKubeconfig(path: string): KubeConnection {
  const where = resolve(path)
  const doc: unknown = parse(readFileSync(where, 'utf8'))
  if (!isObject(doc)) throw new Error(`${where}:1:1: expected a kubeconfig mapping`)
  const contextName = stringAt(doc, 'current-context')
  const context = objectAt(named(doc, 'contexts', contextName, where), 'context')
  const cluster = objectAt(named(doc, 'clusters', stringAt(context, 'cluster'), where), 'cluster')
  const user = objectAt(named(doc, 'users', stringAt(context, 'user'), where), 'user') ?? {}
  const server = stringAt(cluster, 'server')
  if (!server) throw new Error(`${where}: the current context's cluster has no server`)
  const base = dirname(where)
  const ca = pem(cluster, 'certificate-authority', base)
  const cert = pem(user, 'client-certificate', base)
  const key = pem(user, 'client-key', base)
  const tokenFile = stringAt(user, 'tokenFile')
  const token =
    stringAt(user, 'token') ??
    (tokenFile ? readFileSync(resolve(base, tokenFile), 'utf8').trim() : undefined)
  return {
    server: server.replace(/\/+$/, ''),
    insecureSkipTlsVerify: cluster?.['insecure-skip-tls-verify'] === true,
    ...(ca !== undefined && { ca }),
    ...(token !== undefined && { token }),
    ...(cert !== undefined && { cert }),
    ...(key !== undefined && { key })
  }
}

function named(doc: JsonObject, list: string, name: string | undefined, where: string): JsonObject {
  const entries = Array.isArray(doc[list]) ? doc[list].filter(isObject) : []
  const found = entries.find((e) => e['name'] === name)
  if (!found) {
    throw new Error(
      `${where}: no ${list.slice(0, -1)} named "${name ?? ''}" (set current-context to a context whose cluster and user exist)`
    )
  }
  return found
}

/** `<field>-data` (base64) or `<field>` (a file path). */
function pem(section: JsonObject | undefined, field: string, base: string): string | undefined {
  const data = stringAt(section, `${field}-data`)
  if (data) return Buffer.from(data, 'base64').toString('utf8')
  const file = stringAt(section, field)
  return file ? readFileSync(resolve(base, file), 'utf8') : undefined
}
