/**
 * `cloudwatch` checks in an Experiment: they need steadyState.cloudwatch, and a malformed question
 * (a metric id GetMetricData refuses, an unknown statistic, a period CloudWatch does not have, an
 * expression naming a metric the check does not define or an unknown function, unbalanced
 * brackets) fails validation, with the line and column of the field.
 */
import { cloudWatchQueryProblems } from '../../src/manifest/queries/cloudwatch-query'
import type { CloudWatchQuery } from '../../src/manifest/steady-state-model'
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

const CLOUDWATCH = '    cloudwatch: { region: eu-west-1 }\n'
const ALB = 'namespace: AWS/ApplicationELB, dimensions: { LoadBalancer: app/checkout/1 }, stat: Sum'

describe('cloudwatch checks', () => {
  it('are measured through steadyState.cloudwatch, with its defaults', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        CLOUDWATCH,
        [
          '      - name: errors',
          '        cloudwatch:',
          '          metrics:',
          `            errors: { metric: HTTPCode_Target_5XX_Count, ${ALB} }`,
          `            requests: { metric: RequestCount, ${ALB} }`,
          '          expression: errors / requests',
          `        guard: { cloudwatch: { metrics: { requests: { metric: RequestCount, ${ALB} } } }, min: 10 }`,
          '        threshold: { max: 0.02 }'
        ].join('\n') + '\n'
      )
    })
    expect(errorsOf(result)).toEqual([])
    const spec = experimentNamed(result, 'e1').steadyState
    const check = spec?.checks[0]
    expect(check).toMatchObject({ source: 'cloudwatch', query: 'errors / requests' })
    expect(check?.cloudwatch).toEqual({
      metrics: {
        errors: {
          namespace: 'AWS/ApplicationELB',
          name: 'HTTPCode_Target_5XX_Count',
          dimensions: { LoadBalancer: 'app/checkout/1' },
          stat: 'Sum'
        },
        requests: {
          namespace: 'AWS/ApplicationELB',
          name: 'RequestCount',
          dimensions: { LoadBalancer: 'app/checkout/1' },
          stat: 'Sum'
        }
      },
      expression: 'errors / requests',
      periodSeconds: 60
    })
    expect(check?.guard).toMatchObject({
      query: 'Sum(AWS/ApplicationELB RequestCount{LoadBalancer=app/checkout/1})',
      min: 10
    })
    expect(spec?.cloudwatch).toEqual({ region: 'eu-west-1', timeoutMs: 10_000, maxAttempts: 3 })
  })

  it('need steadyState.cloudwatch, and a question CloudWatch would accept', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        '',
        [
          `      - { name: a, cloudwatch: { metrics: { cpu: { namespace: AWS/EC2, metric: CPUUtilization } } }, threshold: { max: 80 } }`,
          `      - { name: b, cloudwatch: { metrics: { cpu: { namespace: AWS/EC2, metric: CPUUtilization, stat: Mean } }, expression: 'cpu * 100' }, threshold: { max: 80 } }`,
          `      - { name: c, cloudwatch: { metrics: { cpu: { namespace: AWS/EC2, metric: CPUUtilization } }, expression: 'cpu / mem' }, threshold: { max: 80 } }`
        ].join('\n') + '\n'
      )
    })
    expect(errorsOf(result)).toEqual([
      'e.yaml:10:9 steady-state/no-cloudwatch',
      'e.yaml:11:9 steady-state/no-cloudwatch',
      expect.stringMatching(/^e\.yaml:11:\d+ steady-state\/cloudwatch-query$/),
      'e.yaml:12:9 steady-state/no-cloudwatch',
      expect.stringMatching(/^e\.yaml:12:\d+ steady-state\/cloudwatch-query$/)
    ])
  })

  const metric = { namespace: 'AWS/EC2', name: 'CPUUtilization', dimensions: {}, stat: 'Average' }
  const q = (more: Partial<CloudWatchQuery>): CloudWatchQuery => ({
    metrics: { cpu: metric },
    periodSeconds: 60,
    ...more
  })
  it.each([
    [q({}), undefined],
    [q({ expression: 'FILL(cpu, 0) * 100' }), undefined],
    [q({ expression: "SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average')" }), undefined],
    [q({ expression: 'SELECT AVG(CPUUtilization) FROM SCHEMA("AWS/EC2", InstanceId)' }), undefined],
    [q({ metrics: { cpu: { ...metric, stat: 'p99.9' } } }), undefined],
    [q({ metrics: {} }), 'no metric'],
    [q({ metrics: { CPU: metric } }), "'CPU' is not a metric id CloudWatch accepts"],
    [q({ metrics: { value: metric } }), "'value' is the id the gate gives the check's answer"],
    [q({ metrics: { cpu: { ...metric, stat: 'Mean' } } }), "'Mean' is not a CloudWatch statistic"],
    [
      q({ metrics: { cpu: metric, mem: metric } }),
      '2 metrics and no expression, so nothing says which is the value'
    ],
    [q({ periodSeconds: 90 }), 'a period of 90s'],
    [q({ expression: '' }), "the expression is empty (at character 1 of '')"],
    [
      q({ expression: 'cpu / mem' }),
      "'mem' is not one of the check's metrics (at character 7 of 'cpu / mem')"
    ],
    [
      q({ expression: 'AVERAGE(cpu)' }),
      "'AVERAGE' is not a metric math function (at character 1 of 'AVERAGE(cpu)')"
    ],
    [q({ expression: 'SUM(cpu' }), "'(' is never closed (at character 4 of 'SUM(cpu')"],
    [q({ expression: 'cpu)' }), "unbalanced ')' (at character 4 of 'cpu)')"],
    [q({ expression: 'cpu ; 1' }), "unexpected ';' (at character 5 of 'cpu ; 1')"]
  ])('%j: %s', (query, problem) => {
    expect(cloudWatchQueryProblems(query)[0]?.message).toBe(problem)
  })
})
