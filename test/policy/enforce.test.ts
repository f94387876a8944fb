import type { Experiment, TargetDeclaration } from '../../src/manifest/model'
import { applyAutoAbort } from '../../src/policy/auto-abort'
import { enforceLive } from '../../src/policy/enforce-live'
import { matchesPattern } from '../../src/policy/name-pattern'
import type { Policy } from '../../src/policy/policy'
import { errorsOf, experimentNamed, inspectTexts } from '../manifest/inspect'

const chaos = (spec: string, ns = 'staging', kind = 'PodChaos'): string =>
  `apiVersion: chaos-mesh.org/v1alpha1\nkind: ${kind}\nmetadata: { name: f, namespace: ${ns} }\nspec:\n${spec}`

const killOne = (selectorNs: string): string =>
  chaos(
    `  action: pod-kill\n  mode: one\n  selector: { namespaces: [${selectorNs}], labelSelectors: { app: a } }\n`
  )

describe('static enforcement: namespaces', () => {
  it.each([
    ['kube-system', undefined, true],
    ['payments-prod', undefined, true],
    ['prod-eu', undefined, true],
    ['production', undefined, true],
    ['chaos-mesh', undefined, true],
    ['staging', undefined, false],
    ['production', 'blastRadius: { allowedNamespaces: [production] }', false],
    ['kube-system', "blastRadius: { allowedNamespaces: ['*'] }", true],
    ['team-a', "blastRadius: { allowedNamespaces: ['team-*'] }", false],
    ['qa', "blastRadius: { allowedNamespaces: ['team-*'] }", true],
    ['qa', 'blastRadius: { blockedNamespaces: [qa] }', true]
  ])('target namespace %s with policy %j is denied: %s', async (ns, policy, denied) => {
    const result = await inspectTexts(
      { 'a.yaml': killOne(ns) },
      policy === undefined ? {} : { policy }
    )
    expect(errorsOf(result).some((e) => e.endsWith('policy/namespace'))).toBe(denied)
  })

  it('checks the namespaces a fault targets, not where its object lives', async () => {
    const result = await inspectTexts({
      'a.yaml': chaos(
        '  action: pod-kill\n  mode: one\n  selector: { namespaces: [staging], labelSelectors: { app: a } }\n',
        'chaos-mesh'
      )
    })
    expect(errorsOf(result)).toEqual([])
  })
})

