import type { SteadyStateSpec } from '../../src/manifest/steady-state-model'
import { errorsOf, experimentNamed, inspect, inspectTexts, short } from './inspect'

const FIXTURES = 'test/fixtures/manifests'

const experiment = (spec: string, metadata = 'name: e1\n  namespace: staging'): string =>
  `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata:\n  ${metadata}\nspec:\n${spec}`

describe('Experiment with an httpProxy fault', () => {
  it('becomes an http-proxy fault on the local backend with percentages 0-100 and ms durations', async () => {
    const e = experimentNamed(await inspect([`${FIXTURES}/http-proxy.yaml`]), 'demo-latency')
    expect(e).toMatchObject({
      backend: 'local',
      kind: 'http-proxy',
      action: 'latency+error',
      durationMs: 30_000,
      expect: 'pass'
    })
    expect(e.fault).toEqual({
      kind: 'http-proxy',
      spec: {
        upstream: 'http://127.0.0.1:8080',
        listen: { host: '127.0.0.1', port: 0 },
        paths: ['/api'],
        latency: { fixedMs: 300, jitterMs: 50, percent: 50 },
        error: { status: 502, percent: 5, body: '' }
      }
    })
  })

  it('takes ${VAR} from the environment and ${VAR:-default} otherwise', async () => {
    const e = experimentNamed(
      await inspect([`${FIXTURES}/http-proxy.yaml`], {}, { DEMO_URL: 'http://10.0.0.7:9000' }),
      'demo-latency'
    )
    expect(e.fault.kind === 'http-proxy' && e.fault.spec.upstream).toBe('http://10.0.0.7:9000')
  })

  it('applies every steady-state default and turns percentages into fractions', async () => {
    const e = experimentNamed(await inspect([`${FIXTURES}/http-proxy.yaml`]), 'demo-latency')
    const location = (line: number) => ({ file: `${FIXTURES}/http-proxy.yaml`, line, col: 9 })
    const expected: SteadyStateSpec = {
      checks: [
        {
          name: 'p99',
          source: 'probe',
          query: 'latencyP99',
          threshold: { max: 800 },
          warn: { max: 500 },
          phases: ['before', 'during', 'after'],
          breaches: 1,
          of: 1,
          errorLimit: 3,
          noData: 'inconclusive',
          series: 'each',
          dryRun: false,
          windowMs: 60_000,
          location: location(18)
        },
        {
          name: 'errors',
          source: 'probe',
          query: 'errorRatio',
          threshold: { max: 0.1 },
          relative: { slack: 0.01, maxIncrease: 0.5 },
          phases: ['before', 'during'],
          breaches: 1,
          of: 1,
          errorLimit: 3,
          noData: 'inconclusive',
          series: 'each',
          dryRun: false,
          windowMs: 60_000,
          location: location(22)
        }
      ],
      intervalMs: 15_000,
      minSamples: 2,
      before: { samples: 3, spacingMs: 20_000 },
      during: { abortOnFail: true },
      after: { settleMs: 30_000, timeoutMs: 300_000 },
      verdict: { inconclusive: 'fail', warn: 'pass' },
      probe: {
        url: '/api/health',
        method: 'GET',
        ratePerSecond: 10,
        timeoutMs: 2000,
        okStatus: [{ from: 200, to: 399 }],
        headers: {}
      }
    }
    expect(e.steadyState).toEqual(expected)
  })

  it('needs a duration and at least one fault behaviour', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('  httpProxy:\n    upstream: http://localhost:1\n')
    })
    expect(errorsOf(result)).toEqual(
      ['e.yaml:7:3 http-proxy/no-fault', 'e.yaml:6:1 duration/missing'].sort()
    )
  })

  it('writes $${ as a literal ${ and reports malformed references and GitHub expressions', async () => {
    const spec =
      '  duration: 1m\n  hypothesis: costs $${HOME} and ${1BAD}\n  httpProxy:\n    upstream: ${{ secrets.URL }}\n    latency: { fixed: 1s }\n'
    const result = await inspectTexts({ 'e.yaml': experiment(spec) })
    expect(errorsOf(result)).toEqual([
      'e.yaml:8:15 interpolate/malformed',
      'e.yaml:10:15 interpolate/github-expression'
    ])
  })
})

