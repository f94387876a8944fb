/**
 * A Schedule as one fault (docs/backends/chaos-mesh.md, "A Schedule"): it has no conditions of its own, so its children
 * (label `managed-by=<schedule>`) are read. The Schedule runs within the experiment window; once
 * the window has ended and the gate has paused it, it is finished when every run has recovered.
 * Any run that cannot inject, or cannot recover, decides the whole Schedule.
 */
import type { KubeObject } from '../../../manifest/model'
import type { Observation } from '../../backend'
import { isRecord } from '../../kube/status'
import type { ChildLook } from '../follow/follow-children'
import { type ChaosLook, plural, terminalLook } from './look'

/** The Schedule as its controllers report it. */
export interface ScheduleView {
  readonly name: string
  readonly schedule: string
  /** `status.time`: when the last run was spawned. */
  readonly lastRun: string | undefined
  /** How many children `status.active` lists. */
  readonly active: number
}

export function readScheduleView(object: KubeObject): ScheduleView {
  const spec = isRecord(object.spec) ? object.spec : {}
  const status = isRecord(object.status) ? object.status : {}
  return {
    name: object.metadata.name ?? '',
    schedule: typeof spec.schedule === 'string' ? spec.schedule : '?',
    lastRun: typeof status.time === 'string' ? status.time : undefined,
    active: Array.isArray(status.active) ? status.active.length : 0
  }
}

export interface ScheduleContext {
  readonly at: number
  /** The end of the experiment window. */
  readonly endsAt: number
  /** The gate has paused the Schedule because the window ended. */
  readonly windowEnded: boolean
  /** Distinct targets any run has injected. */
  readonly affected: number
  /** Runs the gate has seen. */
  readonly runs: number
}

export function scheduleObservation(
  schedule: ScheduleView | undefined,
  children: readonly ChildLook[],
  ctx: ScheduleContext
): ChaosLook {
  const at = ctx.at
  if (!schedule)
    return terminalLook(
      at,
      'stopped',
      'the Schedule no longer exists (deleted outside the gate?)',
      {}
    )
  const failed = children.find((c) => c.look.observation.phase === 'failed')
  if (failed) {
    const { verdict, message } = failed.look.observation
    return terminalLook(at, 'failed', `run ${failed.name}: ${message}`, {
      ...(verdict !== undefined && { verdict }),
      affectedTargets: ctx.affected
    })
  }
  const runs = `${plural(ctx.runs, 'run')}${schedule.lastRun ? `, the last at ${schedule.lastRun}` : ''}`
  const live = children.filter((c) => !c.look.observation.terminal)
  if (ctx.windowEnded) return windowEnd(at, runs, live, ctx)
  const current = live.find((c) => c.look.observation.phase === 'injected') ?? live[0]
  const now = current ? `; ${current.name}: ${current.look.observation.message}` : ''
  const observation: Observation =
    ctx.runs === 0
      ? {
          at,
          phase: 'pending',
          message: `waiting for the first run (schedule '${schedule.schedule}')`,
          terminal: false
        }
      : {
          at,
          phase: 'injected',
          affectedTargets: ctx.affected,
          message: `${runs}${now || '; between runs'}`,
          terminal: false
        }
  const rechecks = children.flatMap((c) =>
    c.look.recheckAt === undefined ? [] : [c.look.recheckAt]
  )
  return { observation, recheckAt: Math.min(ctx.endsAt, ...rechecks) }
}

function windowEnd(
  at: number,
  runs: string,
  live: readonly ChildLook[],
  ctx: ScheduleContext
): ChaosLook {
  if (ctx.runs === 0)
    return terminalLook(
      at,
      'failed',
      'the Schedule did not run once within the experiment window',
      {
        verdict: 'fail',
        affectedTargets: 0
      }
    )
  if (live.length === 0)
    return terminalLook(
      at,
      'finished',
      `the window ended after ${runs}; paused, every run recovered (${plural(ctx.affected, 'target')} affected)`,
      {
        affectedTargets: ctx.affected
      }
    )
  return {
    observation: {
      at,
      phase: 'injected',
      affectedTargets: ctx.affected,
      message: `the window ended after ${runs}; paused, waiting for ${plural(live.length, 'run')} to recover`,
      terminal: false
    }
  }
}
