/**
 * The `prometheus-url` setting and its headers: the one place that checks them, words their
 * problems and fills in the per-query timeout and retries, for the action's inputs and the CLI's
 * flags alike (gate/settings-table.ts). An experiment's own `steadyState.prometheus` may set its
 * own (docs/prometheus.md).
 */
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import { truncate } from '../util/errors'
import { secretForms, urlTextSecrets } from '../util/secret-mask'

/** Per-query bound and retries when the setting does not say; experiments may set their own. */
export const PROMETHEUS_QUERY_DEFAULTS = { timeoutMs: 10_000, retries: 2 } as const

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** The server's root with no trailing slash, or what is wrong with the text. */
export function parsePrometheusUrl(
  text: string
): { readonly url: string } | { readonly problem: string } {
  if (!isHttpUrl(text))
    return {
      problem: `'${truncate(text, 80)}' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)`
    }
  return { url: text.replace(/\/+$/, '') }
}

/**
 * `Name: value` lines into headers, or what is wrong with them. Header values are secrets (bearer
 * tokens, tenant keys): the caller masks them first (prometheusSecrets), and no message quotes one.
 */
export function parsePrometheusHeaders(
  lines: readonly string[]
): { readonly headers: Readonly<Record<string, string>> } | { readonly problem: string } {
  const headers: Record<string, string> = {}
  const broken: number[] = []
  lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .forEach((line, index) => {
      const colon = line.indexOf(':')
      const name = colon > 0 ? line.slice(0, colon).trim() : ''
      const value = colon > 0 ? line.slice(colon + 1).trim() : ''
      if (HEADER_NAME.test(name) && value !== '') headers[name] = value
      else broken.push(index + 1)
    })
  if (broken.length === 0) return { headers }
  const which = broken.length === 1 ? `header ${broken[0]} is` : `headers ${broken.join(', ')} are`
  return { problem: `${which} not 'Name: value' (values are secrets and are not shown)` }
}

/** The endpoint the setting stands for: the URL and headers with the query defaults filled in. */
export function prometheusEndpoint(
  url: string,
  headers: Readonly<Record<string, string>>
): PrometheusEndpoint {
  return {
    url,
    headers,
    ...PROMETHEUS_QUERY_DEFAULTS,
    strictWarnings: false,
    insecureSkipVerify: false
  }
}

/** The parts of the URL and header text that must never appear in a log. */
export function prometheusSecrets(url: string, headerLines: readonly string[]): string[] {
  const secrets: string[] = []
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    const value = colon > 0 ? line.slice(colon + 1).trim() : ''
    if (value) secrets.push(...secretForms(value))
  }
  // The password, and the Basic header the client builds from the URL's user:password.
  secrets.push(...urlTextSecrets(url))
  return secrets
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
  } catch {
    return false
  }
}
