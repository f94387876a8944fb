import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { DEFAULT_POLICY_PATH, PROTECTED_NAMESPACES } from '../../src/policy/default-policy'
import { loadPolicy } from '../../src/policy/load-policy'

const ROOT = resolve(__dirname, '../..')
const STRICT = 'test/fixtures/policies/strict.yaml'

describe('loadPolicy', () => {
  it('applies the built-in defaults when no policy is given', () => {
    const { policy, issues } = loadPolicy({ cwd: ROOT, environment: 'staging' })
    expect(issues).toEqual([])
    expect(policy).toMatchObject({
      source: 'built-in defaults',
      maxTargets: 5,
      maxPercentage: 50,
      maxDurationMs: 600_000,
      allowedNamespaces: [],
      blockedNamespaces: PROTECTED_NAMESPACES,
      autoAbort: []
    })
    expect(policy.origin('maxTargets')).toBe('built-in defaults')
  })

  it("reads the seed article's shape, keeps the protected namespaces blocked and turns autoAbort into guards", () => {
    const { policy, issues } = loadPolicy({
      cwd: ROOT,
      environment: 'staging',
      policy: STRICT
    })
    expect(issues.map((i) => i.code)).toEqual(['policy/no-profile'])
    expect(policy).toMatchObject({
      source: STRICT,
      maxTargets: 1,
      maxPercentage: 5,
      maxDurationMs: 300_000,
      allowedNamespaces: ['staging', 'chaos', 'team-*'],
      forbiddenKinds: ['StressChaos'],
      forbiddenActions: ['PodChaos/container-kill', 'node-drain']
    })
    expect(policy.blockedNamespaces).toEqual([...PROTECTED_NAMESPACES, 'production-critical'])
    expect(policy.autoAbort).toEqual([
      {
        label: 'error_rate',
        source: 'probe',
        query: 'errorRatio',
        threshold: 0.01,
        windowMs: 30_000,
        location: { file: STRICT, line: 13, col: 9 }
      },
      {
        label: 'p99_latency',
        source: 'probe',
        query: 'latencyP99',
        threshold: 1000,
        windowMs: 30_000,
        location: { file: STRICT, line: 16, col: 9 }
      }
    ])
    expect(policy.origin('maxTargets')).toBe(`${STRICT}:3:15`)
    expect(policy.origin('maxDuration')).toBe(`${STRICT}:5:16`)
  })

  it('lets the environment profile replace the fields it sets', () => {
    const { policy } = loadPolicy({ cwd: ROOT, environment: 'qa', policy: STRICT })
    expect(policy).toMatchObject({
      environment: 'qa',
      maxTargets: 3,
      maxPercentage: 50,
      maxDurationMs: 300_000,
      allowedNamespaces: ['qa'],
      autoAbort: []
    })
    expect(policy.origin('maxTargets')).toBe(`${STRICT}:22:19`)
  })

  it('notes when the environment has no profile', () => {
    const { issues } = loadPolicy({ cwd: ROOT, environment: 'perf', policy: STRICT })
    expect(issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['notice policy/no-profile'])
  })

  it('accepts inline YAML, as the action input passes it', () => {
    const { policy } = loadPolicy({
      cwd: ROOT,
      environment: 'staging',
      policy: 'blastRadius:\n  maxTargets: 2\n'
    })
    expect([policy.source, policy.maxTargets, policy.maxPercentage]).toEqual([
      'policy input',
      2,
      50
    ])
  })

  it('reads .github/chaos-gate/policy.yaml when the setting is empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-policy-'))
    try {
      mkdirSync(join(dir, '.github/chaos-gate'), { recursive: true })
      writeFileSync(join(dir, DEFAULT_POLICY_PATH), 'blastRadius: { maxTargets: 4 }\n')
      const { policy } = loadPolicy({ cwd: dir, environment: 'staging' })
      expect([policy.source, policy.maxTargets]).toEqual([DEFAULT_POLICY_PATH, 4])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports every problem of a broken policy at its position', () => {
    const { issues } = loadPolicy({
      cwd: ROOT,
      environment: 'staging',
      policy: 'test/fixtures/policies/broken.yaml'
    })
    expect(issues.map((i) => `${i.line}:${i.col} ${i.code}: ${i.message}`)).toEqual([
      '2:15 schema/range: blastRadius.maxTargets must be at least 1; got 0',
      '3:18 schema/range: blastRadius.maxPercentage must be at most 100; got 150',
      "4:15 schema/unknown-field: blastRadius has an unknown field 'maxDuraton'"
    ])
  })

  it('reports unknown metrics and conditions that give both a metric and a query', () => {
    const policy =
      'blastRadius:\n  autoAbort:\n    conditions:\n      - { metric: error_percentage, threshold: 1 }\n      - { metric: error_rate, query: x, threshold: 1 }\n'
    const { issues } = loadPolicy({ cwd: ROOT, environment: 'staging', policy })
    expect(issues.map((i) => `${i.line}:${i.col} ${i.code}: ${i.message}`)).toEqual([
      "4:9 policy/condition: unknown metric 'error_percentage'",
      '5:9 policy/condition: an autoAbort condition needs exactly one of metric or query'
    ])
  })

  it('reports a policy file that does not exist, and a namespace both allowed and blocked', () => {
    const missing = loadPolicy({ cwd: ROOT, environment: 'staging', policy: 'nope.yaml' })
    expect(missing.issues.map((i) => i.code)).toEqual(['policy/not-found'])
    const both = loadPolicy({
      cwd: ROOT,
      environment: 'staging',
      policy: 'blastRadius: { allowedNamespaces: [x], blockedNamespaces: [x] }'
    })
    expect(both.issues.map((i) => i.code)).toEqual(['policy/contradiction'])
  })
})
