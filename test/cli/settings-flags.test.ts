import { parseArgs } from 'node:util'

import { maskedIo } from '../../src/cli/masked-io'
import { SETTINGS_FLAGS } from '../../src/cli/settings-flag-options'
import { settingsFromFlags } from '../../src/cli/settings-flags'
import { InputError, InputErrors } from '../../src/util/errors'
import { captureIo } from './capture-io'

function settings(args: string[], env: Record<string, string> = {}) {
  const { values, positionals } = parseArgs({
    args,
    options: SETTINGS_FLAGS,
    allowPositionals: true,
    strict: true
  })
  return settingsFromFlags(values, positionals, captureIo({ cwd: '/repo', env }))
}

describe('settingsFromFlags', () => {
  it('fills the documented defaults', () => {
    const { runId, ...rest } = settings([])
    expect(runId).toMatch(/^local-[a-z0-9]+$/)
    expect(rest).toEqual({
      experiments: ['experiments/**/*.{yaml,yml}'],
      cwd: '/repo',
      backend: 'auto',
      mode: 'enforce',
      environment: 'staging',
      concurrency: 1,
      timeoutMs: 900_000,
      failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
      reportDir: '/repo/chaos-gate-report',
      stateDir: '/repo/.chaos-gate',
      only: []
    })
  })

  it('reads every flag, with positionals replacing --experiments', () => {
    const s = settings([
      '-e',
      'a/*.yaml',
      '--namespace',
      'qa',
      '--policy',
      'p.yaml',
      '--environment',
      'prod-eu',
      '--backend',
      'litmus',
      '--prometheus-url',
      'https://prom:9090',
      '--prometheus-header',
      'X-Scope-OrgID: team',
      '--mode',
      'dry-run',
      '--concurrency',
      '4',
      '--timeout',
      '20m',
      '--fail-on',
      'fail,error',
      '--run-id',
      'run-42',
      '--only',
      'a,b',
      'x.yaml'
    ])
    expect(s).toMatchObject({
      experiments: ['x.yaml'],
      namespace: 'qa',
      policy: 'p.yaml',
      environment: 'prod-eu',
      backend: 'litmus',
      prometheus: {
        url: 'https://prom:9090',
        headers: { 'X-Scope-OrgID': 'team' },
        timeoutMs: 10_000,
        retries: 2
      },
      mode: 'dry-run',
      concurrency: 4,
      timeoutMs: 1_200_000,
      failOn: new Set(['fail', 'error']),
      runId: 'run-42',
      only: ['a', 'b']
    })
  })

  it('takes Prometheus headers from CHAOS_GATE_PROMETHEUS_HEADERS so secrets stay out of argv', () => {
    const s = settings(['--prometheus-url', 'http://p'], {
      CHAOS_GATE_PROMETHEUS_HEADERS: 'Authorization: Bearer t\nX-A: b'
    })
    expect(s.prometheus?.headers).toEqual({ Authorization: 'Bearer t', 'X-A': 'b' })
  })

  it('takes the Gremlin team from the flag or GREMLIN_TEAM_ID, the key from GREMLIN_API_KEY only, and masks the key', () => {
    const io = maskedIo(
      captureIo({
        cwd: '/repo',
        env: { GREMLIN_TEAM_ID: 'team-env', GREMLIN_API_KEY: 'gremlin-secret-key' }
      })
    )
    const { values } = parseArgs({
      args: ['--gremlin-team-id', 'team-flag'],
      options: SETTINGS_FLAGS,
      strict: true
    })
    expect(settingsFromFlags(values, [], io).gremlin).toEqual({
      teamId: 'team-flag',
      apiKey: 'gremlin-secret-key'
    })
    expect(io.secrets.mask('key Key gremlin-secret-key')).toBe('key Key ***')
    expect(settings([], { GREMLIN_TEAM_ID: 'team-env' }).gremlin).toEqual({ teamId: 'team-env' })
  })

  it.each([
    [
      ['--backend', 'spinnaker'],
      "Invalid flag '--backend': 'spinnaker' is not one of auto, local, litmus, chaos-mesh, kubernetes, toxiproxy, aws-fis, gremlin"
    ],
    [
      ['--mode', 'yes'],
      "Invalid flag '--mode': 'yes' is not one of enforce, warn, dry-run, verify"
    ],
    [
      ['--concurrency', '0'],
      "Invalid flag '--concurrency': '0' is not a whole number from 1 to 50"
    ],
    [
      ['--concurrency', '2.5'],
      "Invalid flag '--concurrency': '2.5' is not a whole number from 1 to 50"
    ],
    [
      ['--timeout', '15'],
      "Invalid flag '--timeout': '15' is not a duration; expected e.g. 90s, 15m or 1h30m"
    ],
    [
      ['--fail-on', 'fail,oops'],
      "Invalid flag '--fail-on': 'oops' is not among the verdicts that can fail the gate; expected some of fail, aborted, inconclusive, error, skipped"
    ],
    [
      ['--namespace', 'Prod_1'],
      "Invalid flag '--namespace': 'Prod_1' is not a Kubernetes namespace name; expected lower-case letters, digits and '-', at most 63"
    ],
    [
      ['--prometheus-url', 'prom:9090'],
      "Invalid flag '--prometheus-url': 'prom:9090' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)"
    ],
    [
      ['--prometheus-header', 'novalue'],
      "Invalid flag '--prometheus-header': header 1 is not 'Name: value' (values are secrets and are not shown)"
    ],
    [
      ['--prometheus-header', 'A: b'],
      "Invalid flag '--prometheus-header': headers were given but no --prometheus-url is set"
    ],
    [
      ['--policy', '  '],
      "Invalid flag '--policy': the value is empty; leave the setting out for its default"
    ]
  ])('rejects %j', (args, message) => {
    expect(() => settings(args)).toThrow(InputError)
    expect(() => settings(args)).toThrow(message)
  })

  it('reports every bad flag at once, as the action reports every bad input', () => {
    const bad = ['--mode', 'loud', '--timeout', '15', '--namespace', 'Prod_1']
    expect(() => settings(bad)).toThrow(InputErrors)
    let thrown: unknown
    try {
      settings(bad)
    } catch (err) {
      thrown = err
    }
    expect(thrown instanceof InputErrors ? thrown.errors.map((e) => e.message) : []).toEqual([
      "Invalid flag '--namespace': 'Prod_1' is not a Kubernetes namespace name; expected lower-case letters, digits and '-', at most 63",
      "Invalid flag '--mode': 'loud' is not one of enforce, warn, dry-run, verify",
      "Invalid flag '--timeout': '15' is not a duration; expected e.g. 90s, 15m or 1h30m"
    ])
  })
})
