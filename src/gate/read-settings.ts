/**
 * Raw setting texts → the typed settings both front ends share, every problem at once. The action
 * hands in its inputs and the CLI its flags and environment (a SettingsSource); this is the one
 * place that applies the defaults, masks the secrets, runs each row's parser and checks the rows
 * that depend on each other, so both front ends say the same thing about the same value.
 */
import { prometheusEndpoint } from '../steady-state/prometheus-setting'
import { InputError } from '../util/errors'
import type { ParseContext, Parsed } from './setting-parsers'
import type { GateSettings } from './settings'
import { type Setting, SETTING_KEYS, type SettingKey, SETTINGS } from './settings-table'

/** Where a front end's raw setting texts come from. */
export interface SettingsSource {
  /** The text given for a setting and the name it came under; undefined when none was given. */
  readonly read: (key: SettingKey) => { readonly text: string; readonly name: string } | undefined
  /** The name the front end knows a setting by: `prometheus-url` or `--prometheus-url`. */
  readonly nameOf: (key: SettingKey) => string
  /** Masks secret text before anything can print it. */
  readonly mask: (secrets: readonly string[]) => void
  /** Where relative paths start. */
  readonly cwd: string
}

/** The part of GateSettings the shared table decides. */
export type SharedSettings = Pick<
  GateSettings,
  | 'experiments'
  | 'backend'
  | 'kubeconfig'
  | 'context'
  | 'namespace'
  | 'policy'
  | 'prometheus'
  | 'errorBudget'
  | 'mode'
  | 'environment'
  | 'concurrency'
  | 'timeoutMs'
  | 'failOn'
  | 'reportDir'
  | 'sha'
  | 'gremlin'
>

export type SharedSettingsResult =
  | { readonly ok: true; readonly settings: SharedSettings }
  | { readonly ok: false; readonly errors: readonly InputError[] }

/**
 * One row's value from the text given for it (its default when none was), or an InputError under
 * the name the text came by. Front ends use it for the few settings only they have.
 */
export function parseSetting<T>(
  row: Setting<T>,
  given: { readonly text: string; readonly name: string } | undefined,
  name: string,
  ctx: ParseContext
): T | InputError {
  const text = given?.text.trim() ?? row.default
  const parsed: Parsed<T> =
    given && text === ''
      ? { ok: false, message: 'the value is empty; leave the setting out for its default' }
      : row.parse(text, ctx)
  return parsed.ok ? parsed.value : new InputError(given?.name ?? name, parsed.message)
}

/** Each row's value type, as its parser returns it. */
type SettingValues = {
  readonly [K in SettingKey]: (typeof SETTINGS)[K] extends Setting<infer T> ? T : never
}

/**
 * Reads every shared setting: one loop over the table, then the two checks that involve more than
 * one row. The errors come in table order, then those checks'.
 */
export function readSharedSettings(source: SettingsSource): SharedSettingsResult {
  for (const key of SETTING_KEYS) {
    const given = source.read(key)
    const row: Setting<unknown> = SETTINGS[key]
    if (given && row.secrets) source.mask(row.secrets(given.text))
  }
  const ctx: ParseContext = { cwd: source.cwd, nameOf: source.nameOf }
  const errors: InputError[] = []
  const parsed: Partial<Record<SettingKey, unknown>> = {}
  for (const key of SETTING_KEYS) {
    const row: Setting<unknown> = SETTINGS[key]
    const value = parseSetting(row, source.read(key), source.nameOf(key), ctx)
    if (value instanceof InputError) errors.push(value)
    else parsed[key] = value
  }
  // Headers and the error budget only mean something with a Prometheus URL beside them.
  const url = source.nameOf('prometheusUrl')
  const needsUrl = (key: SettingKey, message: string): void => {
    const given = source.read(key)
    if (given && key in parsed && !source.read('prometheusUrl'))
      errors.push(new InputError(given.name, message))
  }
  needsUrl('prometheusHeaders', `headers were given but no ${url} is set`)
  needsUrl('errorBudget', `the error budget is read from Prometheus: set ${url} too`)
  if (errors.length > 0) return { ok: false, errors }
  // Every key was parsed without error: the loop above set each to its row's type.
  const v = parsed as SettingValues
  const { prometheusUrl, gremlinTeamId: teamId, gremlinApiKey: apiKey } = v
  return {
    ok: true,
    settings: {
      experiments: v.experiments,
      backend: v.backend,
      mode: v.mode,
      environment: v.environment,
      concurrency: v.concurrency,
      timeoutMs: v.timeout,
      failOn: v.failOn,
      reportDir: v.reportDir,
      ...(v.kubeconfig && { kubeconfig: v.kubeconfig }),
      ...(v.context && { context: v.context }),
      ...(v.namespace && { namespace: v.namespace }),
      ...(v.policy && { policy: v.policy }),
      ...(prometheusUrl && { prometheus: prometheusEndpoint(prometheusUrl, v.prometheusHeaders) }),
      ...(v.errorBudget && { errorBudget: v.errorBudget }),
      ...(v.sha && { sha: v.sha }),
      ...((teamId || apiKey) && {
        gremlin: { ...(teamId && { teamId }), ...(apiKey && { apiKey }) }
      })
    }
  }
}
