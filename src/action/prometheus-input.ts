/**
 * The `prometheus-url`, `prometheus-headers` and `error-budget` inputs. Header values are secrets
 * (bearer tokens, tenant keys): the caller masks them before this runs, and no message here quotes
 * one.
 */
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import type { ErrorBudgetRule } from '../steady-state/error-budget'
import { parseErrorBudget } from '../steady-state/error-budget-setting'
import { readPrometheusSetting } from '../steady-state/prometheus-setting'
import { InputError } from '../util/errors'
import { secretForms, urlTextSecrets } from '../util/secret-mask'
import type { InputReader } from './input-reader'

/** The `prometheus-url` and `prometheus-headers` inputs, read as the CLI reads its flags. */
export function readPrometheus(inputs: InputReader): PrometheusEndpoint | undefined {
  const { endpoint, problems } = readPrometheusSetting(
    inputs.optional('prometheus-url'),
    inputs.lines('prometheus-headers')
  )
  for (const p of problems)
    inputs.reject(p.setting === 'url' ? 'prometheus-url' : 'prometheus-headers', p.message)
  return endpoint
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
