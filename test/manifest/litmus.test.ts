import { errorsOf, experimentNamed, inspectTexts } from './inspect'

interface EngineOptions {
  readonly experiment?: string
  readonly env?: Readonly<Record<string, string | number>>
  readonly appinfo?: string
  readonly extra?: string
}

function engine({
  experiment = 'pod-delete',
  env = {},
  appinfo = '{ appns: staging, applabel: app=cart, appkind: deployment }',
  extra = ''
}: EngineOptions = {}): string {
  const vars = Object.entries(env)
    .map(
      ([name, value]) =>
        `            - { name: ${name}, value: ${typeof value === 'number' ? value : `'${value}'`} }`
    )
    .join('\n')
  return `apiVersion: litmuschaos.io/v1alpha1
kind: ChaosEngine
metadata:
  name: eng
  namespace: staging
spec:
  appinfo: ${appinfo}
  chaosServiceAccount: sa
${extra}  experiments:
    - name: ${experiment}
      spec:
        components:
          env:
${vars || '            []'}
`.replace('env:\n            []', 'env: []')
}

describe('Litmus ChaosEngine targets', () => {
  it('defaults to one pod of the application, as litmus-go does', async () => {
    const e = experimentNamed(await inspectTexts({ 'e.yaml': engine() }), 'eng')
    expect(e).toMatchObject({
      backend: 'litmus',
      kind: 'ChaosEngine',
      action: 'pod-delete',
      namespace: 'staging'
    })
    expect(e.targets).toMatchObject({
      resource: 'pod',
      namespaces: ['staging'],
      labelSelector: 'app=cart',
      mode: { kind: 'count', count: 1 }
    })
    expect(e.durationMs).toBeUndefined()
  })

  it('reads PODS_AFFECTED_PERC as a percentage and TARGET_PODS as named pods', async () => {
    const percent = experimentNamed(
      await inspectTexts({ 'e.yaml': engine({ env: { PODS_AFFECTED_PERC: '40' } }) }),
      'eng'
    )
    expect(percent.targets?.mode).toEqual({ kind: 'percent', percent: 40 })
    const named = experimentNamed(
      await inspectTexts({ 'e.yaml': engine({ env: { TARGET_PODS: 'cart-1, cart-2' } }) }),
      'eng'
    )
    expect(named.targets).toMatchObject({
      podNames: ['cart-1', 'cart-2'],
      mode: { kind: 'count', count: 2 }
    })
  })

  it('targets nodes for node faults and outside things for cloud faults', async () => {
    const node = experimentNamed(
      await inspectTexts({
        'e.yaml': engine({ experiment: 'node-cpu-hog', env: { NODES_AFFECTED_PERC: '10' } })
      }),
      'eng'
    )
    expect(node.targets).toMatchObject({
      resource: 'node',
      namespaces: [],
      mode: { kind: 'percent', percent: 10 }
    })
    const cloud = experimentNamed(
      await inspectTexts({ 'e.yaml': engine({ experiment: 'ec2-stop-by-id', appinfo: '{}' }) }),
      'eng'
    )
    expect(cloud.targets).toMatchObject({ resource: 'external', mode: { kind: 'unknown' } })
  })

  it('refuses an engine that selects no pods, or names no target namespace', async () => {
    expect(
      errorsOf(await inspectTexts({ 'e.yaml': engine({ appinfo: "{ appns: '', applabel: '' }" }) }))
    ).toEqual(['e.yaml:7:3 litmus/no-target'])
    expect(
      errorsOf(await inspectTexts({ 'e.yaml': engine({ appinfo: '{ applabel: app=cart }' }) }))
    ).toEqual(['e.yaml:7:3 litmus/appns'])
  })
})