describe('a misspelt field inside a block', () => {
  // Blocks are built on first use (z.lazy); "did you mean" must still see through them.
  it.each([
    [
      'spec.httpProxy',
      '  duration: 1m\n  httpProxy:\n    upstream: http://localhost:1\n    latncy: { fixed: 1s }\n',
      'latency'
    ],
    [
      'spec.steadyState.prometheus',
      '  duration: 1m\n  httpProxy:\n    upstream: http://localhost:1\n    latency: { fixed: 1s }\n  steadyState:\n    prometheus: { url: http://prom:9090, timout: 5s }\n',
      'timeout'
    ],
    [
      'spec.steadyState.checks[0]',
      '  duration: 1m\n  httpProxy:\n    upstream: http://localhost:1\n    latency: { fixed: 1s }\n  steadyState:\n    checks:\n      - { name: up, metric: errorRate, threshhold: { max: 0.1 } }\n',
      'threshold'
    ]
  ])(
    'in %s gets the field it probably meant, and the fields allowed',
    async (path, spec, meant) => {
      const result = await inspectTexts({ 'e.yaml': experiment(spec) })
      const issue = result.issues.find((i) => i.code === 'schema/unknown-field')
      expect(issue).toMatchObject({ path, hint: `Did you mean '${meant}'?` })
      expect(issue?.expected).toContain(meant)
    }
  )
})

describe('Experiment with a podKill fault', () => {
  it('renders matchLabels and expressions as one selector and fills the defaults', async () => {
    const e = experimentNamed(await inspect([`${FIXTURES}/pod-kill.yaml`]), 'api-pod-kill')
    expect(e).toMatchObject({
      backend: 'kubernetes',
      kind: 'pod-kill',
      action: 'pod-kill',
      namespace: 'qa',
      expect: 'fail',
      timeoutMs: 300_000
    })
    expect(e.fault).toEqual({
      kind: 'pod-kill',
      spec: {
        namespace: 'qa',
        labelSelector: 'app=api,tier in (web,edge)',
        count: 2,
        gracePeriodSeconds: 0,
        restoreTimeoutMs: 120_000
      }
    })
    expect(e.targets).toMatchObject({
      resource: 'pod',
      namespaces: ['qa'],
      mode: { kind: 'count', count: 2 }
    })
    expect(e.durationMs).toBeUndefined()
  })

  it('refuses a selector that would match every pod', async () => {
    const result = await inspectTexts({ 'e.yaml': experiment('  podKill:\n    selector: {}\n') })
    expect(errorsOf(result)).toEqual(['e.yaml:8:5 pod-kill/selector'])
  })
})

