/**
 * One steady-state check of the `steadyState:` block (docs/manifests.md, `steadyState`): its source, its rules
 * and the tuning it may override from `defaults`.
 */
import { z } from 'zod'

import { PROBE_METRICS } from '../../steady-state-model'
import { duration, fraction } from '../schema-primitives'

/** Per-check settings that `defaults` sets for every check and a check may override. */
export const checkTuning = {
  window: duration('Substituted into {{window}}; also the probe aggregation window.').optional(),
  breaches: z
    .int()
    .min(1)
    .optional()
    .describe('Fail when this many of the last `of` conclusive measurements breached.'),
  of: z
    .int()
    .min(1)
    .optional()
    .describe('How many recent conclusive measurements the breach rule looks at.'),
  errorLimit: z
    .int()
    .min(0)
    .optional()
    .describe('More consecutive error/no-data measurements than this make the check inconclusive.'),
  noData: z
    .enum(['pass', 'warn', 'fail', 'inconclusive'])
    .optional()
    .describe('What a measurement with no data counts as.'),
  series: z
    .enum(['each', 'single'])
    .optional()
    .describe('`each`: every series must hold; `single`: more than one series is an error.')
}

/**
 * One check, built on first use (z.lazy) like every block of the Experiment schema
 * (experiment-schema.ts): a run whose manifests have no checks never builds it.
 */
export const checkSchema = z.lazy(() => {
  const bounds = z
    .strictObject({
      min: z.number().optional().describe('Lowest acceptable value (inclusive).'),
      max: z.number().optional().describe('Highest acceptable value (inclusive).')
    })
    .describe('Inclusive bounds; either side may be left out.')

  const metric = z
    .enum(PROBE_METRICS)
    .describe('A metric the HTTP probe computes per window (latencies in milliseconds).')

  const promql = z
    .string()
    .min(1)
    .describe('PromQL. May use {{window}}, {{start}}, {{end}} and {{duration}}.')

  const phase = z.enum(['before', 'during', 'after'])

  const cloudwatch = z
    .strictObject({
      metrics: z
        .record(
          z.string(),
          z.strictObject({
            namespace: z.string().min(1).describe('Such as AWS/ApplicationELB.'),
            metric: z.string().min(1).describe('The metric name, such as RequestCount.'),
            dimensions: z.record(z.string(), z.string()).default({}),
            stat: z
              .string()
              .min(1)
              .default('Average')
              .describe('Average, Sum, Minimum, Maximum, SampleCount, or a percentile such as p99.')
          })
        )
        .describe('Metrics by id (a lower-case letter, then letters, digits or _).'),
      expression: z
        .string()
        .optional()
        .describe(
          'Metric math over the ids, such as 100 * errors / requests; without it the one metric is the value.'
        ),
      period: duration('The period of each point (1s, 5s, 10s, 30s or a multiple of 60s).').default(
        '1m'
      )
    })
    .describe('A CloudWatch GetMetricData question measured through steadyState.cloudwatch.')

  return z
    .strictObject({
      name: z.string().min(1).describe('Unique within the experiment; shown in reports.'),
      query: promql.optional().describe('PromQL measured by Prometheus.'),
      metric: metric.optional(),
      kubernetes: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Measured by the Kubernetes API: readyReplicas(deployment/NAME), readyRatio(statefulset/NAME), restarts(TARGET), notReady(TARGET, 30s) or warningEvents(TARGET[, BackOff|Unhealthy]); TARGET is kind/NAME or {label selector}, optionally after NAMESPACE/.'
        ),
      datadog: z
        .union([
          z.string().min(1),
          z.strictObject({
            queries: z
              .record(z.string(), z.string().min(1))
              .describe(
                'Metric queries by name, such as errors: sum:trace.http.request.errors{*}.'
              ),
            formula: z.string().min(1).describe('The value, over the names: errors / hits.')
          })
        ])
        .optional()
        .describe(
          'A Datadog metric query over the check window, such as avg:trace.http.request.errors{service:checkout}.as_rate(), or queries and a formula (the v2 timeseries API); measured through steadyState.datadog.'
        ),
      cloudwatch: cloudwatch.optional(),
      threshold: bounds.optional().describe('Breach when the value is outside these bounds.'),
      warn: bounds
        .optional()
        .describe('Inside the threshold but outside these bounds is a warning (the grey zone).'),
      relative: z
        .strictObject({
          to: z
            .literal('before')
            .default('before')
            .describe('The baseline: the median of the `before` samples per series.'),
          maxIncrease: fraction('Breach above baseline × (1 + this).').optional(),
          maxDecrease: fraction('Breach below baseline × (1 - this).').optional(),
          slack: z
            .number()
            .min(0)
            .default(0)
            .describe('Absolute allowance, so a tiny baseline cannot make any change a breach.')
        })
        .optional()
        .describe('Compare with the pre-fault baseline.'),
      slo: z
        .strictObject({
          objective: fraction('Target availability, such as 0.999 or 99.9%.'),
          errorRatio: z
            .string()
            .min(1)
            .describe('PromQL (or a probe metric) giving the error ratio; may use {{window}}.'),
          period: duration('The SLO period the error budget belongs to.').default('30d'),
          burnRate: z
            .array(
              z.strictObject({
                long: z
                  .literal('sinceFault')
                  .default('sinceFault')
                  .describe('The long window: time since the fault started.'),
                short: duration('The short window.'),
                max: z
                  .number()
                  .positive()
                  .describe('Breach when both windows burn faster than this.')
              })
            )
            .default([{ long: 'sinceFault', short: '2m', max: 14.4 }]),
          maxBudgetSpend: fraction(
            'Fail when the experiment spent more than this share of the budget.'
          ).optional()
        })
        .optional()
        .describe('SLO burn rate over the fault window.'),
      guard: z
        .strictObject({
          query: z
            .string()
            .min(1)
            .optional()
            .describe(
              'PromQL, or for a kubernetes check a kubernetes function, that must hold for a measurement to count.'
            ),
          metric: metric.optional(),
          cloudwatch: cloudwatch.optional(),
          min: z.number().optional(),
          max: z.number().optional()
        })
        .optional()
        .describe(
          'A companion measurement (minimum traffic); when unmet the measurement is no-data.'
        ),
      phases: z
        .array(phase)
        .min(1)
        .optional()
        .describe('Phases the check gates; default all three.'),
      dryRun: z.boolean().default(false).describe('Evaluate and report, never affect the verdict.'),
      ...checkTuning
    })
    .describe(
      'One steady-state check. Give exactly one of `query`, `metric`, `kubernetes`, `datadog`, `cloudwatch` or `slo`.'
    )
})
