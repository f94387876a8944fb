/**
 * `datadog` checks in an Experiment: they need steadyState.datadog, and a malformed query (unbalanced
 * brackets, no metric, an unknown aggregator, a metric without a scope) fails validation.
 */
import {
  datadogFormulaProblem,
  datadogQueryProblem
} from '../../src/manifest/queries/datadog-query'
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
      timeoutMs: 10_000,
      api: 'v1'
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

  it('take queries and a formula for the v2 timeseries API, each name checked', async () => {
    const check = (name: string, queries: string, formula: string): string =>
      [
        `      - name: ${name}`,
        '        datadog:',
        `          queries: { ${queries} }`,
        `          formula: ${formula}`,
        '        threshold: { max: 0.02 }'
      ].join('\n') + '\n'
    const good = await inspectTexts({
      'e.yaml': experiment(
        DATADOG,
        check(
          'ratio',
          "errors: 'sum:trace.errors{service:checkout}.as_count()', hits: 'sum:trace.hits{service:checkout}.as_count()'",
          'errors / hits'
        )
      )
    })
    expect(errorsOf(good)).toEqual([])
    expect(experimentNamed(good, 'e1').steadyState?.checks[0]).toMatchObject({
      source: 'datadog',
      query: 'errors / hits',
      datadog: {
        queries: {
          errors: 'sum:trace.errors{service:checkout}.as_count()',
          hits: 'sum:trace.hits{service:checkout}.as_count()'
        },
        formula: 'errors / hits'
      }
    })
    const typo = await inspectTexts({
      'e.yaml': experiment(
        DATADOG,
        check('typo', "errors: 'sum:trace.errors{service:checkout'", 'errors / hitz')
      )
    })
    expect(errorsOf(typo)).toEqual([
      'e.yaml:13:30 steady-state/datadog-query',
      'e.yaml:14:20 steady-state/datadog-query'
    ])
  })

  it.each([
    [{ queries: { a: 'avg:x{*}' }, formula: 'a * 100' }, undefined],
    [{ queries: { a: 'avg:x{*}' }, formula: 'per_second(a)' }, undefined],
    [{ queries: {}, formula: 'a' }, 'no queries for the formula'],
    [{ queries: { A: 'avg:x{*}' }, formula: 'A' }, "'A' is not a query name Datadog accepts"],
    [{ queries: { a: 'avg:x{*}' }, formula: 'a / b' }, "'b' is not one of the check's queries"],
    [{ queries: { a: 'avg:x{*}' }, formula: '(a' }, "'(' is never closed"]
  ])('formula %j: %s', (f, problem) => {
    expect(datadogFormulaProblem(f)?.message).toBe(problem)
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
