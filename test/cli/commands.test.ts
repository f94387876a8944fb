import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { PLAN_SCHEMA_VERSION, type PlanJson } from '../../src/cli/commands/plan-json'
import { runCli } from '../../src/cli/run-cli'
import { captureIo } from './capture-io'

const ROOT = resolve(__dirname, '../..')

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ cwd: ROOT, env })
  const code = await runCli(args, COMMANDS, io, 'test')
  return { code, out: io.out(), err: io.err() }
}

describe('chaos-gate validate', () => {
  it("accepts the repository's own experiments with exit 0 and a one-line summary", async () => {
    const { code, out } = await cli(['validate'])
    expect(code).toBe(0)
    expect(out.trim().split('\n').at(-1)).toBe('Valid: 17 experiments in 17 files (2 notices).')
  })

  it('prints every problem as file:line:col: severity: message and exits 2', async () => {
    const { code, out } = await cli(['validate', 'test/fixtures/bad-input/policy-violations.yaml'])
    expect(code).toBe(2)
    expect(
      out
        .split('\n')
        .filter((l) => l.includes(': error: '))
        .map((l) => l.split(': error: ')[0])
    ).toEqual([
      'test/fixtures/bad-input/policy-violations.yaml:9:3',
      'test/fixtures/bad-input/policy-violations.yaml:9:3',
      'test/fixtures/bad-input/policy-violations.yaml:14:13'
    ])
    expect(out.trim().split('\n').at(-1)).toBe(
      'Not valid: 3 errors, 1 notice in 1 file; nothing would be injected.'
    )
  })

  it('has --help, and rejects unknown flags and bad values with exit 2', async () => {
    const help = await cli(['validate', '--help'])
    expect([help.code, help.out.split('\n')[0]]).toEqual([
      0,
      'Usage: chaos-gate validate [paths...] [flags]'
    ])
    expect((await cli(['validate', '--nope'])).code).toBe(2)
    const bad = await cli(['validate', '--backend', 'nope'])
    expect([bad.code, bad.err]).toEqual([
      2,
      "chaos-gate: Invalid flag '--backend': 'nope' is not one of auto, local, litmus, chaos-mesh, kubernetes, toxiproxy, aws-fis, gremlin\n"
    ])
  })
})

describe('chaos-gate plan', () => {
  it('shows each experiment with its source, fault, targets, duration, checks and policy decisions', async () => {
    const { code, out } = await cli(['plan', 'experiments/checkout-latency-slo.yaml'])
    expect(code).toBe(0)
    expect(out).toContain('checkout-latency-slo  experiments/checkout-latency-slo.yaml:4:1\n')
    expect(out).toContain('  fault      chaos-mesh NetworkChaos delay in namespace staging\n')
    expect(out).toContain('  targets    1 pod matching app=checkout in staging\n')
    expect(out).toContain('  duration   2m, timeout 10m\n')
    expect(out).toMatch(
      / {2}checks {5}error-ratio \(prometheus .*; before\/during\/after; max 0\.02\)\n/
    )
    expect(out).toContain('  policy     allow     namespace staging allowed\n')
    expect(out.trim().split('\n').at(-1)).toBe('1 of 1 experiments runnable; no problems.')
  })

  it('prints a stable JSON document with --json', async () => {
    const { code, out } = await cli([
      'plan',
      '--json',
      '--policy',
      'test/fixtures/policies/strict.yaml',
      'experiments/payments-pod-kill.yaml'
    ])
    const plan = JSON.parse(out) as PlanJson
    expect(code).toBe(0)
    expect(plan).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      valid: true,
      environment: 'staging',
      policy: {
        source: 'test/fixtures/policies/strict.yaml',
        maxTargets: 1,
        maxPercentage: 5,
        maxDuration: '5m'
      },
      summary: { files: 1, experiments: 1, runnable: 1, errors: 0, warnings: 0, notices: 1 }
    })
    expect(plan.experiments[0]).toMatchObject({
      name: 'payments-pod-kill',
      source: { file: 'experiments/payments-pod-kill.yaml', line: 5, col: 1 },
      runnable: true,
      backend: 'kubernetes',
      kind: 'pod-kill',
      action: 'pod-kill',
      namespace: 'staging',
      targets: {
        resource: 'pod',
        namespaces: ['staging'],
        labelSelector: 'app=payments',
        mode: { kind: 'count', count: 1 }
      },
      duration: null,
      expect: 'pass'
    })
    expect(plan.experiments[0]?.checks.map((c) => [c.name, c.source, c.window])).toEqual([
      ['availability', 'probe', '1m'],
      ['p99-latency', 'probe', '1m'],
      ['auto-abort-error-rate', 'probe', '30s'],
      ['auto-abort-p99-latency', 'probe', '30s']
    ])
  })

  it('never prints Prometheus headers', async () => {
    const env = { CHAOS_GATE_PROMETHEUS_HEADERS: 'Authorization: Bearer s3cret' }
    const { out } = await cli(
      ['plan', '--json', '--prometheus-url', 'http://p:9090', 'experiments'],
      env
    )
    expect(out).not.toContain('s3cret')
  })

  it('still prints the plan of the valid experiments when others are invalid, and exits 2', async () => {
    const { code, out } = await cli([
      'plan',
      'experiments/cart-pod-delete.yaml',
      'test/fixtures/bad-input/unknown-kind.yaml'
    ])
    expect(code).toBe(2)
    expect(out).toContain('cart-pod-delete  experiments/cart-pod-delete.yaml')
    expect(out).toContain(
      "Problems:\ntest/fixtures/bad-input/unknown-kind.yaml:2:7: error: unknown kind 'PodChaoss'"
    )
  })
})

describe('the chaos-gate entry point', () => {
  it('runs validate end to end in a child process', () => {
    const script =
      "require('./src/cli').cli(['validate', 'test/fixtures/bad-input/unknown-group.yaml'])"
    // tsx's ESM hooks too: the entry loads each command with import().
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(
      "test/fixtures/bad-input/unknown-group.yaml:1:13: error: unknown API group 'chaos-mesh.com' (kind IOChaos)"
    )
  })
})
