/**
 * The CLI flags that mirror the action's inputs, parsed into the one GateSettings shape. Every
 * command that reads manifests picks the flags it needs from SETTINGS_FLAGS; `run` can extend it.
 * Bad values are rejected with an InputError naming the flag, never clamped.
 */
import type { GateSettings, Mode, Verdict } from '../gate/settings'
import { VERDICTS } from '../gate/settings'
import { DEFAULT_EXPERIMENT_GLOBS } from '../manifest/find-files'
import { BACKEND_KINDS } from '../manifest/model'
import type { PrometheusEndpoint } from '../steady-state/model'
import { parseDuration } from '../util/duration'
import { InputError } from '../util/errors'
import type { CliIo, CliOptions, FlagValues } from './command'

/** Every settings flag with its description; commands pick from these. */
export const SETTINGS_FLAGS = {
  experiments: { type: 'string', multiple: true, short: 'e' },
  policy: { type: 'string', short: 'p' },
  namespace: { type: 'string', short: 'n' },
  environment: { type: 'string' },
  backend: { type: 'string' },
  'prometheus-url': { type: 'string' },
  'prometheus-header': { type: 'string', multiple: true },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  mode: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'fail-on': { type: 'string' },
  'report-dir': { type: 'string' },
  'state-dir': { type: 'string' },
  'run-id': { type: 'string' },
  sha: { type: 'string' },
  only: { type: 'string', multiple: true }
} as const satisfies CliOptions

export type SettingsFlag = keyof typeof SETTINGS_FLAGS

