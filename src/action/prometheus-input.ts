/**
 * The `prometheus-url`, `prometheus-headers` and `error-budget` inputs. Header values are secrets
 * (bearer tokens, tenant keys): the caller masks them before this runs, and no message here quotes
 * one.
 */
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import type { ErrorBudgetRule } from '../steady-state/error-budget'
import { parseErrorBudget } from '../steady-state/error-budget-setting'
import { InputError } from '../util/errors'
import { secretForms, urlTextSecrets } from '../util/secret-mask'
import type { InputReader } from './input-reader'

/** Per-query bound and retries when the action does not say; experiments may tighten them. */
const QUERY_TIMEOUT_MS = 10_000
const QUERY_RETRIES = 2

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export function readPrometheus(inputs: InputReader): PrometheusEndpoint | undefined {
  const url = inputs.optional('prometheus-url')
  const headers = readHeaders(inputs)
  if (!url) {
    if (Object.keys(headers).length > 0) {
      inputs.reject('prometheus-headers', "headers were given but 'prometheus-url' is empty")
    }
    return undefined
  }
  if (!isHttpUrl(url)) {
    inputs.reject(
      'prometheus-url',
      'expected an http:// or https:// URL of the Prometheus server (its root, without /api/v1)'
    )
    return undefined
  }
  return {
    url: url.replace(/\/+$/, ''),
    headers,
    timeoutMs: QUERY_TIMEOUT_MS,
    retries: QUERY_RETRIES,
    strictWarnings: false,
    insecureSkipVerify: false
  }
}

/** One `Name: value` per line. */
function readHeaders(inputs: InputReader): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {}
  inputs.lines('prometheus-headers').forEach((line, index) => {
    const colon = line.indexOf(':')
    const name = colon > 0 ? line.slice(0, colon).trim() : ''
    const value = colon > 0 ? line.slice(colon + 1).trim() : ''
    if (!HEADER_NAME.test(name) || value === '') {
      inputs.reject(
        'prometheus-headers',
        `line ${index + 1} is not 'Name: value' (values are secrets and are not shown)`
      )
      return
    }
    headers[name] = value
  })
  return headers
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** The parts of the Prometheus inputs that must never appear in a log. */
export function prometheusSecrets(urlInput: string, headersInput: string): readonly string[] {
  const secrets: string[] = []
  for (const line of headersInput.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    const value = colon > 0 ? line.slice(colon + 1).trim() : ''
    if (value) secrets.push(...secretForms(value))
  }
  // The password, and the Basic header the client builds from the URL's user:password.
  secrets.push(...urlTextSecrets(urlInput))
  return secrets
}

/** The `error-budget` input (YAML), read from the same Prometheus; problems are rejected by name. */
export function readErrorBudget(
  inputs: InputReader,
  hasPrometheus: boolean
): readonly ErrorBudgetRule[] | undefined {
  const text = inputs.optional('error-budget')
  if (text === undefined) return undefined
  if (!hasPrometheus) {
    inputs.reject(
      'error-budget',
      "the error budget is read from Prometheus: set 'prometheus-url' too"
    )
    return undefined
  }
  try {
    return parseErrorBudget(text, 'error-budget')
  } catch (err) {
    if (!(err instanceof InputError)) throw err
    inputs.reject('error-budget', err.message.replace(/^Invalid input 'error-budget': /, ''))
    return undefined
  }
}
