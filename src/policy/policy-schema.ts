/**
 * The blast-radius policy file (`.github/chaos-gate/policy.yaml` or the `policy` input), defined
 * once. The shape starts from the practice's blast-radius-config.yaml (maxTargets, maxPercentage,
 * allowed/blocked namespaces, autoAbort) and adds maxDuration, kinds, actions and per-environment
 * profiles.
 */
import { z } from 'zod'

import { duration, percent } from '../manifest/experiment/schema-primitives'

const names = (description: string): z.ZodOptional<z.ZodArray<z.ZodString>> =>
  z.array(z.string().min(1)).optional().describe(description)

const condition = z
  .strictObject({
    metric: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A probe metric (errorRatio, latencyP99, …; error_rate and p99_latency also work).'
      ),
    query: z.string().min(1).optional().describe('PromQL instead of a probe metric.'),
    threshold: z.number().describe('Abort when the value goes above this.'),
    window: duration('Aggregation window ({{window}} in a query).').default('30s')
  })
  .describe('One abort condition, applied to every experiment while its fault runs.')

/** The limits a policy (or one environment profile) sets. Every field is optional. */
export const blastRadiusSchema = z
  .strictObject({
    maxTargets: z.int().min(1).optional().describe('At most this many pods or nodes per fault.'),
    maxPercentage: percent(
      'At most this share of the matching pods or nodes per fault (5 means 5 %).'
    ).optional(),
    maxDuration: duration('The longest a fault may last.').optional(),
    allowedNamespaces: names(
      'If set, faults may only target these namespaces (globs such as staging-* work).'
    ),
    blockedNamespaces: names(
      'Faults may never target these namespaces (globs work); adds to the protected defaults.'
    ),
    allowedKinds: names(
      'If set, only these kinds run (PodChaos, ChaosEngine, VirtualService, pod-kill, http-proxy).'
    ),
    forbiddenKinds: names('These kinds never run.'),
    allowedActions: names("If set, only these actions run ('pod-kill', or 'PodChaos/pod-kill')."),
    forbiddenActions: names('These actions never run.'),
    autoAbort: z
      .strictObject({
        enabled: z.boolean().default(true),
        conditions: z.array(condition).default([])
      })
      .optional()
      .describe('Abort guards added to every experiment.')
  })
  .describe('Blast-radius limits.')

/** A policy file. */
export const policySchema = z
  .strictObject({
    apiVersion: z.literal('chaos-gate.dev/v1alpha1').optional(),
    kind: z.literal('Policy').optional(),
    blastRadius: blastRadiusSchema.default({}),
    environments: z
      .record(z.string(), z.strictObject({ blastRadius: blastRadiusSchema.default({}) }))
      .default({})
      .describe('Profiles by environment name; a profile replaces the fields it sets.')
  })
  .describe('The Chaos Gate blast-radius policy.')

export type PolicyInput = z.output<typeof policySchema>
export type BlastRadiusInput = z.output<typeof blastRadiusSchema>
export type ConditionInput = NonNullable<BlastRadiusInput['autoAbort']>['conditions'][number]

/** One layer of a policy (the top level, or an environment profile) and where it is written. */
export interface Layer {
  readonly limits: BlastRadiusInput
  readonly path: readonly (string | number)[]
}