/** One line of `--help` per flag. */
export const SETTINGS_FLAG_HELP: Readonly<Record<SettingsFlag, string>> = {
  experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${DEFAULT_EXPERIMENT_GLOBS.join(' ')})`,
  policy:
    '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
  namespace: '-n, --namespace NS          namespace for objects that name none',
  environment: '    --environment NAME      policy profile and check name (default staging)',
  backend: `    --backend NAME          auto (from each manifest) or one of ${BACKEND_KINDS.join(', ')}`,
  'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
  'prometheus-header':
    "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
  kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
  context: '    --context NAME          kube context',
  mode: '    --mode MODE             enforce, warn, dry-run or verify (default enforce)',
  concurrency: '    --concurrency N         experiments at once (default 1)',
  timeout: '    --timeout DURATION      deadline for the whole gate (default 15m)',
  'fail-on': `    --fail-on LIST          verdicts that fail the gate (default fail,aborted,inconclusive,error)`,
  'report-dir': '    --report-dir DIR        where reports go (default reports)',
  'state-dir': '    --state-dir DIR         where run-state files go (default .chaos-gate)',
  'run-id': '    --run-id ID             run id for labels (default generated)',
  sha: '    --sha SHA               commit under test',
  only: '    --only NAME             run only these experiments (repeatable)'
}

/** The flags of commands that read manifests without touching a cluster. */
export const MANIFEST_FLAG_NAMES: readonly SettingsFlag[] = [
  'experiments',
  'policy',
  'namespace',
  'environment',
  'backend',
  'prometheus-url',
  'prometheus-header'
]

/** The option table for `names`. */
export function pickFlags(names: readonly SettingsFlag[]): CliOptions {
  return Object.fromEntries(names.map((n) => [n, SETTINGS_FLAGS[n]]))
}

/** The `--help` lines for `names`. */
export function flagHelp(names: readonly SettingsFlag[]): string {
  return names.map((n) => `  ${SETTINGS_FLAG_HELP[n]}`).join('\n')
}

const MODES: readonly Mode[] = ['enforce', 'warn', 'dry-run', 'verify']
const DEFAULT_FAIL_ON: readonly Verdict[] = ['fail', 'aborted', 'inconclusive', 'error']

/** Parses flags and positional paths into validated settings. Positionals replace --experiments. */
export function settingsFromFlags(
  flags: FlagValues,
  positionals: readonly string[],
  io: CliIo
): GateSettings {
  const experiments = positionals.length > 0 ? [...positionals] : list(flags, 'experiments')
  const namespace = text(flags, 'namespace')
  const policy = text(flags, 'policy')
  const prometheus = prometheusFrom(flags, io)
  const kubeconfig = text(flags, 'kubeconfig')
  const context = text(flags, 'context')
  const sha = text(flags, 'sha')
  return {
    experiments: experiments.length > 0 ? experiments : [...DEFAULT_EXPERIMENT_GLOBS],
    cwd: io.cwd,
    backend: oneOf(flags, 'backend', ['auto', ...BACKEND_KINDS], 'auto'),
    mode: oneOf(flags, 'mode', MODES, 'enforce'),
    environment:
      checked(
        flags,
        'environment',
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/,
        'a name such as staging'
      ) ?? 'staging',
    concurrency: integer(flags, 'concurrency', 1, 50) ?? 1,
    timeoutMs: duration(flags, 'timeout') ?? 15 * 60_000,
    failOn: new Set(verdicts(flags)),
    reportDir: text(flags, 'report-dir') ?? 'reports',
    stateDir: text(flags, 'state-dir') ?? '.chaos-gate',
    runId:
      checked(
        flags,
        'run-id',
        /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/,
        'lower-case letters, digits and -, at most 40'
      ) ?? `local-${io.clock.now().toString(36)}`,
    only: list(flags, 'only'),
    ...(namespace === undefined ? {} : { namespace: checkNamespace(namespace) }),
    ...(policy === undefined ? {} : { policy }),
    ...(prometheus === undefined ? {} : { prometheus }),
    ...(kubeconfig === undefined ? {} : { kubeconfig }),
    ...(context === undefined ? {} : { context }),
    ...(sha === undefined ? {} : { sha })
  }
}

function text(flags: FlagValues, name: SettingsFlag): string | undefined {
  const value = flags[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new InputError(name, 'expected a value')
  const trimmed = value.trim()
  if (trimmed === '') throw new InputError(name, 'the value is empty')
  return trimmed
}

function list(flags: FlagValues, name: SettingsFlag): string[] {
  const value = flags[name]
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return items
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
}

function oneOf<T extends string>(
  flags: FlagValues,
  name: SettingsFlag,
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

function checked(
  flags: FlagValues,
  name: SettingsFlag,
  pattern: RegExp,
  expected: string
): string | undefined {
  const value = text(flags, name)
  if (value !== undefined && !pattern.test(value))
    throw new InputError(name, `'${value}' is not valid; expected ${expected}`)
  return value
}

function integer(
  flags: FlagValues,
  name: SettingsFlag,
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

function duration(flags: FlagValues, name: SettingsFlag): number | undefined {
  const value = text(flags, name)
  if (value === undefined) return undefined
  const ms = parseDuration(value)
  if (ms === undefined || ms <= 0)
    throw new InputError(name, `'${value}' is not a duration such as 10m or 1h30m`)
  return ms
}

function verdicts(flags: FlagValues): Verdict[] {
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

function checkNamespace(ns: string): string {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns))
    throw new InputError('namespace', `'${ns}' is not a Kubernetes namespace name`)
  return ns
}

function prometheusFrom(flags: FlagValues, io: CliIo): PrometheusEndpoint | undefined {
  const url = text(flags, 'prometheus-url')
  const raw = [
    ...list(flags, 'prometheus-header'),
    ...(io.env.CHAOS_GATE_PROMETHEUS_HEADERS ?? '').split('\n')
  ]
  const headers: Record<string, string> = {}
  for (const line of raw.map((h) => h.trim()).filter(Boolean)) {
    const colon = line.indexOf(':')
    if (colon <= 0) throw new InputError('prometheus-header', "expected 'Name: value'")
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  if (url === undefined) {
    if (Object.keys(headers).length > 0)
      throw new InputError('prometheus-header', 'headers need --prometheus-url')
    return undefined
  }
  if (!/^https?:\/\/[^\s/]+/.test(url))
    throw new InputError('prometheus-url', `'${url}' is not an http:// or https:// URL`)
  return {
    url,
    headers,
    timeoutMs: 10_000,
    retries: 2,
    strictWarnings: false,
    insecureSkipVerify: false
  }
}
