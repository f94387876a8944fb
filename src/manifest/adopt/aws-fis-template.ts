/**
 * An AWS FIS experiment template (the CreateExperimentTemplate request body: description, targets,
 * actions, stopConditions, roleArn, tags), read for the gate: each target's selection mode as a
 * declared target count for the policy, and the longest action duration (ISO 8601) as the
 * experiment's duration. Unknown fields pass through untouched; FIS itself validates the rest.
 */
import { z } from 'zod'

import type { Issue, SourceLocation } from '../../util/errors'
import { parseWithSchema } from '../experiment/schema-issues'
import type { DocPath, TargetDeclaration, TargetMode } from '../model'
import type { FaultSite } from './adopt'

/** Built on first use (z.lazy): most runs have no FIS template (docs/performance.md). */
export const fisTemplateSchema = z.lazy(() =>
  z.looseObject({
    description: z.string().min(1),
    targets: z
      .record(
        z.string(),
        z.looseObject({
          resourceType: z.string().min(1),
          selectionMode: z.string().regex(/^(ALL|COUNT\(\d+\)|PERCENT\(\d+\))$/, {
            error: "must be ALL, COUNT(n) or PERCENT(n), such as 'COUNT(1)'"
          }),
          resourceArns: z.array(z.string()).optional(),
          resourceTags: z.record(z.string(), z.string()).optional()
        })
      )
      .optional(),
    actions: z
      .record(
        z.string(),
        z.looseObject({
          actionId: z.string().regex(/^aws:[a-z0-9-]+:[a-z0-9-]+$/, {
            error: "must be an FIS action id such as 'aws:ec2:stop-instances'"
          }),
          parameters: z.record(z.string(), z.string()).optional(),
          targets: z.record(z.string(), z.string()).optional()
        })
      )
      .refine((a) => Object.keys(a).length > 0, { error: 'needs at least one action' }),
    stopConditions: z
      .array(z.looseObject({ source: z.string().min(1), value: z.string().optional() }))
      .min(1),
    roleArn: z.string().min(1),
    tags: z.record(z.string(), z.string()).optional()
  })
)

/** An FIS experiment template as written (extra fields kept). */
export type FisTemplate = z.output<typeof fisTemplateSchema>

/** What the gate reads from a template. */
export interface FisTemplateRead {
  readonly template: FisTemplate
  readonly sites: readonly FaultSite[]
  /** The longest action duration; undefined when no action states one. */
  readonly durationMs?: number
  /** The action ids, `aws:ec2:stop-instances+aws:rds:reboot-db-instances`. */
  readonly action: string
}

/** Reads the template at `base` of a document; issues carry its positions. */
export function readFisTemplate(
  value: unknown,
  locate: (path: DocPath) => SourceLocation,
  base: DocPath
): { read?: FisTemplateRead; issues: Issue[] } {
  const at = (p: DocPath): SourceLocation => locate([...base, ...p])
  const parsed = parseWithSchema(fisTemplateSchema, value, locate, base)
  const template = parsed.data
  if (!template || parsed.issues.length > 0) return { issues: [...parsed.issues] }
  const issues: Issue[] = []
  const durations: number[] = []
  for (const [name, action] of Object.entries(template.actions)) {
    const text = action.parameters?.duration
    if (text === undefined) continue
    const ms = isoDurationMs(text)
    if (ms === undefined)
      issues.push({
        ...at(['actions', name, 'parameters', 'duration']),
        severity: 'error',
        code: 'aws-fis/duration',
        message: `duration '${text}' is not an ISO 8601 duration`,
        expected: "an ISO 8601 duration such as 'PT5M' or 'PT1H30M'"
      })
    else durations.push(ms)
  }
  const action = [...new Set(Object.values(template.actions).map((a) => a.actionId))].join('+')
  const durationMs = durations.length > 0 ? Math.max(...durations) : undefined
  const sites = Object.entries(template.targets ?? {}).map(([name, t]): FaultSite => {
    const location = at(['targets', name, 'selectionMode'])
    const targets: TargetDeclaration = {
      resource: 'cloud',
      namespaces: [],
      mode: selectionMode(t.selectionMode, t.resourceArns?.length),
      location
    }
    return {
      kind: t.resourceType,
      action,
      targets,
      location: at(['targets', name]),
      durationLocation: at(['actions']),
      ...(durationMs === undefined ? {} : { durationMs })
    }
  })
  if (issues.length > 0) return { issues }
  return {
    read: {
      template,
      sites: sites.length > 0 ? sites : [actionsOnlySite(action, at(['actions']), durationMs)],
      action,
      ...(durationMs === undefined ? {} : { durationMs })
    },
    issues
  }
}

/** A template with no targets (SSM automation): policy still sees its actions. */
function actionsOnlySite(action: string, location: SourceLocation, durationMs?: number): FaultSite {
  return {
    kind: 'aws-fis',
    action,
    location,
    durationLocation: location,
    ...(durationMs === undefined ? {} : { durationMs })
  }
}

/** FIS selection modes as target modes; ALL over listed ARNs is that many targets. */
function selectionMode(mode: string, arns: number | undefined): TargetMode {
  const n = Number(/\((\d+)\)/.exec(mode)?.[1] ?? 0)
  if (mode.startsWith('COUNT')) return { kind: 'count', count: n }
  if (mode.startsWith('PERCENT')) return { kind: 'percent', percent: n }
  return arns !== undefined && arns > 0 ? { kind: 'count', count: arns } : { kind: 'all' }
}

/** Milliseconds of an ISO 8601 duration (PnDTnHnMnS, as FIS writes them), or undefined. */
export function isoDurationMs(text: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text)
  if (!m || text === 'P' || text.endsWith('T')) return undefined
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number
  ]
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000
}
