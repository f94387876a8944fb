import { errorsOf, experimentNamed, inspect, inspectTexts } from './inspect'

const podChaos = (spec: string, name = 'pc'): string =>
  `apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata:\n  name: ${name}\n  namespace: staging\nspec:\n  action: pod-failure\n  duration: 30s\n  selector: { labelSelectors: { app: a } }\n${spec}`

describe('Chaos Mesh mode and value', () => {
  it.each([
    ['mode: one', { kind: 'count', count: 1 }],
    ["mode: fixed\n  value: '2'", { kind: 'count', count: 2 }],
    ["mode: fixed-percent\n  value: '30'", { kind: 'percent', percent: 30 }],
    ["mode: random-max-percent\n  value: '12.5'", { kind: 'max-percent', percent: 12.5 }]
  ])('%s declares %j', async (mode, expected) => {
    const e = experimentNamed(await inspectTexts({ 'a.yaml': podChaos(`  ${mode}\n`) }), 'pc')
    expect(e.targets?.mode).toEqual(expected)
  })

  it.each([
    ['mode: fixed', '10:9 chaos-mesh/value'],
    ["mode: fixed\n  value: '0'", '11:10 chaos-mesh/value'],
    ["mode: fixed\n  value: '1.5'", '11:10 chaos-mesh/value'],
    ["mode: fixed-percent\n  value: '150'", '11:10 chaos-mesh/value'],
    ['mode: fixed-percent\n  value: 30', '11:10 chaos-mesh/value'],
    ['mode: sometimes', '10:9 chaos-mesh/mode'],
    ['', '6:1 chaos-mesh/mode']
  ])('%j is rejected at %s', async (mode, expected) => {
    expect(errorsOf(await inspectTexts({ 'a.yaml': podChaos(`  ${mode}\n`) }))).toEqual([
      `a.yaml:${expected}`
    ])
  })

  it('declares mode all as 100 % of the matching pods, which the default policy refuses', async () => {
    const result = await inspectTexts({ 'a.yaml': podChaos('  mode: all\n') })
    expect(errorsOf(result)).toEqual(['a.yaml:9:3 policy/max-percentage'])
  })
})

describe('Chaos Mesh selectors', () => {
  it('renders labels and expressions, and takes namespaces and pod names as written', async () => {
    const spec = `apiVersion: chaos-mesh.org/v1alpha1
kind: NetworkChaos
metadata: { name: sel, namespace: chaos-testing }
spec:
  action: loss
  mode: one
  duration: 1m
  loss: { loss: '25' }
  selector:
    namespaces: [staging, qa]
    labelSelectors: { app.kubernetes.io/name: cart }
    expressionSelectors:
      - { key: tier, operator: NotIn, values: [db] }
      - { key: canary, operator: DoesNotExist }
    fieldSelectors: { status.phase: Running }
`
    const e = experimentNamed(await inspectTexts({ 'a.yaml': spec }), 'sel')
    expect(e.targets).toMatchObject({
      resource: 'pod',
      namespaces: ['staging', 'qa'],
      labelSelector: 'app.kubernetes.io/name=cart,tier notin (db),!canary',
      fieldSelector: 'status.phase=Running',
      location: { file: 'a.yaml', line: 9, col: 3 }
    })
  })

  it('takes the namespaces of a pods selector, and the object namespace when none is named', async () => {
    const pods = podChaos('  mode: all\n').replace(
      'selector: { labelSelectors: { app: a } }',
      'selector: { pods: { qa: [p1, p2] } }'
    )
    const e = (await inspectTexts({ 'a.yaml': pods })).plans[0]?.experiment
    expect(e?.targets).toMatchObject({ namespaces: ['qa'], podNames: ['p1', 'p2'] })
    const plain = experimentNamed(await inspectTexts({ 'a.yaml': podChaos('  mode: one\n') }), 'pc')
    expect(plain.targets?.namespaces).toEqual(['staging'])
  })

  it('reports a missing selector and an invalid label key', async () => {
    const noSelector = podChaos('  mode: one\n').replace(
      '  selector: { labelSelectors: { app: a } }\n',
      ''
    )
    expect(errorsOf(await inspectTexts({ 'a.yaml': noSelector }))).toEqual([
      'a.yaml:6:1 chaos-mesh/selector'
    ])
    const badKey = podChaos('  mode: one\n').replace('app: a', "'bad key!': a")
    expect(errorsOf(await inspectTexts({ 'a.yaml': badKey }))).toEqual([
      'a.yaml:9:45 chaos-mesh/selector'
    ])
  })
})

