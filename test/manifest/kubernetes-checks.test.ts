/**
 * `kubernetes` checks in an Experiment: read into CheckSpecs with source `kubernetes`, and a
 * malformed function, target or guard refused at load with file:line:col, what was expected, and
 * no PromQL error for text that is not PromQL.
 */
import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (checks: string): string =>
  `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: e1
  namespace: staging
spec:
  podKill: { selector: app=checkout }
  steadyState:
    checks:
${checks}`

describe('kubernetes checks', () => {
  it('become checks measured by the kubernetes source, guards in the same language', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        [
          '      - { name: ready, kubernetes: readyRatio(deployment/checkout), threshold: { min: 1 } }',
          '      - name: restarts',
          '        kubernetes: restarts({app=checkout,tier in (web)})',
          '        threshold: { max: 0 }',
          '        guard: { query: readyReplicas(deployment/checkout), min: 1 }'
        ].join('\n') + '\n'
      )
    })
    expect(errorsOf(result)).toEqual([])
    const checks = experimentNamed(result, 'e1').steadyState?.checks
    expect(checks?.map((c) => [c.name, c.source, c.query, c.guard?.query])).toEqual([
      ['ready', 'kubernetes', 'readyRatio(deployment/checkout)', undefined],
      [
        'restarts',
        'kubernetes',
        'restarts({app=checkout,tier in (web)})',
        'readyReplicas(deployment/checkout)'
      ]
    ])
  })

  it('a malformed query or guard fails validation where it is written, saying what was expected', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        [
          '      - { name: a, kubernetes: ready(deployment/checkout), threshold: { min: 1 } }',
          "      - { name: b, kubernetes: 'readyReplicas({app=checkout})', threshold: { min: 1 } }",
          '      - name: c',
          '        kubernetes: notReady(deployment/checkout, soon)',
          '        threshold: { max: 0 }',
          "        guard: { query: 'sum(up)', min: 1 }",
          "      - { name: d, kubernetes: 'restarts(x)', query: 'up', threshold: { max: 0 } }"
        ].join('\n') + '\n'
      )
    })
    expect(errorsOf(result)).toEqual([
      'e.yaml:10:32 steady-state/kubernetes-query',
      'e.yaml:11:32 steady-state/kubernetes-query',
      'e.yaml:13:21 steady-state/kubernetes-query',
      'e.yaml:15:25 steady-state/kubernetes-query',
      'e.yaml:16:9 steady-state/source'
    ])
    const [unknown] = result.issues
    expect(unknown?.message).toContain("unknown kubernetes function 'ready'")
    expect(unknown?.hint).toContain('readyReplicas, readyRatio, restarts, notReady, warningEvents')
  })
})
