/**
 * The `Experiment` kind (apiVersion chaos-gate.dev/v1alpha1), defined once: validation, defaults
 * and descriptions. schema/experiment.schema.json is generated from it (`npm run schema`).
 */
import { z } from 'zod'

import { BACKEND_KINDS } from '../model'
import { gremlinSchema } from './gremlin-schema'
import { dnsLabel, duration, percent } from './schema-primitives'
import { steadyStateSchema } from './steady-state/steady-state-schema'
import { toxiproxySchema } from './toxiproxy-schema'

/*
 * Nothing here is built when the module loads: each block is a z.lazy, built on first use. zod
 * builds every key's schema on an object's first parse, so the first Experiment document builds
 * them all; a run without one (Litmus, Chaos Mesh) builds none, which saved it about 20 ms of a
 * cold start (docs/performance.md, "Cold start").
 */

const labelMap = (): z.ZodRecord<z.ZodString, z.ZodString> => z.record(z.string(), z.string())

const httpProxy = z.lazy(() =>
  z
    .strictObject({
      // A refinement, not a pattern: editors see the value before ${VAR} interpolation.
      upstream: z
        .string()
        .refine((url) => /^https?:\/\/[^\s/]+/.test(url), {
          error: 'must be an http:// or https:// URL'
        })
        .describe('The service under test; the proxy forwards to it. ${VAR} works here.'),
      listen: z
        .strictObject({
          host: z.string().min(1).default('127.0.0.1').describe('Address the proxy listens on.'),
          port: z.int().min(0).max(65535).default(0).describe('Port; 0 picks a free one.')
        })
        .default({ host: '127.0.0.1', port: 0 }),
      paths: z
        .array(z.string().startsWith('/', { error: "must start with '/'" }))
        .default([])
        .describe(
          'Only requests whose path starts with one of these are faulted; empty means all.'
        ),
      latency: z
        .strictObject({
          fixed: duration('Delay added to each faulted request.'),
          jitter: duration('Random extra delay, up to this much.').default('0s'),
          percent: percent('Share of requests delayed.').default(100)
        })
        .optional(),
      error: z
        .strictObject({
          status: z
            .int()
            .min(100)
            .max(599)
            .default(503)
            .describe('HTTP status returned instead of forwarding.'),
          percent: percent('Share of requests answered with the error.').default(100),
          body: z.string().default('').describe('Response body of the injected error.')
        })
        .optional(),
      reset: z
        .strictObject({ percent: percent('Share of connections reset.').default(100) })
        .optional(),
      bandwidth: z
        .strictObject({
          bytesPerSecond: z.int().positive().describe('Throughput cap per connection.')
        })
        .optional()
    })
    .describe('Local backend: an HTTP fault proxy in front of `upstream`. Percentages are 0–100.')
)

const podKill = z.lazy(() =>
  z
    .strictObject({
      namespace: z
        .string()
        .min(1)
        .optional()
        .describe('Defaults to metadata.namespace, then the namespace setting.'),
      selector: z
        .union([
          z.string().min(1).describe("A label selector such as 'app=checkout,tier!=db'."),
          z.strictObject({
            matchLabels: labelMap().optional(),
            matchExpressions: z
              .array(
                z.strictObject({
                  key: z.string().min(1),
                  operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
                  values: z.array(z.string()).optional()
                })
              )
              .optional()
          })
        ])
        .describe('Which pods may be killed.'),
      count: z.int().min(1).default(1).describe('How many matching pods to delete.'),
      gracePeriodSeconds: z.int().min(0).default(0).describe('0 kills abruptly, like a crash.'),
      restoreTimeout: duration('How long the owner may take to bring readiness back.').default('2m')
    })
    .describe('Kubernetes backend: delete random pods matching a selector, then time the restore.')
)

const kubeObject = z.lazy(() =>
  z
    .looseObject({
      apiVersion: z.string().min(1),
      kind: z.string().min(1),
      metadata: z.looseObject({}).optional()
    })
    .describe(
      'A backend object written inline: a ChaosEngine, a Chaos Mesh object or a VirtualService with a fault.'
    )
)

const awsFis = z.lazy(() =>
  z.strictObject({
    template: z
      .looseObject({})
      .optional()
      .describe('An FIS experiment template (CreateExperimentTemplate body), created for the run.'),
    templateId: z
      .string()
      .regex(/^EXT[A-Za-z0-9]+$/, {
        error: "must be an FIS template id such as 'EXT1a2b3c4d5e6f7'"
      })
      .optional()
      .describe('An existing template to start; needs spec.duration.'),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: "must be an AWS region such as 'eu-west-1'" })
      .optional()
      .describe("The region; absent, the SDK's default chain decides (AWS_REGION).")
  })
)

const blastRadius = z.lazy(() =>
  z.strictObject({
    maxTargets: z
      .int()
      .min(1)
      .optional()
      .describe('At most this many targets (never above the policy).'),
    maxPercentage: percent('At most this share of candidates (never above the policy).').optional()
  })
)

/** The keys of `spec` that name the fault; exactly one must be present. */
export const FAULT_KEYS = [
  'fault',
  'faultRef',
  'httpProxy',
  'podKill',
  'toxiproxy',
  'awsFis',
  'gremlin'
] as const

/** An `Experiment` document. */
export const experimentSchema = z.lazy(() =>
  z
    .strictObject({
      apiVersion: z.literal('chaos-gate.dev/v1alpha1'),
      kind: z.literal('Experiment'),
      metadata: z.strictObject({
        name: dnsLabel('Unique within a run; part of the names of the objects the gate creates.'),
        namespace: z.string().min(1).optional().describe('Default namespace for the fault.'),
        labels: labelMap().optional(),
        annotations: labelMap().optional()
      }),
      spec: z.strictObject({
        hypothesis: z.string().optional().describe('What you expect to hold while the fault runs.'),
        backend: z
          .enum(BACKEND_KINDS)
          .optional()
          .describe('Inferred from the fault when left out.'),
        duration: duration('How long the fault lasts.').optional(),
        timeout: duration("Upper bound for the experiment's whole lifecycle.").optional(),
        expect: z
          .enum(['pass', 'fail'])
          .default('pass')
          .describe('`fail` marks a negative test that must fail.'),
        fault: kubeObject.optional(),
        faultRef: z
          .string()
          .regex(/^[^#\s]+(#[^#\s]+)?$/, {
            error: "must be a path, optionally with '#name': faults/pod-kill.yaml#checkout"
          })
          .optional()
          .describe(
            "A backend object in another file, relative to this one; '#name' picks a document by metadata.name."
          ),
        httpProxy: httpProxy.optional(),
        podKill: podKill.optional(),
        toxiproxy: toxiproxySchema.optional(),
        gremlin: gremlinSchema.optional(),
        awsFis: awsFis
          .optional()
          .describe(
            'AWS FIS backend: credentials come from the SDK default chain (OIDC on GitHub).'
          ),
        blastRadius: blastRadius
          .optional()
          .describe(
            'Tightens the blast-radius policy for this experiment; it can never loosen it.'
          ),
        steadyState: steadyStateSchema.optional()
      })
    })
    .describe(
      'A chaos experiment run by Chaos Gate: one fault, its hypothesis and its steady state.'
    )
)

/** A parsed Experiment document, defaults applied. */
export type ExperimentInput = z.output<typeof experimentSchema>
export type HttpProxyInput = NonNullable<ExperimentInput['spec']['httpProxy']>
export type PodKillInput = NonNullable<ExperimentInput['spec']['podKill']>