describe('static enforcement: counts, percentages and durations', () => {
  it('denies a declared count over maxTargets, and leaves the share of candidates to preflight', async () => {
    const result = await inspectTexts(
      {
        'a.yaml': chaos(
          "  action: pod-kill\n  mode: fixed\n  value: '3'\n  selector: { labelSelectors: { app: a } }\n"
        )
      },
      { policy: 'blastRadius: { maxTargets: 2 }' }
    )
    expect(errorsOf(result)).toEqual(['a.yaml:8:3 policy/max-targets'])
    const plan = await inspectTexts(
      {
        'a.yaml': chaos(
          "  action: pod-kill\n  mode: fixed\n  value: '2'\n  selector: { labelSelectors: { app: a } }\n"
        )
      },
      { policy: 'blastRadius: { maxTargets: 2 }' }
    )
    expect(plan.plans[0]?.decisions.map((d) => `${d.outcome} ${d.rule}`)).toEqual([
      'allow namespace',
      'allow max-targets',
      'preflight max-percentage',
      'allow kind',
      'allow action',
      'allow max-duration'
    ])
  })

  it('denies a declared percentage over maxPercentage, including mode all', async () => {
    const percent = chaos(
      "  action: pod-kill\n  mode: random-max-percent\n  value: '60'\n  selector: { labelSelectors: { app: a } }\n"
    )
    expect(errorsOf(await inspectTexts({ 'a.yaml': percent }))).toEqual([
      'a.yaml:8:3 policy/max-percentage'
    ])
    const all = chaos(
      '  action: pod-kill\n  mode: all\n  selector: { labelSelectors: { app: a } }\n'
    )
    expect(
      errorsOf(
        await inspectTexts({ 'a.yaml': all }, { policy: 'blastRadius: { maxPercentage: 100 }' })
      )
    ).toEqual([])
  })

  it('denies a fault that lasts longer than maxDuration, at its duration field', async () => {
    const long = chaos(
      '  action: pod-failure\n  mode: one\n  duration: 20m\n  selector: { labelSelectors: { app: a } }\n'
    )
    const result = await inspectTexts({ 'a.yaml': long })
    expect(
      result.issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.line}:${i.col} ${i.message}`)
    ).toEqual([
      "7:13 the fault lasts 20m, over the policy's maxDuration of 10m (built-in defaults)"
    ])
  })

  it('lets an experiment tighten the policy but never loosen it', async () => {
    const experiment = (limits: string) =>
      `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: e, namespace: staging }\nspec:\n  blastRadius: ${limits}\n  podKill: { selector: app=a, count: 2 }\n`
    expect(errorsOf(await inspectTexts({ 'a.yaml': experiment('{ maxTargets: 1 }') }))).toEqual([
      'a.yaml:6:3 policy/max-targets'
    ])
    expect(
      errorsOf(await inspectTexts({ 'a.yaml': experiment('{ maxTargets: 9, maxPercentage: 80 }') }))
    ).toEqual(['a.yaml:5:30 policy/override', 'a.yaml:5:48 policy/override'])
  })
})

describe('static enforcement: kinds and actions', () => {
  const kill = chaos(
    '  action: container-kill\n  containerNames: [app]\n  mode: one\n  selector: { labelSelectors: { app: a } }\n'
  )

  it.each([
    ['blastRadius: { forbiddenKinds: [PodChaos] }', 'a.yaml:5:11 policy/kind'],
    ['blastRadius: { allowedKinds: [NetworkChaos, pod-kill] }', 'a.yaml:5:11 policy/kind'],
    ['blastRadius: { forbiddenActions: [container-kill] }', 'a.yaml:5:11 policy/action'],
    ['blastRadius: { forbiddenActions: [PodChaos/container-kill] }', 'a.yaml:5:11 policy/action'],
    ["blastRadius: { forbiddenActions: ['*-kill'] }", 'a.yaml:5:11 policy/action'],
    ['blastRadius: { allowedActions: [pod-kill] }', 'a.yaml:5:11 policy/action']
  ])('%s denies a container-kill PodChaos', async (policy, expected) => {
    expect(errorsOf(await inspectTexts({ 'a.yaml': kill }, { policy }))).toEqual([expected])
  })

  it('allows what the lists allow', async () => {
    expect(
      errorsOf(
        await inspectTexts(
          { 'a.yaml': kill },
          {
            policy:
              'blastRadius: { allowedKinds: [PodChaos], allowedActions: [PodChaos/container-kill] }'
          }
        )
      )
    ).toEqual([])
  })
})

const policy = (overrides: Partial<Policy> = {}): Policy => ({
  source: 'test',
  environment: 'staging',
  maxTargets: 3,
  maxPercentage: 50,
  allowedNamespaces: [],
  blockedNamespaces: [],
  allowedKinds: [],
  forbiddenKinds: [],
  allowedActions: [],
  forbiddenActions: [],
  autoAbort: [],
  origin: () => 'test',
  ...overrides
})

const targets: TargetDeclaration = {
  resource: 'pod',
  namespaces: ['staging'],
  mode: { kind: 'percent', percent: 30 },
  location: { file: 'a.yaml', line: 9, col: 3 }
}

async function podExperiment(): Promise<Experiment> {
  const text = `apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: live, namespace: staging }\nspec: { action: pod-kill, mode: fixed-percent, value: '30', selector: { labelSelectors: { app: a } } }\n`
  const e = experimentNamed(await inspectTexts({ 'a.yaml': text }), 'live')
  return { ...e, targets }
}

describe('enforceLive', () => {
  it('passes counts within the limits', async () => {
    expect(enforceLive(await podExperiment(), policy(), { targets: 3, candidates: 10 })).toEqual([])
  })

  it('denies more live targets than maxTargets, and a larger share than maxPercentage, at the selection', async () => {
    const issues = enforceLive(await podExperiment(), policy(), { targets: 4, candidates: 6 })
    expect(issues.map((i) => `${i.line}:${i.col} ${i.code}: ${i.message}`)).toEqual([
      "9:3 policy/max-targets: 'live' would hit 4 pods now, over the limit of 3 (maxTargets)",
      "9:3 policy/max-percentage: 'live' would hit 4 of 6 matching pods (66.7%), over the limit of 50% (maxPercentage)"
    ])
  })

  it('applies the experiment override when it is tighter', async () => {
    const e = { ...(await podExperiment()), blastRadius: { maxTargets: 1 } }
    expect(enforceLive(e, policy(), { targets: 2, candidates: 100 }).map((i) => i.code)).toEqual([
      'policy/max-targets'
    ])
  })

  it('does not count traffic or things outside the cluster', async () => {
    const e = { ...(await podExperiment()), targets: { ...targets, resource: 'traffic' as const } }
    expect(enforceLive(e, policy(), { targets: 100, candidates: 100 })).toEqual([])
  })
})

describe('autoAbort guards', () => {
  const condition = {
    label: 'error_rate',
    source: 'probe' as const,
    query: 'errorRatio',
    threshold: 0.01,
    windowMs: 30_000,
    location: { file: 'policy.yaml', line: 9, col: 9 }
  }

  it('adds one during-phase check per condition to experiments that can measure it', async () => {
    const text = `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: g, namespace: staging }\nspec:\n  podKill: { selector: app=a }\n  steadyState:\n    probe: { url: 'http://svc/health' }\n    checks: [{ name: up, metric: availability, threshold: { min: 0.99 } }]\n`
    const e = experimentNamed(await inspectTexts({ 'a.yaml': text }), 'g')
    const { experiment, issues } = applyAutoAbort(e, policy({ autoAbort: [condition] }))
    expect(issues).toEqual([])
    expect(experiment.steadyState?.checks.map((c) => c.name)).toEqual([
      'up',
      'auto-abort-error-rate'
    ])
    expect(experiment.steadyState?.checks[1]).toEqual({
      name: 'auto-abort-error-rate',
      source: 'probe',
      query: 'errorRatio',
      threshold: { max: 0.01 },
      phases: ['during'],
      breaches: 1,
      of: 1,
      errorLimit: 3,
      noData: 'inconclusive',
      series: 'each',
      dryRun: false,
      windowMs: 30_000,
      location: condition.location
    })
  })

  it('refuses an experiment that cannot measure a condition, naming both', async () => {
    const e = await podExperiment()
    const { issues } = applyAutoAbort(e, policy({ autoAbort: [condition] }))
    expect(issues.map((i) => i.message)).toEqual([
      "'live' cannot measure the policy's autoAbort condition 'error_rate' (policy.yaml:9): it has no steadyState.probe to compute the metric from"
    ])
  })

  it('says "no Prometheus is configured" and how to set one as a manifest check does', async () => {
    const query = { ...condition, label: 'errors', source: 'prometheus' as const, query: 'errors' }
    const guard = applyAutoAbort(await podExperiment(), policy({ autoAbort: [query] })).issues
    const check = (
      await inspectTexts({
        'c.yaml': `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: c, namespace: staging }\nspec:\n  podKill: { selector: app=a }\n  steadyState:\n    checks: [{ name: up, query: 'min(up)', threshold: { min: 1 } }]\n`
      })
    ).issues.filter((i) => i.code === 'steady-state/no-prometheus')
    expect(guard.map((i) => [i.message.endsWith(': no Prometheus is configured'), i.hint])).toEqual(
      [[true, check[0]?.hint]]
    )
    expect(check.map((i) => [i.message, i.hint])).toEqual([
      [
        "check 'up' queries Prometheus, but no Prometheus is configured",
        'Set steadyState.prometheus.url in the experiment, or the prometheus-url input (--prometheus-url on the command line).'
      ]
    ])
  })

  it('uses the prometheus-url setting for query conditions on experiments without a steady state', async () => {
    const query = {
      ...condition,
      label: 'sum(rate(errors[1m]))',
      source: 'prometheus' as const,
      query: 'sum(rate(errors[1m]))'
    }
    const prometheus = {
      url: 'http://prom:9090',
      headers: {},
      timeoutMs: 1000,
      retries: 0,
      strictWarnings: false,
      insecureSkipVerify: false
    }
    const { experiment, issues } = applyAutoAbort(
      await podExperiment(),
      policy({ autoAbort: [query] }),
      prometheus
    )
    expect(issues).toEqual([])
    expect(experiment.steadyState?.prometheus).toBe(prometheus)
    expect(experiment.steadyState?.checks.map((c) => c.name)).toEqual([
      'auto-abort-sum-rate-errors-1m'
    ])
  })

  it('refuses abortOnFail: false when the policy requires aborting', async () => {
    const text = `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: g, namespace: staging }\nspec:\n  podKill: { selector: app=a }\n  steadyState:\n    probe: { url: 'http://svc/health' }\n    phases: { during: { abortOnFail: false } }\n`
    const result = await inspectTexts(
      { 'a.yaml': text },
      {
        policy:
          'blastRadius:\n  autoAbort:\n    conditions: [{ metric: p99_latency, threshold: 1000 }]\n'
      }
    )
    expect(errorsOf(result)).toEqual(['a.yaml:8:38 policy/auto-abort'])
  })
})

describe('autoAbort from a policy file', () => {
  it('shows the guards among the policy decisions of the plan', async () => {
    const text = `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: g, namespace: staging }\nspec:\n  podKill: { selector: app=a }\n  steadyState:\n    probe: { url: 'http://svc/health' }\n`
    const result = await inspectTexts(
      { 'a.yaml': text },
      {
        policy:
          'blastRadius:\n  autoAbort:\n    conditions: [{ metric: error_rate, threshold: 0.01 }, { metric: p99_latency, threshold: 1000 }]\n'
      }
    )
    expect(errorsOf(result)).toEqual([])
    expect(result.plans[0]?.decisions.at(-1)).toEqual({
      rule: 'auto-abort',
      outcome: 'allow',
      message: 'abort guards: auto-abort-error-rate, auto-abort-p99-latency'
    })
    expect(
      result.plans[0]?.experiment.steadyState?.checks.map((c) => [c.query, c.threshold])
    ).toEqual([
      ['errorRatio', { max: 0.01 }],
      ['latencyP99', { max: 1000 }]
    ])
  })
})

describe('name patterns', () => {
  it.each([
    ['prod', 'prod', true],
    ['prod-eu', 'prod-*', true],
    ['eu-prod', '*-prod', true],
    ['production', 'prod', false],
    ['a.b', 'a?b', false],
    ['team-x-prod', 'team-*-prod', true]
  ])('%s matches %s: %s', (name, pattern, expected) =>
    expect(matchesPattern(name, pattern)).toBe(expected)
  )
})
