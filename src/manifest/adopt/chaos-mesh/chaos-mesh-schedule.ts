/**
 * A Chaos Mesh Schedule: it repeats until deleted, so the wrapping Experiment's duration says how
 * long the gate keeps it; the fault it spawns is read like a standalone one.
 */
import { CHAOS_MESH_FAULT_KEYS, CHAOS_MESH_FAULT_KINDS } from '../../classify/kinds'
import { durationMs } from '../../experiment/schema-primitives'
import { type PlainRecord, quote, recordAt } from '../../plain'
import { type AdoptContext, durationHint, type FaultSite, type IssueSink } from '../adopt'
import type { ChaosMeshBody } from './chaos-mesh-fault'
import { readFaultSpec } from './chaos-mesh-fault'
import { readWorkflowSpec } from './chaos-mesh-workflow'

export function readSchedule(
  spec: PlainRecord | undefined,
  namespace: string | undefined,
  ctx: AdoptContext,
  sink: IssueSink
): ChaosMeshBody | undefined {
  if (spec === undefined) {
    sink.add([], 'chaos-mesh/spec', 'the Schedule has no spec')
    return undefined
  }
  if (typeof spec.schedule !== 'string' || spec.schedule.trim() === '') {
    sink.add(
      ['spec'],
      'chaos-mesh/required',
      'Schedule needs spec.schedule (a cron expression or @every <duration>)'
    )
  }
  const type = spec.type
  const key =
    typeof type === 'string'
      ? type === 'Workflow'
        ? 'workflow'
        : CHAOS_MESH_FAULT_KEYS[type]
      : undefined
  if (typeof type !== 'string' || key === undefined) {
    sink.add(
      ['spec', 'type'],
      'chaos-mesh/schedule-type',
      `Schedule type must be a Chaos Mesh fault kind or Workflow; got ${quote(type)}`,
      {
        expected: [...CHAOS_MESH_FAULT_KINDS, 'Workflow'].join(', ')
      }
    )
    return undefined
  }
  const embedded =
    type === 'Workflow'
      ? readWorkflowSpec(recordAt(spec, [key]), ['spec', key], namespace, sink)
      : readEmbedded(type, spec, key, namespace, sink)
  if (ctx.durationMs === undefined) {
    sink.add(
      ['spec', 'schedule'],
      'duration/missing',
      'a Schedule repeats until it is deleted, so it has no end the gate could wait for',
      {
        hint: durationHint(ctx, 'Schedule')
      }
    )
    return undefined
  }
  if (!embedded) return undefined
  return { sites: embedded.sites, durationMs: ctx.durationMs, ...singleTargets(embedded.sites) }
}

/** A workflow's targets are per template; only a single-fault workflow has one declaration. */
export function singleTargets(sites: readonly FaultSite[]): Pick<ChaosMeshBody, 'targets'> {
  const [only] = sites
  return sites.length === 1 && only?.targets !== undefined ? { targets: only.targets } : {}
}

function readEmbedded(
  type: string,
  spec: PlainRecord,
  key: string,
  namespace: string | undefined,
  sink: IssueSink
): ChaosMeshBody | undefined {
  const read = readFaultSpec(type, spec[key], ['spec', key], namespace, sink)
  if (!read) return undefined
  const own =
    read.declaredDuration === undefined ? {} : { durationMs: durationMs(read.declaredDuration) }
  return { sites: [{ ...read.site, ...own }], ...singleTargets([read.site]) }
}