describe('Experiment wrapping a backend object', () => {
  it('fills the namespace and the duration into a copy of the object', async () => {
    const spec =
      '  duration: 45s\n  fault:\n    apiVersion: chaos-mesh.org/v1alpha1\n    kind: NetworkChaos\n    metadata: { name: inner }\n    spec:\n      action: delay\n      mode: one\n      selector: { labelSelectors: { app: a } }\n      delay: { latency: 10ms }\n'
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(spec) }), 'e1')
    expect(e).toMatchObject({
      backend: 'chaos-mesh',
      kind: 'NetworkChaos',
      action: 'delay',
      namespace: 'staging',
      durationMs: 45_000
    })
    expect(e.fault.kind === 'kube-object' && e.fault.object).toMatchObject({
      metadata: { name: 'inner', namespace: 'staging' },
      spec: { duration: '45s' }
    })
  })

  it('locates problems of the inline object inside the Experiment file', async () => {
    const spec =
      '  fault:\n    apiVersion: chaos-mesh.org/v1alpha1\n    kind: PodChaos\n    spec:\n      action: pod-kill\n      mode: fixed\n      selector: { labelSelectors: { app: a } }\n'
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(spec) }))).toEqual([
      'e.yaml:12:13 chaos-mesh/value'
    ])
  })

  it('refuses a fault that cannot run, saying what it is', async () => {
    const spec =
      '  fault:\n    apiVersion: litmuschaos.io/v1alpha1\n    kind: ChaosExperiment\n    metadata: { name: pod-delete }\n'
    const result = await inspectTexts({ 'e.yaml': experiment(spec) })
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^the fault is not runnable: ChaosExperiment 'pod-delete' is a Litmus fault definition/
      )
    ])
  })

  it('runs a Schedule for the Experiment duration and checks its embedded fault', async () => {
    const e = experimentNamed(await inspect([`${FIXTURES}/wrapped-schedule.yaml`]), 'repeated-kill')
    expect(e).toMatchObject({ kind: 'Schedule', action: 'pod-kill', durationMs: 180_000 })
    expect(e.targets).toMatchObject({
      namespaces: ['staging'],
      labelSelector: 'app=cart',
      mode: { kind: 'count', count: 2 }
    })
  })

  it('resolves faultRef relative to the file and does not run the referenced object on its own', async () => {
    const result = await inspect([`${FIXTURES}/fault-ref`], { namespace: 'staging' })
    const e = experimentNamed(result, 'checkout-kill-with-slo')
    expect(e.fault.kind === 'kube-object' && e.fault.object.metadata.name).toBe('checkout-kill')
    expect(e.namespace).toBe('staging')
    expect(result.plans.map((p) => p.experiment.name).sort()).toEqual([
      'cart-kill',
      'checkout-kill-with-slo'
    ])
    expect(result.issues.map(short)).toContain(
      `${FIXTURES}/fault-ref/faults/kills.yaml:1:1 fault-ref/used`
    )
  })

  it('reports a faultRef that names nothing, leaves the repository or is ambiguous', async () => {
    const ref = (target: string) => experiment(`  faultRef: ${target}\n`)
    const result = await inspectTexts({
      'a.yaml': ref('missing.yaml'),
      'b.yaml': ref('two.yaml'),
      'c.yaml': ref('../../etc/passwd'),
      'two.yaml':
        'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: {name: x}\n---\napiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: {name: y}\n'
    })
    expect(errorsOf(result).filter((e) => e.includes('fault-ref'))).toEqual([
      'a.yaml:7:13 fault-ref/not-found',
      'b.yaml:7:13 fault-ref/ambiguous',
      'c.yaml:7:13 fault-ref/outside'
    ])
  })
})

describe('Experiment document checks', () => {
  it('needs exactly one fault', async () => {
    const spec = '  podKill: { selector: app=a }\n  httpProxy: { upstream: http://x }\n'
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(spec) }))).toEqual([
      'e.yaml:6:1 experiment/fault'
    ])
  })

  it('refuses a backend that does not match the fault, and a timeout shorter than the fault', async () => {
    const spec =
      '  backend: litmus\n  duration: 5m\n  timeout: 1m\n  httpProxy: { upstream: http://x, latency: { fixed: 1s } }\n'
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(spec) }))).toEqual([
      'e.yaml:7:12 backend/mismatch',
      'e.yaml:9:12 experiment/timeout'
    ])
  })

  it('needs a DNS-1123 name', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('  podKill: { selector: app=a }\n', 'name: Not_Valid\n  namespace: qa')
    })
    expect(errorsOf(result)).toEqual(['e.yaml:4:9 schema/format'])
  })
})

