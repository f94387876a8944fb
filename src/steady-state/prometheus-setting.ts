/**
 * The `prometheus-url` setting and its headers, read one way for the action's inputs and the CLI's
 * flags: the one place that checks them, words their problems and fills in the per-query timeout
 * and retries. An experiment's own `steadyState.prometheus` may set its own (docs/prometheus.md).
 */
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import { truncate } from '../util/errors'

/** Per-query bound and retries when the setting does not say; experiments may set their own. */
export const PROMETHEUS_QUERY_DEFAULTS = { timeoutMs: 10_000, retries: 2 } as const

/** A problem with the URL or the headers, worded the same for an input and a flag. */
export interface PrometheusSettingProblem {
  readonly setting: 'url' | 'headers'
  readonly message: string
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/**
 * The endpoint, or undefined when no URL is set; every problem at once. Header values are secrets
 * (bearer tokens, tenant keys): the caller masks them first, and no message quotes one.
 */
export function readPrometheusSetting(
  url: string | undefined,
  headerLines: readonly string[]
): { readonly endpoint?: PrometheusEndpoint; readonly problems: PrometheusSettingProblem[] } {
  const problems: PrometheusSettingProblem[] = []
  const headers: Record<string, string> = {}
  headerLines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .forEach((line, index) => {
      const colon = line.indexOf(':')
      const name = colon > 0 ? line.slice(0, colon).trim() : ''
      const value = colon > 0 ? line.slice(colon + 1).trim() : ''
      if (HEADER_NAME.test(name) && value !== '') headers[name] = value
      else
        problems.push({
          setting: 'headers',
          message: `header ${index + 1} is not 'Name: value' (values are secrets and are not shown)`
        })
    })
  const given = url?.trim() ?? ''
  if (given === '') {
    if (Object.keys(headers).length > 0)
      problems.push({
        setting: 'headers',
        message: 'headers were given but no prometheus-url is set'
      })
    return { problems }
  }
  if (!isHttpUrl(given)) {
    problems.push({
      setting: 'url',
      message: `'${truncate(given, 80)}' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)`
    })
  }
  if (problems.length > 0) return { problems }
  return {
    endpoint: {
      url: given.replace(/\/+$/, ''),
      headers,
      ...PROMETHEUS_QUERY_DEFAULTS,
      strictWarnings: false,
      insecureSkipVerify: false
    },
    problems
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
  } catch {
    return false
  }
}
