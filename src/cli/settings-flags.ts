/**
 * The CLI flags that mirror the action's inputs, parsed into the one GateSettings shape. Every
 * command that reads manifests picks the flags it needs from SETTINGS_FLAGS; `run` can extend it.
 * Bad values are rejected with an InputError naming the flag, never clamped.
 */
import { type GateSettings, MODES, SHARED_SETTINGS } from '../gate/settings'
import { BACKEND_KINDS } from '../manifest/model'
import { DEFAULT_EXPERIMENT_GLOBS } from '../manifest/read/find-files'
import { parseDuration } from '../util/duration'
import { InputError, InputErrors, InternalError } from '../util/errors'
import type { CliIo, CliOptions, FlagValues } from './command'
import {
  checked,
  checkNamespace,
  duration,
  errorBudgetFrom,
  integer,
  list,
  oneOf,
  prometheusFrom,
  text,
  verdicts
} from './flag-values'
import { gremlinFrom } from './gremlin-flags'

/** Every settings flag with its description; commands pick from these. */
export const SETTINGS_FLAGS = {
  experiments: { type: 'string', multiple: true, short: 'e' },
  policy: { type: 'string', short: 'p' },
  namespace: { type: 'string', short: 'n' },
  environment: { type: 'string' },
  backend: { type: 'string' },
  'prometheus-url': { type: 'string' },
  'prometheus-header': { type: 'string', multiple: true },
  'error-budget': { type: 'string' },
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
  only: { type: 'string', multiple: true },
  'gremlin-team-id': { type: 'string' }
} as const satisfies CliOptions

export type SettingsFlag = keyof typeof SETTINGS_FLAGS

/** One line of `--help` per flag. */
export const SETTINGS_FLAG_HELP: Readonly<Record<SettingsFlag, string>> = {
  experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${DEFAULT_EXPERIMENT_GLOBS.join(' ')})`,
  policy:
    '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
  namespace: '-n, --namespace NS          namespace for objects that name none',
  environment: `    --environment NAME      policy profile and check name (default ${SHARED_SETTINGS.environment.default})`,
  backend: `    --backend NAME          auto (from each manifest) or one of ${BACKEND_KINDS.join(', ')}`,
  'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
  'prometheus-header':
    "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
  'error-budget':
    '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
  kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
  context: '    --context NAME          kube context',
  mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${SHARED_SETTINGS.mode.default})`,
  concurrency: `    --concurrency N         experiments at once (default ${SHARED_SETTINGS.concurrency.default})`,
  timeout: `    --timeout DURATION      deadline for the whole gate (default ${SHARED_SETTINGS.timeout.default})`,
  'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${SHARED_SETTINGS.failOn.default})`,
  'report-dir': '    --report-dir DIR        where reports go (default reports)',
  'state-dir': '    --state-dir DIR         where run-state files go (default .chaos-gate)',
  'run-id': '    --run-id ID             run id for labels (default generated)',
  sha: '    --sha SHA               commit under test',
  only: '    --only NAME             run only these experiments (repeatable)',
  'gremlin-team-id':
    '    --gremlin-team-id ID    Gremlin team for gremlin experiments (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)'
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

const S = SHARED_SETTINGS

function defaultTimeoutMs(): number {
  const ms = parseDuration(S.timeout.default)
  if (ms === undefined)
    throw new InternalError(`the default timeout '${S.timeout.default}' is not a duration`)
  return ms
}

/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
export function settingsFromFlags(
  flags: FlagValues,
  positionals: readonly string[],
  io: CliIo
): GateSettings {
  const problems: InputError[] = []
  const read = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse()
    } catch (err) {
      if (!(err instanceof InputError)) throw err
      problems.push(err)
      return fallback
    }
  }
  const experiments = positionals.length > 0 ? [...positionals] : list(flags, 'experiments')
  const namespace = read(() => {
    const given = text(flags, 'namespace')
    return given === undefined ? undefined : checkNamespace(given)
  }, undefined)
  const policy = read(() => text(flags, 'policy'), undefined)
  const prometheus = read(() => prometheusFrom(flags, io), undefined)
  const errorBudget = read(() => errorBudgetFrom(flags, io, prometheus), undefined)
  const kubeconfig = read(() => text(flags, 'kubeconfig'), undefined)
  const context = read(() => text(flags, 'context'), undefined)
  const sha = read(() => text(flags, 'sha'), undefined)
  const gremlin = read(() => gremlinFrom(flags, io), undefined)
  const settings: GateSettings = {
    experiments: experiments.length > 0 ? experiments : [...DEFAULT_EXPERIMENT_GLOBS],
    cwd: io.cwd,
    backend: read(() => oneOf(flags, 'backend', ['auto', ...BACKEND_KINDS], 'auto'), 'auto'),
    mode: read(() => oneOf(flags, 'mode', MODES, S.mode.default), S.mode.default),
    environment: read(
      () =>
        checked(
          flags,
          'environment',
          /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/,
          'a name such as staging'
        ) ?? S.environment.default,
      S.environment.default
    ),
    concurrency: read(
      () => integer(flags, 'concurrency', S.concurrency.min, S.concurrency.max) ?? 1,
      1
    ),
    timeoutMs: read(() => duration(flags, 'timeout') ?? defaultTimeoutMs(), defaultTimeoutMs()),
    failOn: new Set(read(() => verdicts(flags), [])),
    reportDir: read(() => text(flags, 'report-dir') ?? 'reports', 'reports'),
    stateDir: read(() => text(flags, 'state-dir') ?? '.chaos-gate', '.chaos-gate'),
    runId: read(
      () =>
        checked(
          flags,
          'run-id',
          /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/,
          'lower-case letters, digits and -, at most 40'
        ) ?? `local-${io.clock.now().toString(36)}`,
      ''
    ),
    only: list(flags, 'only'),
    ...(namespace === undefined ? {} : { namespace }),
    ...(policy === undefined ? {} : { policy }),
    ...(prometheus === undefined ? {} : { prometheus }),
    ...(errorBudget === undefined ? {} : { errorBudget }),
    ...(kubeconfig === undefined ? {} : { kubeconfig }),
    ...(context === undefined ? {} : { context }),
    ...(sha === undefined ? {} : { sha }),
    ...(gremlin === undefined ? {} : { gremlin })
  }
  const [first, ...more] = problems
  if (first) throw more.length === 0 ? first : new InputErrors(problems)
  return settings
}