describe('Litmus ChaosEngine fields', () => {
  it('reads TOTAL_CHAOS_DURATION as seconds', async () => {
    const e = experimentNamed(
      await inspectTexts({ 'e.yaml': engine({ env: { TOTAL_CHAOS_DURATION: '45' } }) }),
      'eng'
    )
    expect(e.durationMs).toBe(45_000)
  })

  it.each([
    [{ TOTAL_CHAOS_DURATION: '60s' }, 'e.yaml:14:52 duration/invalid'],
    [{ TOTAL_CHAOS_DURATION: 60 }, 'e.yaml:14:52 litmus/env-type'],
    [{ PODS_AFFECTED_PERC: '120' }, 'e.yaml:14:50 litmus/percentage']
  ])('rejects env %j', async (env, expected) => {
    expect(errorsOf(await inspectTexts({ 'e.yaml': engine({ env }) }))).toEqual([expected])
  })

  it('refuses engineState stop, a missing service account, and an invalid appkind', async () => {
    const text = engine({
      extra: '  engineState: stop\n',
      appinfo: '{ appns: staging, applabel: app=cart, appkind: pod }'
    }).replace('  chaosServiceAccount: sa\n', '')
    expect(errorsOf(await inspectTexts({ 'e.yaml': text }))).toEqual([
      'e.yaml:6:1 litmus/service-account',
      'e.yaml:7:59 litmus/appinfo',
      'e.yaml:8:16 litmus/engine-state'
    ])
  })

  it('writes the wrapping Experiment duration into TOTAL_CHAOS_DURATION', async () => {
    const inner = engine()
      .replace('apiVersion: litmuschaos.io/v1alpha1\n', '')
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')
    const wrapped = `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata: { name: wrapped }\nspec:\n  duration: 90s\n  fault:\n    apiVersion: litmuschaos.io/v1alpha1\n${inner}`
    const e = experimentNamed(await inspectTexts({ 'e.yaml': wrapped }), 'wrapped')
    expect(e.durationMs).toBe(90_000)
    const env = e.fault.kind === 'kube-object' ? JSON.stringify(e.fault.object.spec) : ''
    expect(env).toContain('{"name":"TOTAL_CHAOS_DURATION","value":"90"}')
  })

  it('warns about fields current Litmus ignores', async () => {
    const text = engine({ extra: "  annotationCheck: 'true'\n" }).replace(
      '  namespace: staging\n',
      '  namespace: staging\n  annotations: { probeRef: \'[{"name":"p"}]\' }\n'
    )
    const result = await inspectTexts({ 'e.yaml': text })
    expect(result.issues.map((i) => `${i.line}:${i.col} ${i.severity} ${i.code}`)).toEqual([
      '6:28 warning litmus/probe-ref',
      '10:20 warning litmus/legacy-field'
    ])
  })
})

describe('Litmus probes', () => {
  const withProbe = (runProperties: string): string =>
    engine().replace(
      '        components:',
      `        probe:\n          - name: up\n            type: httpProbe\n            mode: Edge\n            httpProbe/inputs: { url: http://cart:8080, method: { get: { criteria: ==, responseCode: '200' } } }\n            runProperties: ${runProperties}\n        components:`
    )

  it('accepts the current string form', async () => {
    expect(
      errorsOf(
        await inspectTexts({
          'e.yaml': withProbe('{ probeTimeout: 2s, interval: 500ms, retry: 1 }')
        })
      )
    ).toEqual([])
  })

  it('rejects the Litmus 2 number form with the fix, and missing required fields', async () => {
    const result = await inspectTexts({ 'e.yaml': withProbe('{ probeTimeout: 5, retry: one }') })
    expect(
      result.issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.code}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`)
    ).toEqual([
      "litmus/probe: probe 'up' runProperties needs interval (a string duration such as '5s')",
      "litmus/probe: probe 'up' runProperties.probeTimeout is the number 5, but the current ChaosEngine CRD requires a string (Write probeTimeout: '5s' (Litmus 3 reads it as a duration with a unit).)",
      "litmus/probe: probe 'up' runProperties.retry must be a whole number; got 'one'"
    ])
  })
})
