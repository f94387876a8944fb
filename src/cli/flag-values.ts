/**
 * Parsers for flag values: each returns the typed value or throws an InputError naming the flag
 * and what it expected. Nothing is clamped or guessed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Verdict } from '../gate/settings'
import { SHARED_SETTINGS, VERDICTS } from '../gate/settings'
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import type { ErrorBudgetRule } from '../steady-state/error-budget'
import { parseErrorBudget } from '../steady-state/error-budget-setting'
import { readPrometheusSetting } from '../steady-state/prometheus-setting'
import { parseDuration } from '../util/duration'
import { InputError } from '../util/errors'
import { secretForms, urlTextSecrets } from '../util/secret-mask'
import type { CliIo, FlagValues } from './command'

/** The verdicts that fail the gate unless --fail-on says otherwise. */
export const DEFAULT_FAIL_ON: readonly Verdict[] = SHARED_SETTINGS.failOn.verdicts

export function text(flags: FlagValues, name: string): string | undefined {
  const value = flags[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new InputError(name, 'expected a value')
  const trimmed = value.trim()
  if (trimmed === '') throw new InputError(name, 'the value is empty')
  return trimmed
}

export function list(flags: FlagValues, name: string): string[] {
  const value = flags[name]
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return items
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
}

export function oneOf<T extends string>(
  flags: FlagValues,
  name: string,
  options: readonly T[],
  fallback: T
): T {
  const value = text(flags, name)
  if (value === undefined) return fallback
  const found = options.find((o) => o === value)
  if (found === undefined)
    throw new InputError(name, `'${value}' is not one of ${options.join(', ')}`)
  return found
}

export function checked(
  flags: FlagValues,
  name: string,
  pattern: RegExp,
  expected: string
): string | undefined {
  const value = text(flags, name)
  if (value !== undefined && !pattern.test(value))
    throw new InputError(name, `'${value}' is not valid; expected ${expected}`)
  return value
}

export function integer(
  flags: FlagValues,
  name: string,
  min: number,
  max: number
): number | undefined {
  const value = text(flags, name)
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}`)
  return n
}

export function duration(flags: FlagValues, name: string): number | undefined {
  const value = text(flags, name)
  if (value === undefined) return undefined
  const ms = parseDuration(value)
  if (ms === undefined || ms <= 0)
    throw new InputError(name, `'${value}' is not a duration such as 10m or 1h30m`)
  return ms
}

export function verdicts(flags: FlagValues): Verdict[] {
  const given = list(flags, 'fail-on')
  if (given.length === 0) return [...DEFAULT_FAIL_ON]
  return given.map((v) => {
    const found = VERDICTS.find((known) => known === v)
    if (found === undefined)
      throw new InputError(
        'fail-on',
        `'${v}' is not a verdict; expected some of ${VERDICTS.join(', ')}`
      )
    return found
  })
}

export function checkNamespace(ns: string): string {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns))
    throw new InputError('namespace', `'${ns}' is not a Kubernetes namespace name`)
  return ns
}

export function prometheusFrom(flags: FlagValues, io: CliIo): PrometheusEndpoint | undefined {
  const url = text(flags, 'prometheus-url')
  const raw = [
    ...list(flags, 'prometheus-header'),
    ...(io.env.CHAOS_GATE_PROMETHEUS_HEADERS ?? '').split('\n')
  ]
  // Before anything can quote them, an error message included.
  io.secrets?.add(...urlTextSecrets(url ?? ''), ...raw.flatMap((h) => secretForms(headerValue(h))))
  const { endpoint, problems } = readPrometheusSetting(url, raw)
  const first = problems[0]
  if (first)
    throw new InputError(
      first.setting === 'url' ? 'prometheus-url' : 'prometheus-header',
      first.message
    )
  return endpoint
}

/** The value of a `Name: value` header line ('' when it has no colon). */
function headerValue(line: string): string {
  const colon = line.indexOf(':')
  return colon > 0 ? line.slice(colon + 1).trim() : ''
}

/**
 * The error-budget setting: inline YAML/JSON, or a file holding it. It is read from Prometheus, so
 * it needs --prometheus-url.
 */
export function errorBudgetFrom(
  flags: FlagValues,
  io: CliIo,
  prometheus: PrometheusEndpoint | undefined
): readonly ErrorBudgetRule[] | undefined {
  const value = text(flags, 'error-budget')
  if (value === undefined) return undefined
  if (!prometheus)
    throw new InputError(
      'error-budget',
      'the error budget is read from Prometheus: set --prometheus-url too'
    )
  const path = resolve(io.cwd, value)
  const source = existsSync(path) ? readFileSync(path, 'utf8') : value
  return parseErrorBudget(source, 'error-budget')
}