describe('steady-state checks', () => {
  const withChecks = (checks: string, extra = '') =>
    experiment(`  podKill: { selector: app=a }\n  steadyState:\n${extra}    checks:\n${checks}`)

  it('uses the prometheus-url setting when the block names no Prometheus, and needs one', async () => {
    const checks = "      - { name: up, query: 'min(up)', threshold: { min: 1 } }\n"
    expect(errorsOf(await inspectTexts({ 'e.yaml': withChecks(checks) }))).toEqual([
      'e.yaml:10:9 steady-state/no-prometheus'
    ])
    const prometheus = {
      url: 'http://prom:9090',
      headers: {},
      timeoutMs: 1000,
      retries: 0,
      strictWarnings: false,
      insecureSkipVerify: false
    }
    const e = experimentNamed(
      await inspectTexts({ 'e.yaml': withChecks(checks) }, { prometheus }),
      'e1'
    )
    expect(e.steadyState?.prometheus).toBe(prometheus)
  })

  it('needs a probe block for probe metrics, and an absolute probe URL unless the fault is the local proxy', async () => {
    const checks = '      - { name: p99, metric: latencyP99, threshold: { max: 1 } }\n'
    expect(errorsOf(await inspectTexts({ 'e.yaml': withChecks(checks) }))).toEqual([
      'e.yaml:10:9 steady-state/no-probe'
    ])
    const relative = withChecks(checks, '    probe: { url: /healthz }\n')
    expect(errorsOf(await inspectTexts({ 'e.yaml': relative }))).toEqual([
      'e.yaml:9:19 steady-state/url'
    ])
  })

  it('reports checks that can never fail, give two sources, compare without a baseline, or add rules to an slo check', async () => {
    const checks = [
      "      - { name: a, query: 'x' }",
      "      - { name: b, query: 'x', metric: errorRatio, threshold: { max: 1 } }",
      "      - { name: c, query: 'x', relative: { maxIncrease: 10% }, phases: [during] }",
      "      - { name: d, query: 'x', threshold: { min: 5, max: 1 }, breaches: 3, of: 2 }",
      "      - { name: d, slo: { objective: 99.9%, errorRatio: 'x' } }",
      "      - { name: e, slo: { objective: 99.9%, errorRatio: 'x' }, threshold: { max: 1 }, warn: { max: 1 } }"
    ].join('\n')
    const result = await inspectTexts({
      'e.yaml': withChecks(`${checks}\n`, '    prometheus: { url: http://p:9090 }\n')
    })
    expect(
      result.issues.filter((i) => i.severity === 'error').map((i) => `${i.line} ${i.code}`)
    ).toEqual([
      '11 steady-state/no-rule',
      '12 steady-state/source',
      '13 steady-state/relative',
      '14 steady-state/bounds',
      '14 steady-state/breaches',
      '15 steady-state/duplicate',
      '16 steady-state/slo-rule',
      '16 steady-state/slo-rule'
    ])
  })

  it('reads SLO rules with fractions and durations', async () => {
    const checks =
      "      - name: burn\n        slo: { objective: 99.9%, errorRatio: 'sum(rate(e[{{window}}]))', period: 28d, maxBudgetSpend: 0.5% }\n"
    const e = experimentNamed(
      await inspectTexts({
        'e.yaml': withChecks(checks, '    prometheus: { url: http://p:9090 }\n')
      }),
      'e1'
    )
    expect(e.steadyState?.checks[0]?.slo).toEqual({
      objective: 0.999,
      errorRatio: 'sum(rate(e[{{window}}]))',
      periodMs: 28 * 86_400_000,
      burnRate: [{ shortMs: 120_000, max: 14.4 }],
      maxBudgetSpend: 0.005
    })
  })
})

describe('Experiment.locate', () => {
  it('maps paths of a wrapped backend object into the object, where a 422 from the API server points', async () => {
    const e = experimentNamed(
      await inspect(['test/fixtures/manifests/wrapped-schedule.yaml']),
      'repeated-kill'
    )
    expect(e.locate(['spec', 'podChaos', 'mode'])).toEqual({
      file: 'test/fixtures/manifests/wrapped-schedule.yaml',
      line: 20,
      col: 15
    })
  })

  it('maps paths of a referenced object into the referenced file', async () => {
    const e = experimentNamed(
      await inspect(['test/fixtures/manifests/fault-ref/checkout-kill.yaml']),
      'checkout-kill-with-slo'
    )
    expect(e.locate(['spec', 'action'])).toEqual({
      file: 'test/fixtures/manifests/fault-ref/faults/kills.yaml',
      line: 6,
      col: 11
    })
  })
})