describe('Chaos Mesh durations', () => {
  const fault = (kind: string, body: string): string =>
    `apiVersion: chaos-mesh.org/v1alpha1\nkind: ${kind}\nmetadata: { name: f, namespace: staging }\nspec:\n  mode: one\n  selector: { labelSelectors: { app: a } }\n${body}`

  it('treats pod-kill as one-shot: no duration needed, none declared', async () => {
    const e = experimentNamed(
      await inspectTexts({ 'a.yaml': fault('PodChaos', '  action: pod-kill\n') }),
      'f'
    )
    expect(e.durationMs).toBeUndefined()
  })

  it('warns that a duration on a one-shot action is ignored', async () => {
    const result = await inspectTexts({
      'a.yaml': fault(
        'PodChaos',
        '  action: container-kill\n  containerNames: [app]\n  duration: 1m\n'
      )
    })
    expect(result.issues.map((i) => `${i.severity} ${i.code}`)).toContain(
      'warning duration/ignored'
    )
  })

  it('refuses a continuous fault without a duration, and a duration Go cannot parse', async () => {
    expect(
      errorsOf(
        await inspectTexts({
          'a.yaml': fault('StressChaos', '  stressors: { cpu: { workers: 1 } }\n')
        })
      )
    ).toEqual(['a.yaml:4:1 duration/missing'])
    expect(
      errorsOf(
        await inspectTexts({
          'a.yaml': fault('StressChaos', '  stressors: { cpu: { workers: 1 } }\n  duration: 1d\n')
        })
      )
    ).toEqual(['a.yaml:8:13 duration/invalid'])
  })

  it('names the actions of kinds that have no action field', async () => {
    const e = experimentNamed(
      await inspectTexts({
        'a.yaml': fault(
          'HTTPChaos',
          '  target: Request\n  port: 80\n  abort: true\n  duration: 1m\n'
        )
      }),
      'f'
    )
    expect(e.action).toBe('abort')
  })

  it('refuses a Schedule with no Experiment to bound it', async () => {
    const schedule = `apiVersion: chaos-mesh.org/v1alpha1\nkind: Schedule\nmetadata: { name: s, namespace: staging }\nspec:\n  schedule: '@every 1m'\n  type: PodChaos\n  podChaos: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n`
    expect(errorsOf(await inspectTexts({ 'a.yaml': schedule }))).toEqual([
      'a.yaml:5:13 duration/missing'
    ])
  })
})

describe('Chaos Mesh workflows', () => {
  it('bounds a workflow by its deadlines: Serial adds, Parallel takes the longest, a deadline caps', async () => {
    const e = experimentNamed(
      await inspect(['test/fixtures/manifests/workflow.yaml']),
      'serial-then-parallel'
    )
    expect(e.durationMs).toBe(30_000 + 45_000)
    expect(e.targets).toBeUndefined()
  })

  it('checks every fault template against the policy', async () => {
    const result = await inspect(['test/fixtures/manifests/workflow.yaml'], {
      policy: 'blastRadius: { forbiddenKinds: [StressChaos] }'
    })
    expect(errorsOf(result)).toEqual(['test/fixtures/manifests/workflow.yaml:26:7 policy/kind'])
  })

  it('reports an unknown entry, an unknown child and a chaos template nothing bounds', async () => {
    const workflow = `apiVersion: chaos-mesh.org/v1alpha1
kind: Workflow
metadata: { name: w, namespace: staging }
spec:
  entry: main
  templates:
    - { name: start, templateType: Serial, children: [delay, nowhere] }
    - name: delay
      templateType: NetworkChaos
      networkChaos: { action: delay, mode: one, selector: { labelSelectors: { app: a } }, delay: { latency: 1ms } }
`
    expect(errorsOf(await inspectTexts({ 'a.yaml': workflow }))).toEqual([
      'a.yaml:5:10 chaos-mesh/workflow',
      'a.yaml:8:7 duration/missing'
    ])
  })
})
