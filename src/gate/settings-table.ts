/**
 * The settings the action and the CLI share, one row each: the action input, the CLI flag and the
 * environment variable that set it, its default as action.yml writes it, and the parser that
 * types and checks it. Both front ends read this table and nothing else (read-settings.ts), so
 * the same bad value gets the same message from both; action.yml repeats the defaults for the
 * runner, and test/action/action-yml.test.ts keeps the two in step. docs/architecture.md, "How
 * to add a setting", says what a new row needs.
 */
import { BACKEND_KINDS } from '../manifest/model'
import { DEFAULT_EXPERIMENT_GLOBS } from '../manifest/read/find-files'
import { parseErrorBudget } from '../steady-state/error-budget-setting'
import {
  parsePrometheusHeaders,
  parsePrometheusUrl,
  prometheusSecrets
} from '../steady-state/prometheus-setting'
import { secretForms } from '../util/secret-mask'
import {
  anyText,
  bad,
  choice,
  duration,
  integer,
  lineList,
  lines,
  matching,
  ok,
  optional,
  path,
  type SettingParser,
  someOf,
  yamlOrFile
} from './setting-parsers'
import { MODES, type Verdict, VERDICTS } from './settings'

export interface Setting<T> {
  /** The action input; absent when only the CLI has the setting. */
  readonly input?: string
  /** The CLI flag, without its dashes; absent when only the action has the setting. */
  readonly flag?: string
  /** The environment variable the CLI reads when the flag is not given. */
  readonly env?: string
  /** The CLI takes the variable's lines as well as the flags' (secret headers stay out of argv). */
  readonly envAdds?: true
  /** The default as action.yml writes it; '' for none. */
  readonly default: string
  readonly parse: SettingParser<T>
  /** What of the raw text is secret, masked before anything can print it. */
  readonly secrets?: (raw: string) => readonly string[]
}

/** A row, with its value type inferred from its parser. */
const row = <T>(setting: Setting<T>): Setting<T> => setting

/** The verdicts that may fail the gate: all but pass. */
export const FAIL_ON_CHOICES: readonly Verdict[] = VERDICTS.filter((v) => v !== 'pass')

const prometheusUrl: SettingParser<string> = (raw) => {
  const parsed = parsePrometheusUrl(raw)
  return 'url' in parsed ? ok(parsed.url) : bad(parsed.problem)
}

const prometheusHeaders: SettingParser<Readonly<Record<string, string>>> = (raw) => {
  const parsed = parsePrometheusHeaders(lines(raw))
  return 'headers' in parsed ? ok(parsed.headers) : bad(parsed.problem)
}

export const SETTINGS = {
  experiments: row({
    input: 'experiments',
    flag: 'experiments',
    default: DEFAULT_EXPERIMENT_GLOBS.join('\n'),
    parse: lineList('glob or path')
  }),
  backend: row({
    input: 'backend',
    flag: 'backend',
    default: 'auto',
    parse: choice(['auto', ...BACKEND_KINDS] as const)
  }),
  gremlinTeamId: row({
    input: 'gremlin-team-id',
    flag: 'gremlin-team-id',
    env: 'GREMLIN_TEAM_ID',
    default: '',
    parse: optional(anyText)
  }),
  // No flag: a flag would show the key in `ps` and the shell history.
  gremlinApiKey: row({
    input: 'gremlin-api-key',
    env: 'GREMLIN_API_KEY',
    default: '',
    parse: optional(anyText),
    secrets: secretForms
  }),
  kubeconfig: row({ input: 'kubeconfig', flag: 'kubeconfig', default: '', parse: optional(path) }),
  context: row({ input: 'context', flag: 'context', default: '', parse: optional(anyText) }),
  namespace: row({
    input: 'namespace',
    flag: 'namespace',
    default: '',
    parse: optional(
      matching(
        /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
        'a Kubernetes namespace name',
        "lower-case letters, digits and '-', at most 63"
      )
    )
  }),
  policy: row({ input: 'policy', flag: 'policy', default: '', parse: optional(anyText) }),
  prometheusUrl: row({
    input: 'prometheus-url',
    flag: 'prometheus-url',
    default: '',
    parse: optional(prometheusUrl),
    secrets: (raw) => prometheusSecrets(raw, [])
  }),
  prometheusHeaders: row({
    input: 'prometheus-headers',
    flag: 'prometheus-header',
    env: 'CHAOS_GATE_PROMETHEUS_HEADERS',
    envAdds: true,
    default: '',
    parse: prometheusHeaders,
    secrets: (raw) => prometheusSecrets('', raw.split(/\r?\n/))
  }),
  errorBudget: row({
    input: 'error-budget',
    flag: 'error-budget',
    default: '',
    parse: optional(yamlOrFile((text) => parseErrorBudget(text)))
  }),
  mode: row({ input: 'mode', flag: 'mode', default: 'enforce', parse: choice(MODES) }),
  // GitHub's environment names may hold spaces; the name only keys the policy and labels reports.
  environment: row({
    input: 'environment',
    flag: 'environment',
    default: 'staging',
    parse: matching(/^[^\r\n]{1,255}$/, 'an environment name', 'one line of at most 255 characters')
  }),
  concurrency: row({
    input: 'concurrency',
    flag: 'concurrency',
    default: '1',
    parse: integer(1, 50)
  }),
  timeout: row({ input: 'timeout', flag: 'timeout', default: '15m', parse: duration }),
  failOn: row({
    input: 'fail-on',
    flag: 'fail-on',
    default: 'fail,aborted,inconclusive,error',
    parse: someOf(
      FAIL_ON_CHOICES,
      'among the verdicts that can fail the gate',
      (ctx) => `to never fail, set ${ctx.nameOf('mode')} to warn`
    )
  }),
  // One place for both front ends, so a user finds the reports where the other one put them.
  reportDir: row({
    input: 'report-dir',
    flag: 'report-dir',
    default: 'chaos-gate-report',
    parse: path
  }),
  sha: row({
    input: 'sha',
    flag: 'sha',
    default: '',
    parse: optional(matching(/^[0-9a-f]{40}$/, 'a full commit sha', '40 lower-case hex characters'))
  })
} as const

export type SettingKey = keyof typeof SETTINGS
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[]
