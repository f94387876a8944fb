import { readGitHubEnv } from '../../src/action/github-env'
import { readInputs } from '../../src/action/inputs'
import { RecordingCore } from './fakes/recording-core'

const gh = readGitHubEnv(
  { GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: '/work/shop', RUNNER_TEMP: '/tmp/runner' },
  '/elsewhere'
)

function read(inputs: Record<string, string>) {
  const core = new RecordingCore(inputs)
  return { core, result: readInputs(core, gh, 'run-1') }
}

function errorsOf(inputs: Record<string, string>): string[] {
  const { result } = read(inputs)
  if (result.ok) throw new Error('expected input errors')
  return result.errors.map((e) => e.message)
}

describe('readInputs', () => {
  it('applies the action.yml defaults when inputs are empty', () => {
    const { result } = read({ 'github-token': 'ghs_token' })
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
    const { gate, github, slack } = result.settings
    expect(gate).toMatchObject({
      experiments: ['experiments/**/*.{yaml,yml}'],
      cwd: '/work/shop',
      backend: 'auto',
      mode: 'enforce',
      environment: 'staging',
      concurrency: 1,
      timeoutMs: 15 * 60_000,
      reportDir: '/work/shop/chaos-gate-report',
      stateDir: '/tmp/runner/chaos-gate',
      runId: 'run-1',
      only: []
    })
    expect([...gate.failOn]).toEqual(['fail', 'aborted', 'inconclusive', 'error'])
    expect(gate.prometheus).toBeUndefined()
    expect(github).toEqual({
      token: 'ghs_token',
      checkName: 'chaos-gate / staging',
      checkRun: 'best-effort',
      commitStatus: false
    })
    expect(slack).toBeUndefined()
  })

  it('fills the environment into the check name and reads every gate input', () => {
    const { result } = read({
      experiments: 'chaos/*.yaml\n# a comment\n\nmore/**/*.yml',
      backend: 'chaos-mesh',
      kubeconfig: 'kube/config',
      namespace: 'shop',
      mode: 'warn',
      environment: 'preview',
      concurrency: '4',
      timeout: '1h30m',
      'fail-on': 'fail, error',
      'check-name': 'gate (<environment>)',
      'commit-status': 'true',
      'github-token': 'ghs_x',
      'prometheus-url': 'https://prom.example/',
      'prometheus-headers': 'Authorization: Bearer abc\nX-Scope-OrgID: tenant-1'
    })
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
    const { gate, github } = result.settings
    expect(gate.experiments).toEqual(['chaos/*.yaml', 'more/**/*.yml'])
    expect(gate).toMatchObject({
      backend: 'chaos-mesh',
      kubeconfig: '/work/shop/kube/config',
      namespace: 'shop',
      mode: 'warn',
      environment: 'preview',
      concurrency: 4,
      timeoutMs: 90 * 60_000
    })
    expect([...gate.failOn]).toEqual(['fail', 'error'])
    expect(gate.prometheus).toMatchObject({
      url: 'https://prom.example',
      headers: { Authorization: 'Bearer abc', 'X-Scope-OrgID': 'tenant-1' }
    })
    expect(github.checkName).toBe('gate (preview)')
    expect(github.commitStatus).toBe(true)
  })

  it('reports every bad input at once, naming each and rejecting rather than clamping', () => {
    expect(
      errorsOf({
        mode: 'strict',
        concurrency: '0',
        timeout: '15 minutes',
        'fail-on': 'fail,pass',
        'commit-status': 'yes',
        backend: 'spinnaker'
      })
    ).toEqual([
      "Invalid input 'backend': 'spinnaker' is not one of auto, local, litmus, chaos-mesh, kubernetes, toxiproxy, aws-fis, gremlin",
      "Invalid input 'mode': 'strict' is not one of enforce, warn, dry-run, verify",
      "Invalid input 'concurrency': '0' is not a whole number from 1 to 50",
      "Invalid input 'timeout': '15 minutes' is not a duration; expected e.g. 90s, 15m or 1h30m",
      "Invalid input 'fail-on': 'pass' is not among the verdicts that can fail the gate; expected some of fail, aborted, inconclusive, error, skipped",
      "Invalid input 'commit-status': expected true or false; got 'yes'"
    ])
  })

  it('rejects a concurrency above the bound instead of lowering it', () => {
    expect(errorsOf({ concurrency: '51' })).toEqual([
      "Invalid input 'concurrency': '51' is not a whole number from 1 to 50"
    ])
  })

  it('masks every secret before validating, and never echoes one in an error', () => {
    const { core, result } = read({
      'github-token': 'ghs_secret',
      'slack-bot-token': 'not-a-slack-token',
      'slack-channel': 'C123',
      'prometheus-url': 'https://user:p%40ss@prom.example',
      'prometheus-headers': 'Authorization: Bearer hunter2\nbroken line'
    })
    expect(core.secrets).toEqual(
      expect.arrayContaining(['ghs_secret', 'not-a-slack-token', 'Bearer hunter2', 'p@ss'])
    )
    expect(result.ok).toBe(false)
    const text = result.ok ? '' : result.errors.map((e) => e.message).join('\n')
    expect(text).toContain("'slack-bot-token': expected a Slack token starting with 'xoxb-'")
    expect(text).toContain(
      "'prometheus-headers': header 2 is not 'Name: value' (values are secrets and are not shown)"
    )
    for (const secret of ['not-a-slack-token', 'hunter2', 'p@ss'])
      expect(text).not.toContain(secret)
  })

  it('reads the Gremlin team and key, and masks the key from the input or GREMLIN_API_KEY', () => {
    const { core, result } = read({
      'github-token': 'ghs_token',
      'gremlin-team-id': 'team-1',
      'gremlin-api-key': 'gremlin-input-key'
    })
    expect(result.ok && result.settings.gate.gremlin).toEqual({
      teamId: 'team-1',
      apiKey: 'gremlin-input-key'
    })
    expect(core.secrets).toContain('gremlin-input-key')
    const fromEnv = new RecordingCore({ 'github-token': 'ghs_token' })
    const bare = readInputs(fromEnv, gh, 'run-1', { GREMLIN_API_KEY: 'gremlin-env-key' })
    expect(bare.ok && bare.settings.gate.gremlin).toBeUndefined()
    expect(fromEnv.secrets).toContain('gremlin-env-key')
  })

  it('reads a webhook or a bot token with a channel, never both', () => {
    const webhook = read({ 'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x' })
    expect(webhook.result.ok && webhook.result.settings.slack).toEqual({
      destination: { kind: 'webhook', url: 'https://hooks.slack.com/services/T/B/x' },
      notify: 'failure'
    })
    const bot = read({
      'slack-bot-token': 'xoxb-1-2-abc',
      'slack-channel': 'C0123',
      'slack-notify': 'always'
    })
    expect(bot.result.ok && bot.result.settings.slack).toEqual({
      destination: {
        kind: 'bot',
        token: 'xoxb-1-2-abc',
        channel: 'C0123',
        apiUrl: 'https://slack.com/api'
      },
      notify: 'always'
    })
    expect(
      errorsOf({
        'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x',
        'slack-bot-token': 'xoxb-1'
      })
    ).toEqual([
      "Invalid input 'slack-webhook-url': set either 'slack-webhook-url' or 'slack-bot-token' with 'slack-channel', not both"
    ])
    expect(errorsOf({ 'slack-bot-token': 'xoxb-1' })).toEqual([
      "Invalid input 'slack-channel': 'slack-bot-token' needs a channel ID (C…) or name to post to"
    ])
  })

  it('turns slack-mention into the mention Slack notifies for, and refuses names', () => {
    const hook = { 'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x' }
    const mention = (value: string) => {
      const { result } = read({ ...hook, 'slack-mention': value })
      return result.ok ? result.settings.slack?.mention : undefined
    }
    expect(mention('S0ONCALL1')).toBe('<!subteam^S0ONCALL1>')
    expect(mention('!subteam^S0ONCALL1')).toBe('<!subteam^S0ONCALL1>')
    expect(mention('@U024BE7LH')).toBe('<@U024BE7LH>')
    expect(mention('here')).toBe('<!here>')
    expect(mention('')).toBeUndefined()
    expect(errorsOf({ ...hook, 'slack-mention': '@payments-oncall' })[0]).toMatch(
      /^Invalid input 'slack-mention': expected a user group ID \(S…\), a user ID \(U…\) or 'here'; got '@payments-oncall'. Slack notifies only for IDs/
    )
    expect(errorsOf({ 'slack-mention': 'S0ONCALL1' })).toEqual([
      "Invalid input 'slack-mention': 'slack-mention' needs a Slack destination: 'slack-webhook-url', or 'slack-bot-token' with 'slack-channel'"
    ])
  })

  it('accepts plain http webhooks only on loopback', () => {
    expect(errorsOf({ 'slack-webhook-url': 'http://hooks.example/x' })).toHaveLength(1)
    expect(read({ 'slack-webhook-url': 'http://127.0.0.1:8080/hook' }).result.ok).toBe(true)
  })

  it("turns Slack off with 'slack-notify: never'", () => {
    const { result } = read({
      'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x',
      'slack-notify': 'never'
    })
    expect(result.ok && result.settings.slack).toBeUndefined()
  })

  it('requires a token when the check run is required', () => {
    expect(errorsOf({ 'check-run': 'required' })).toEqual([
      "Invalid input 'github-token': it is empty, but 'check-run: required' or 'commit-status: true' needs it; pass ${{ github.token }} or a token with checks: write"
    ])
  })

  it('takes an explicit sha only when it is a full commit id', () => {
    const sha = 'a'.repeat(40)
    const { result } = read({ sha })
    expect(result.ok && result.settings.sha).toBe(sha)
    expect(errorsOf({ sha: 'abc123' })).toEqual([
      "Invalid input 'sha': 'abc123' is not a full commit sha; expected 40 lower-case hex characters"
    ])
  })

  it('keeps run state in the workspace when there is no runner temp directory', () => {
    const local = readGitHubEnv({ GITHUB_REPOSITORY: 'acme/shop' }, '/home/me/shop')
    const result = readInputs(new RecordingCore({}), local, 'r')
    expect(result.ok && result.settings.gate.stateDir).toBe('/home/me/shop/.chaos-gate')
  })
})
