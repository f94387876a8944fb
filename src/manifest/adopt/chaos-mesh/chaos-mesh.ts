/**
 * Reads a Chaos Mesh object (any fault kind, Schedule or Workflow) into an adopted experiment.
 * Continuous faults must be time-bounded: their duration comes from the object or from the
 * wrapping Experiment, and a missing one is an error rather than a fault that runs until deleted.
 */
import { toGoDuration } from '../../../util/duration'
import { durationMs } from '../../experiment/schema-primitives'
import type { KubeObject } from '../../model'
import { cloneRecord, type PlainRecord, quote, recordAt } from '../../plain'
import {
  type AdoptContext,
  type AdoptResult,
  IssueSink,
  objectName,
  resolveNamespace
} from '../adopt'
import { type ChaosMeshBody, type FaultRead, readFaultSpec } from './chaos-mesh-fault'
import { readSchedule, singleTargets } from './chaos-mesh-schedule'
import { readWorkflowSpec } from './chaos-mesh-workflow'

/** Reads a chaos-mesh.org object. */
export function adoptChaosMesh(value: PlainRecord, ctx: AdoptContext): AdoptResult {
  const sink = new IssueSink(ctx)
  const kind = String(value.kind)
  const metadata = recordAt(value, ['metadata'])
  const namespace = resolveNamespace(metadata, ctx, sink)
  const object = cloneRecord(value)
  object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) }
  const spec = recordAt(object, ['spec'])
  const body =
    kind === 'Schedule'
      ? readSchedule(spec, namespace, ctx, sink)
      : kind === 'Workflow'
        ? readWorkflow(spec, namespace, ctx, sink)
        : readFault(kind, spec, namespace, ctx, sink)
  if (body === undefined || sink.hasErrors) return { issues: sink.issues }
  if (body.fillDuration !== undefined && spec !== undefined)
    object.spec = { ...spec, duration: body.fillDuration }
  const name = objectName(metadata)
  const [first] = body.sites
  const adopted = {
    backend: 'chaos-mesh' as const,
    kind,
    object: toKubeObject(object, kind),
    sites: body.sites,
    ...(name === undefined ? {} : { name }),
    ...(namespace === undefined ? {} : { namespace }),
    ...(body.durationMs === undefined ? {} : { durationMs: body.durationMs }),
    ...(body.sites.length === 1 && first?.action !== undefined ? { action: first.action } : {}),
    ...(body.targets === undefined ? {} : { targets: body.targets })
  }
  return { adopted, issues: sink.issues }
}

/** What each kind's reader returns. */
function readFault(
  kind: string,
  spec: PlainRecord | undefined,
  namespace: string | undefined,
  ctx: AdoptContext,
  sink: IssueSink
): ChaosMeshBody | undefined {
  const read = readFaultSpec(kind, spec, ['spec'], namespace, sink)
  if (!read) return undefined
  const timing = faultTiming(read, ctx, sink)
  const site =
    timing.durationMs === undefined ? read.site : { ...read.site, durationMs: timing.durationMs }
  return {
    sites: [site],
    ...timing,
    ...(read.site.targets === undefined ? {} : { targets: read.site.targets })
  }
}

/** The duration of a standalone fault: its own, or the Experiment's written into it. */
function faultTiming(
  read: FaultRead,
  ctx: AdoptContext,
  sink: IssueSink
): { durationMs?: number; fillDuration?: string } {
  const { declaredDuration: own } = read
  if (read.oneShot) {
    if (own !== undefined || ctx.durationMs !== undefined) {
      sink.add(
        ['spec', 'action'],
        'duration/ignored',
        `${read.site.action ?? 'this action'} is one-shot: it injects once and has no duration, so the duration is ignored`,
        { severity: 'warning' }
      )
    }
    return {}
  }
  if (own !== undefined && ctx.durationMs !== undefined && durationMs(own) !== ctx.durationMs) {
    sink.add(
      ['spec', 'duration'],
      'duration/conflict',
      `the fault's duration ${quote(own)} differs from the Experiment's spec.duration (${toGoDuration(ctx.durationMs)})`,
      {
        hint: 'Keep one of the two.'
      }
    )
    return {}
  }
  if (own !== undefined) return { durationMs: durationMs(own) }
  if (ctx.durationMs !== undefined)
    return { durationMs: ctx.durationMs, fillDuration: toGoDuration(ctx.durationMs) }
  if (read.writesDuration) return {}
  sink.add(
    ['spec'],
    'duration/missing',
    `this ${read.site.kind} has no duration, so it would run until deleted`,
    {
      expected: "spec.duration, such as '60s'",
      hint: 'Add spec.duration; the gate only runs time-bounded faults.'
    }
  )
  return {}
}

/** A Workflow: bounded by its deadlines; an Experiment's duration must agree with them. */
function readWorkflow(
  spec: PlainRecord | undefined,
  namespace: string | undefined,
  ctx: AdoptContext,
  sink: IssueSink
): ChaosMeshBody | undefined {
  const read = readWorkflowSpec(spec, ['spec'], namespace, sink)
  if (!read) return undefined
  const own = read.durationMs
  if (own !== undefined && ctx.durationMs !== undefined && own !== ctx.durationMs) {
    sink.add(
      ['spec', 'entry'],
      'duration/conflict',
      `the workflow's deadlines bound it to ${toGoDuration(own)}, but the Experiment's spec.duration is ${toGoDuration(ctx.durationMs)}`,
      {
        hint: "Leave out the Experiment's duration, or make the entry template's deadline match it."
      }
    )
    return undefined
  }
  const total = own ?? ctx.durationMs
  if (total === undefined) {
    sink.add(['spec', 'entry'], 'duration/missing', 'nothing bounds how long this workflow runs', {
      hint: "Add deadline: '5m' to the entry template."
    })
    return undefined
  }
  return { sites: read.sites, durationMs: total, ...singleTargets(read.sites) }
}

function toKubeObject(object: Record<string, unknown>, kind: string): KubeObject {
  const metadata = recordAt(object, ['metadata']) ?? {}
  return { ...object, apiVersion: String(object.apiVersion), kind, metadata }
}
