import { parseArgs } from 'node:util'

import { readGitHubEnv } from '../../src/action/github-env'
import { readInputs } from '../../src/action/inputs'
import { SETTINGS_FLAGS } from '../../src/cli/settings-flag-options'
import { settingsFromFlags } from '../../src/cli/settings-flags'
import { type Setting, type SettingKey, SETTINGS } from '../../src/gate/settings-table'
import { InputError, InputErrors } from '../../src/util/errors'
import { RecordingCore } from '../action/fakes/recording-core'
import { captureIo } from '../cli/capture-io'

const gh = readGitHubEnv(
  { GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: '/work/shop' },
  '/elsewhere'
)

/**
 * One bad value per row, or null for a row that takes any text. A new row without an entry here
 * fails the first test, so every setting is checked in both front ends.
 */
const BAD: Readonly<Record<SettingKey, string | null>> = {
  experiments: '# only a comment',
  backend: 'spinnaker',
  gremlinTeamId: null,
  gremlinApiKey: null,
  kubeconfig: null,
  context: null,
  namespace: 'Prod_1',
  policy: null,
  prometheusUrl: 'prom:9090',
  prometheusHeaders: 'no colon here',
  errorBudget: 'name: checkout',
  mode: 'loud',
  environment: 'e'.repeat(256),
  concurrency: '0',
  timeout: '15x',
  failOn: 'fail,pass',
  reportDir: null,
  sha: 'abc123'
}

const rows = Object.entries(SETTINGS) as [SettingKey, Setting<unknown>][]

/** What the action says about these inputs: [input, message without the name]. */
function actionErrors(inputs: Record<string, string>): [string, string][] {
  const result = readInputs(new RecordingCore(inputs), gh, 'run-1')
  return result.ok ? [] : result.errors.map((e) => [e.input, e.detail])
}

/** What the CLI says about these flags, with each flag named as the action names its input. */
function cliErrors(args: string[], env: Record<string, string> = {}): [string, string][] {
  const { values } = parseArgs({ args, options: SETTINGS_FLAGS, strict: true })
  try {
    settingsFromFlags(values, [], captureIo({ cwd: '/work/shop', env }))
    return []
  } catch (err) {
    if (!(err instanceof InputError)) throw err
    const asInput = (text: string) =>
      rows.reduce(
        (t, [, row]) => (row.flag && row.input ? t.replaceAll(`--${row.flag}`, row.input) : t),
        text
      )
    return (err instanceof InputErrors ? err.errors : [err]).map((e) => [
      asInput(e.input),
      asInput(e.detail)
    ])
  }
}

describe('the settings table, read by the action and the CLI alike', () => {
  it.each(rows)('%s: the same bad value gets the same message from both', (key, row) => {
    const bad = BAD[key]
    if (bad === null) {
      expect(row.parse('any text at all', { cwd: '/', nameOf: (k) => k }).ok).toBe(true)
      return
    }
    if (!row.input || !row.flag) throw new Error(`${key} is shared, so it needs a bad value here`)
    const extra = key === 'errorBudget' ? { 'prometheus-url': 'http://prom' } : {}
    const action = actionErrors({ ...extra, [row.input]: bad })
    const cli = cliErrors([
      ...(key === 'errorBudget' ? ['--prometheus-url', 'http://prom'] : []),
      `--${row.flag}`,
      bad
    ])
    expect(action).toHaveLength(1)
    expect(action[0]?.[0]).toBe(row.input)
    expect(cli).toEqual(action)
  })

  it.each([
    [{ 'prometheus-headers': 'A: b' }, ['--prometheus-header', 'A: b']],
    [{ 'error-budget': 'name: checkout' }, ['--error-budget', 'name: checkout']],
    [{ 'fail-on': ',' }, ['--fail-on', ',']],
    [
      { mode: 'loud', timeout: '15', namespace: 'Prod_1' },
      ['--timeout', '15', '--mode', 'loud', '--namespace', 'Prod_1']
    ]
  ])('says the same about %j, every problem at once', (inputs, args) => {
    const action = actionErrors(inputs)
    expect(action.length).toBeGreaterThan(0)
    expect(cliErrors(args)).toEqual(action)
  })

  it('words a bad value as the issue asks, naming the input or the flag', () => {
    expect(actionErrors({ timeout: '15x' })).toEqual([
      ['timeout', "'15x' is not a duration; expected e.g. 90s, 15m or 1h30m"]
    ])
    const { values } = parseArgs({ args: ['--timeout', '15x'], options: SETTINGS_FLAGS })
    expect(() => settingsFromFlags(values, [], captureIo({ cwd: '/' }))).toThrow(
      "Invalid flag '--timeout': '15x' is not a duration; expected e.g. 90s, 15m or 1h30m"
    )
  })

  it('names the environment variable a bad value came from', () => {
    const { values } = parseArgs({
      args: ['--prometheus-url', 'http://p'],
      options: SETTINGS_FLAGS
    })
    expect(() =>
      settingsFromFlags(
        values,
        [],
        captureIo({ cwd: '/', env: { CHAOS_GATE_PROMETHEUS_HEADERS: 'broken' } })
      )
    ).toThrow(
      "Invalid environment variable 'CHAOS_GATE_PROMETHEUS_HEADERS': header 1 is not 'Name: value'"
    )
  })

  it('gives both front ends the same defaults, the report directory included', () => {
    const action = readInputs(new RecordingCore({}), gh, 'run-1')
    const cli = settingsFromFlags({}, [], captureIo({ cwd: '/work/shop' }))
    if (!action.ok) throw new Error('the defaults must be valid')
    const shared = (s: typeof cli) => ({
      experiments: s.experiments,
      backend: s.backend,
      mode: s.mode,
      environment: s.environment,
      concurrency: s.concurrency,
      timeoutMs: s.timeoutMs,
      failOn: s.failOn,
      reportDir: s.reportDir
    })
    expect(shared(cli)).toEqual(shared(action.settings.gate))
    expect(cli.reportDir).toBe('/work/shop/chaos-gate-report')
  })
})
