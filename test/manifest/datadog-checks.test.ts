/**
 * `datadog` checks in an Experiment: they need steadyState.datadog, and a malformed query (unbalanced
 * brackets, no metric, an unknown aggregator, a metric without a scope) fails validation.
 */
import { datadogQueryProblem } from '../../src/manifest/queries/datadog-query'
import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (block: string, checks: string): string =>
  `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: e1
  namespace: staging
spec:
  podKill: { selector: app=checkout }
  steadyState:
${block}    checks:
${checks}`

const DATADOG = '    datadog: { site: datadoghq.eu, apiKey: k, appKey: a }\n'

describe('datadog checks', () => {
  it('are measured through steadyState.datadog, with its defaults', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        DATADOG,
        "      - { name: errors, datadog: 'sum:trace.http.request.errors{service:checkout}.as_rate() / sum:trace.http.request.hits{service:checkout}.as_rate()', threshold: { max: 0.02 } }\n"
      )
    })
    expect(errorsOf(result)).toEqual([])
    const spec = experimentNamed(result, 'e1').steadyState
    expect(spec?.checks[0]?.source).toBe('datadog')
    expect(spec?.datadog).toEqual({
      site: 'datadoghq.eu',
      apiKey: 'k',
      appKey: 'a',
      timeoutMs: 10_000
    })
  })

  it('need steadyState.datadog, and a query Datadog could parse', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        '',
        [
          "      - { name: a, datadog: 'avg:system.cpu.user{*}', threshold: { max: 1 } }",
          "      - { name: b, datadog: 'avg:system.cpu.user{env:staging', threshold: { max: 1 } }"
        ].join('\n') + '\n'
      )
    })
    expect(errorsOf(result)).toEqual([
      'e.yaml:10:9 steady-state/no-datadog',
      'e.yaml:11:9 steady-state/no-datadog',
      'e.yaml:11:29 steady-state/datadog-query'
    ])
  })

  it.each([
    ['avg:system.cpu.user{*}', undefined],
    ['p99:trace.http.request.duration{service:checkout}', undefined],
    ['top(avg:a.b{*} by {host}, 5, "mean", "desc")', undefined],
    ['', 'the query is empty'],
    ['avg:a.b{*}}', "unbalanced '}'"],
    ['(avg:a.b{*}', "'(' is never closed"],
    ['system.cpu.user', 'no metric in the query'],
    ['mean:a.b{*}', "'mean' is not a space aggregator"],
    ['avg:a.b', "metric 'a.b' has no scope"]
  ])('%s: %s', (query, problem) => {
    expect(datadogQueryProblem(query)?.message).toBe(problem)
  })
})
