import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (spec: string, duration = '  duration: 90s\n'): string =>
  `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata:\n  name: e1\nspec:\n${duration}${spec}`

const ATTACK = `  gremlin:
    attack:
      type: cpu
      args: ['-c', '1']
      target:
        hosts: { tags: { service: checkout, zone: [a, b] } }
        count: 2
`

describe('Experiment with a gremlin fault', () => {
  it('reads an attack: command, hosts by tag with a count, spec.duration as its length', async () => {
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(ATTACK) }), 'e1')
    expect(e).toMatchObject({
      backend: 'gremlin',
      kind: 'Attack',
      action: 'cpu',
      durationMs: 90_000
    })
    expect(e.fault).toEqual({
      kind: 'gremlin',
      spec: {
        attack: {
          type: 'cpu',
          args: ['-c', '1'],
          target: { kind: 'hosts', match: { service: ['checkout'], zone: ['a', 'b'] }, count: 2 }
        }
      }
    })
    expect(e.targets).toMatchObject({
      resource: 'host',
      labelSelector: 'service=checkout,zone in (a,b)',
      mode: { kind: 'count', count: 2 }
    })
  })

  it('containers by label with a percentage', async () => {
    const spec = `  gremlin:
    attack:
      type: latency
      target: { containers: { labels: { app: cart } }, percent: 30 }
`
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(spec) }), 'e1')
    expect(e.targets).toMatchObject({
      resource: 'container',
      mode: { kind: 'percent', percent: 30 }
    })
  })

  it('reads a scenario id, whose targets only Gremlin knows', async () => {
    const spec = '  gremlin:\n    scenarioId: 522CEAFF-995f-43f4-acea-ff995f03f44e\n'
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(spec) }), 'e1')
    expect(e).toMatchObject({ kind: 'Scenario', action: 'scenario' })
    expect(e.fault).toEqual({
      kind: 'gremlin',
      spec: { scenarioId: '522ceaff-995f-43f4-acea-ff995f03f44e' }
    })
    expect(e.targets?.mode).toEqual({ kind: 'unknown' })
  })

  it.each([
    [
      'both an attack and a scenario',
      `${ATTACK}    scenarioId: 522ceaff-995f-43f4-acea-ff995f03f44e\n`,
      ['e.yaml:7:3 gremlin/fault']
    ],
    ['neither', '  gremlin: {}\n', ['e.yaml:7:3 gremlin/fault']],
    [
      'a length in args',
      ATTACK.replace("['-c', '1']", "['-c', '1', '-l', '30']"),
      ['e.yaml:10:25 gremlin/length']
    ],
    [
      'count and percent, and an empty selector',
      ATTACK.replace('{ service: checkout, zone: [a, b] }', '{}').replace(
        'count: 2',
        'count: 2\n        percent: 10'
      ),
      ['e.yaml:11:7 gremlin/target', 'e.yaml:11:7 gremlin/target']
    ],
    [
      'hosts and containers',
      ATTACK.replace('count: 2', 'count: 2\n        containers: { labels: { a: b } }'),
      ['e.yaml:11:7 gremlin/target']
    ],
    [
      'an unknown attack type',
      ATTACK.replace('type: cpu', 'type: cpuu'),
      ['e.yaml:9:13 schema/value']
    ],
    [
      'a scenario id that is not a UUID',
      '  gremlin:\n    scenarioId: checkout\n',
      ['e.yaml:8:17 schema/format']
    ]
  ])('refuses %s, with where', async (_, spec, errors) => {
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(spec) }))).toEqual(errors)
  })

  it('needs a duration', async () => {
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(ATTACK, '') }))).toEqual([
      'e.yaml:5:1 duration/missing'
    ])
  })

  it('puts the count, the percentage and the length under the policy, at their fields', async () => {
    const policy = { policy: 'blastRadius: { maxTargets: 1, maxDuration: 1m, maxPercentage: 20 }' }
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(ATTACK) }, policy))).toEqual([
      'e.yaml:6:13 policy/max-duration',
      'e.yaml:11:7 policy/max-targets'
    ])
    const share = ATTACK.replace('count: 2', 'percent: 50')
    expect(
      errorsOf(await inspectTexts({ 'e.yaml': experiment(share, '  duration: 30s\n') }, policy))
    ).toEqual(['e.yaml:11:7 policy/max-percentage'])
    const within = await inspectTexts(
      { 'e.yaml': experiment(ATTACK.replace('count: 2', 'count: 1'), '  duration: 30s\n') },
      policy
    )
    expect(within.plans[0]?.decisions.map((d) => `${d.outcome} ${d.rule}`)).toEqual([
      'allow max-targets',
      'allow kind',
      'allow action',
      'allow max-duration'
    ])
  })
})
