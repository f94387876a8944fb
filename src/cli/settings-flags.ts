/**
 * The CLI flags that mirror the action's inputs, read through the settings table into the one
 * GateSettings shape (gate/read-settings.ts), with the few settings only the CLI has (state-dir,
 * run-id, only) as rows of the same kind. Every command that reads manifests picks the flags it
 * needs from SETTINGS_FLAGS; `run` can extend it. Every bad flag is reported at once.
 */
import { parseSetting, readSharedSettings } from '../gate/read-settings'
import { matching, ok, optional, type ParseContext, path } from '../gate/setting-parsers'
import type { GateSettings } from '../gate/settings'
import { type Setting, SETTINGS as S } from '../gate/settings-table'
import { BACKEND_KINDS } from '../manifest/model'
import { InputError, InputErrors } from '../util/errors'
import type { CliIo, CliOptions, FlagValues } from './command'
import { flagSource, readFlagOrEnv } from './flag-source'
import { SETTINGS_FLAGS, type SettingsFlag } from './settings-flag-options'

/** The settings only the CLI has, as rows of the settings table's kind (`cleanup` reads two). */
export const CLI_SETTINGS = {
  stateDir: { flag: 'state-dir', default: '.chaos-gate', parse: path },
  runId: {
    flag: 'run-id',
    default: '',
    parse: optional(
      matching(
        /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/,
        'a run id',
        "lower-case letters, digits and '-', at most 40"
      )
    )
  },
  only: {
    flag: 'only',
    default: '',
    parse: (raw: string) => ok(raw.split(/[\s,]+/).filter((name) => name !== ''))
  }
} as const satisfies Record<string, Setting<unknown>>

/** One line of `--help` per flag. */
export const SETTINGS_FLAG_HELP: Readonly<Record<SettingsFlag, string>> = {
  experiments: `-e, --experiments GLOB      manifests to read (repeatable; default ${S.experiments.default.split('\n').join(' ')})`,
  policy:
    '-p, --policy FILE|YAML       blast-radius policy (default .github/chaos-gate/policy.yaml, else built-in)',
  namespace: '-n, --namespace NS          namespace for objects that name none',
  environment: `    --environment NAME      policy profile and check name (default ${S.environment.default})`,
  backend: `    --backend NAME          auto (from each manifest) or one of ${BACKEND_KINDS.join(', ')}`,
  'prometheus-url': '    --prometheus-url URL    Prometheus for query checks that name none',
  'prometheus-header':
    "    --prometheus-header 'K: V'  header for Prometheus (repeatable; or CHAOS_GATE_PROMETHEUS_HEADERS)",
  'error-budget':
    '    --error-budget FILE|YAML  skip experiments while an SLO has too little error budget left (docs/prometheus.md)',
  kubeconfig: '    --kubeconfig FILE       kubeconfig (default KUBECONFIG, then ~/.kube/config)',
  context: '    --context NAME          kube context',
  mode: `    --mode MODE             enforce, warn, dry-run or verify (default ${S.mode.default})`,
  concurrency: `    --concurrency N         experiments at once (default ${S.concurrency.default})`,
  timeout: `    --timeout DURATION      deadline for the whole gate (default ${S.timeout.default})`,
  'fail-on': `    --fail-on LIST          verdicts that fail the gate (default ${S.failOn.default})`,
  'report-dir': `    --report-dir DIR        where reports go (default ${S.reportDir.default})`,
  'state-dir': `    --state-dir DIR         where run-state files go (default ${CLI_SETTINGS.stateDir.default})`,
  'run-id': '    --run-id ID             run id for labels (default generated)',
  sha: '    --sha SHA               commit under test (all 40 hex characters)',
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

/**
 * Parses flags and positional paths into validated settings. Positionals replace --experiments.
 * Every bad flag is reported at once (InputErrors), as the action reports every bad input.
 */
export function settingsFromFlags(
  flags: FlagValues,
  positionals: readonly string[],
  io: CliIo
): GateSettings {
  const given = positionals.length > 0 ? { ...flags, experiments: [...positionals] } : flags
  const shared = readSharedSettings(flagSource(given, io))
  const problems: InputError[] = shared.ok ? [] : [...shared.errors]
  const local = <T>(row: Setting<T> & { readonly flag: string }, fallback: T): T => {
    const value = parseCliSetting(row, flags, io)
    if (!(value instanceof InputError)) return value
    problems.push(value)
    return fallback
  }
  const stateDir = local(CLI_SETTINGS.stateDir, '')
  const runId = local(CLI_SETTINGS.runId, undefined)
  const only = local(CLI_SETTINGS.only, [])
  const [first, ...more] = problems
  if (first || !shared.ok) throw more.length === 0 && first ? first : new InputErrors(problems)
  return {
    ...shared.settings,
    cwd: io.cwd,
    stateDir,
    runId: runId ?? `local-${io.clock.now().toString(36)}`,
    only
  }
}

/** One of the CLI's own settings (CLI_SETTINGS), or the InputError naming its flag. */
export function parseCliSetting<T>(
  row: Setting<T> & { readonly flag: string },
  flags: FlagValues,
  io: CliIo
): T | InputError {
  const ctx: ParseContext = { cwd: io.cwd, nameOf: flagSource(flags, io).nameOf }
  return parseSetting(row, readFlagOrEnv(row, flags, io.env), `--${row.flag}`, ctx)
}
