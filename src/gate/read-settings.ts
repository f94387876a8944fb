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

/** Reads every shared setting; the errors come in table order, one per bad setting. */
export function readSharedSettings(source: SettingsSource): SharedSettingsResult {
  for (const key of SETTING_KEYS) {
    const given = source.read(key)
    const row: Setting<unknown> = SETTINGS[key]
    if (given && row.secrets) source.mask(row.secrets(given.text))
  }
  const errors: InputError[] = []
  const ctx: ParseContext = { cwd: source.cwd, nameOf: source.nameOf }
  function get<T>(key: SettingKey, row: Setting<T>): T | undefined {
    const parsed = parseSetting(row, source.read(key), source.nameOf(key), ctx)
    if (!(parsed instanceof InputError)) return parsed
    errors.push(parsed)
    return undefined
  }
  function reject(key: SettingKey, message: string): undefined {
    errors.push(new InputError(source.read(key)?.name ?? source.nameOf(key), message))
    return undefined
  }
  const S = SETTINGS
  const experiments = get('experiments', S.experiments)
  const backend = get('backend', S.backend)
  const gremlinTeamId = get('gremlinTeamId', S.gremlinTeamId)
  const gremlinApiKey = get('gremlinApiKey', S.gremlinApiKey)
  const kubeconfig = get('kubeconfig', S.kubeconfig)
  const context = get('context', S.context)
  const namespace = get('namespace', S.namespace)
  const policy = get('policy', S.policy)
  const url = get('prometheusUrl', S.prometheusUrl)
  const headers = get('prometheusHeaders', S.prometheusHeaders)
  if (url === undefined && headers && Object.keys(headers).length > 0)
    reject(
      'prometheusHeaders',
      `headers were given but no ${source.nameOf('prometheusUrl')} is set`
    )
  const prometheus = url === undefined ? undefined : prometheusEndpoint(url, headers ?? {})
  const errorBudget =
    source.read('errorBudget') && url === undefined
      ? reject(
          'errorBudget',
          `the error budget is read from Prometheus: set ${source.nameOf('prometheusUrl')} too`
        )
      : get('errorBudget', S.errorBudget)
  const mode = get('mode', S.mode)
  const environment = get('environment', S.environment)
  const concurrency = get('concurrency', S.concurrency)
  const timeoutMs = get('timeout', S.timeout)
  const failOn = get('failOn', S.failOn)
  const reportDir = get('reportDir', S.reportDir)
  const sha = get('sha', S.sha)
  if (
    errors.length > 0 ||
    !experiments ||
    !backend ||
    !mode ||
    !environment ||
    !concurrency ||
    !timeoutMs ||
    !failOn ||
    !reportDir
  )
    return { ok: false, errors }
  return {
    ok: true,
    settings: {
      experiments,
      backend,
      mode,
      environment,
      concurrency,
      timeoutMs,
      failOn,
      reportDir,
      ...(kubeconfig && { kubeconfig }),
      ...(context && { context }),
      ...(namespace && { namespace }),
      ...(policy && { policy }),
      ...(prometheus && { prometheus }),
      ...(errorBudget && { errorBudget }),
      ...(sha && { sha }),
      ...((gremlinTeamId || gremlinApiKey) && {
        gremlin: {
          ...(gremlinTeamId && { teamId: gremlinTeamId }),
          ...(gremlinApiKey && { apiKey: gremlinApiKey })
        }
      })
    }
  }
}
