/**
 * The `steadyState:` block of an Experiment (docs/manifests.md, `steadyState`), defined once with its
 * defaults and descriptions. steady-state-spec.ts turns the parsed block into the model.
 */
import { z } from 'zod'

import { duration } from '../schema-primitives'
import { checkSchema, checkTuning } from './check-schema'

/** The `steadyState:` block, built on first use like the Experiment schema (experiment-schema.ts). */
export const steadyStateSchema = z.lazy(() =>
  z
    .strictObject({
      prometheus: z
        .strictObject({
          url: z.string().min(1).describe('Base URL of the Prometheus HTTP API.'),
          headers: z
            .record(z.string(), z.string())
            .default({})
            .describe('Sent with every query (secrets: use ${ENV}).'),
          timeout: duration('Client-side timeout per request.').default('10s'),
          retries: z
            .int()
            .min(0)
            .max(10)
            .default(2)
            .describe('Retries per measurement, transient errors only.'),
          strictWarnings: z
            .boolean()
            .default(false)
            .describe('Treat an answer with warnings (partial data) as an error.'),
          insecureSkipVerify: z.boolean().default(false),
          caFile: z.string().optional(),
          bearerToken: z
            .union([
              z.strictObject({ file: z.string().min(1).describe('A file holding the token.') }),
              z.strictObject({
                command: z
                  .array(z.string().min(1))
                  .min(1)
                  .describe(
                    "A command printing the token, such as ['gcloud', 'auth', 'print-access-token']."
                  )
              })
            ])
            .optional()
            .describe(
              'For managed Prometheus (Google, Azure): a token read when each experiment starts, sent as Authorization: Bearer and masked.'
            ),
          sigv4: z
            .strictObject({
              region: z
                .string()
                .optional()
                .describe("The workspace's region; unset, the AWS SDK default chain's."),
              service: z.string().default('aps').describe('The signing name: aps.')
            })
            .optional()
            .describe(
              'Amazon Managed Service for Prometheus: sign every query with SigV4, credentials from the AWS SDK default chain (OIDC on GitHub).'
            ),
          scrapeInterval: duration(
            "The targets' scrape interval; windows the gate computes are at least twice it (default 1m)."
          ).optional()
        })
        .optional()
        .describe('Where `query` checks are measured; defaults to the prometheus-url setting.'),
      probe: z
        .strictObject({
          url: z
            .string()
            .min(1)
            .describe('Absolute URL, or a path on the local fault proxy for httpProxy faults.'),
          method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
          rate: z.number().positive().max(1000).default(5).describe('Requests per second.'),
          timeout: duration('Per-request timeout.').default('2s'),
          okStatus: z
            .array(z.union([z.int().min(100).max(599), z.string().regex(/^[1-5]\d\d-[1-5]\d\d$/)]))
            .min(1)
            .default(['200-399'])
            .describe("Statuses that count as good: codes or ranges like '200-399'."),
          headers: z.record(z.string(), z.string()).default({})
        })
        .optional()
        .describe('Load the gate sends to measure `metric` checks.'),
      datadog: z
        .strictObject({
          site: z
            .string()
            .default('datadoghq.com')
            .describe(
              'The Datadog site: datadoghq.com, datadoghq.eu, us3.datadoghq.com, ap1.datadoghq.com, …'
            ),
          url: z
            .string()
            .optional()
            .describe('Overrides https://api.<site>: a proxy in front of the Datadog API.'),
          apiKey: z
            .string()
            .describe(
              'Secret: use ${DD_API_KEY:-} (empty validates, so a pull request without secrets can run validate; a run refuses it).'
            ),
          appKey: z.string().describe('Secret (application key): use ${DD_APP_KEY:-}.'),
          timeout: duration('Client-side timeout per request.').default('10s'),
          api: z
            .enum(['v1', 'v2'])
            .default('v1')
            .describe(
              'v1: GET /api/v1/query; v2: the timeseries API (POST /api/v2/query/timeseries). A check with a formula always uses v2.'
            )
        })
        .optional()
        .describe('Where `datadog` checks are measured (the metrics query APIs).'),
      cloudwatch: z
        .strictObject({
          region: z
            .string()
            .optional()
            .describe("Unset: the AWS SDK default chain's (AWS_REGION, the profile)."),
          url: z
            .string()
            .optional()
            .describe(
              'Overrides the regional endpoint (a VPC endpoint); else AWS_ENDPOINT_URL_CLOUDWATCH.'
            ),
          timeout: duration('Client-side timeout per GetMetricData call.').default('10s'),
          maxAttempts: z
            .int()
            .min(1)
            .max(10)
            .default(3)
            .describe('Attempts per call; the SDK retries throttling and 5xx with back-off.')
        })
        .optional()
        .describe(
          'Where `cloudwatch` checks are measured (GetMetricData). Credentials come only from the AWS SDK default chain: on GitHub, aws-actions/configure-aws-credentials with OIDC.'
        ),
      load: z
        .strictObject({
          url: z.string().min(1).describe('Absolute http:// or https:// URL the load is sent to.'),
          method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
          rate: z.number().positive().max(1000).describe('Requests per second.'),
          timeout: duration('Per-request timeout.').default('5s'),
          okStatus: z
            .array(z.union([z.int().min(100).max(599), z.string().regex(/^[1-5]\d\d-[1-5]\d\d$/)]))
            .min(1)
            .default(['200-399'])
            .describe(
              "Statuses counted as answered well in the report: codes or ranges like '200-399'."
            ),
          headers: z
            .record(z.string(), z.string())
            .default({})
            .describe('Sent with every request (secrets: use ${ENV}); never logged or reported.')
        })
        .optional()
        .describe(
          'Steady traffic from before the baseline until cleanup, so checks of any source see requests on a quiet system. The report says how many requests it sent.'
        ),
      defaults: z
        .strictObject({
          interval: duration('Time between measurements during the fault and in recovery.').default(
            '15s'
          ),
          minSamples: z
            .int()
            .min(1)
            .default(2)
            .describe('Conclusive measurements required per gated phase.'),
          ...checkTuning
        })
        .default({ interval: '15s', minSamples: 2 })
        .describe('Inherited by every check.'),
      phases: z
        .strictObject({
          before: z
            .strictObject({
              samples: z.int().min(1).default(3),
              spacing: duration('Time between samples.').default('20s')
            })
            .default({ samples: 3, spacing: '20s' }),
          during: z
            .strictObject({ abortOnFail: z.boolean().default(true) })
            .default({ abortOnFail: true }),
          after: z
            .strictObject({
              settle: duration('Wait after the fault before measuring recovery.').default('30s'),
              timeout: duration('Recovery must happen within this.').default('5m')
            })
            .default({ settle: '30s', timeout: '5m' })
        })
        .default({
          before: { samples: 3, spacing: '20s' },
          during: { abortOnFail: true },
          after: { settle: '30s', timeout: '5m' }
        }),
      verdict: z
        .strictObject({
          inconclusive: z
            .enum(['fail', 'warn'])
            .default('fail')
            .describe('Fail closed unless relaxed.'),
          warn: z.enum(['pass', 'fail']).default('pass')
        })
        .default({ inconclusive: 'fail', warn: 'pass' }),
      checks: z.array(checkSchema).default([])
    })
    .describe('How the gate decides the system is healthy before, during and after the fault.')
)

/** The parsed `steadyState:` block, defaults applied. */
export type SteadyStateInput = z.output<typeof steadyStateSchema>

/** One parsed check. */
export type CheckInput = SteadyStateInput['checks'][number]
