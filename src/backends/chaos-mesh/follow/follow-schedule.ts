/**
 * Follows a Schedule and its children (label `managed-by=<schedule>`) by watch. The Schedule runs
 * within the experiment window: when the window ends the gate pauses it (Chaos Mesh propagates the
 * pause to every chaos child, which then recovers; a Workflow child is aborted instead, as pausing
 * a Workflow-type Schedule is not supported) and reports it finished once every run has recovered.
 */
import type { KubeObject } from '../../../manifest/model'
import type { Observation, RunContext } from '../../backend'
import { distinctObservations } from '../../kube/distinct-observations'
import { followAll, type Followed } from '../../kube/follow-all'
import type { CollectionRef, KubeObjects } from '../../kube/port'
import { withDeadlines } from '../../kube/with-deadlines'
import {
  CHAOS_MESH_API_VERSION,
  MANAGED_BY_SCHEDULE_LABEL,
  SCHEDULE,
  WORKFLOW
} from '../chaos-mesh-api'
import { readScheduleView, scheduleObservation } from '../observation/schedule-observation'
import { readWorkflow } from '../status/workflow-status'
import { pauseObject, setWorkflowAbort } from '../stop'
import { ChaosChildren, type ChildLook } from './follow-children'

export interface ScheduleTarget {
  readonly namespace: string
  readonly name: string
  /** `spec.type`: the kind of the children. */
  readonly childKind: string
  /** The end of the experiment window (epoch ms). */
  readonly endsAt: number
}

export function followSchedule(
  kube: KubeObjects,
  target: ScheduleTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  return distinctObservations(scheduleLooks(kube, target, ctx, injectionBoundMs))
}

/** The Schedule's observation after every change and at every bound. */
async function* scheduleLooks(
  kube: KubeObjects,
  target: ScheduleTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  const children = new ChaosChildren(injectionBoundMs)
  let windowEnded = false
  let recheckAt: number | undefined = target.endsAt
  let state: Followed<string> = new Map()
  const ticks = withDeadlines(
    (signal) => followAll(kube, scheduleRefs(target), { clock: ctx.clock, signal, log: ctx.log }),
    { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt }
  )
  for await (const tick of ticks) {
    if (tick.kind === 'change') state = tick.value
    const at = ctx.clock.now()
    const kids = state.get('children') ?? []
    if (!windowEnded && at >= target.endsAt) {
      await endWindow(kube, target, kids, ctx)
      windowEnded = true
    }
    const [schedule] = state.get('schedule') ?? []
    const looks =
      target.childKind === WORKFLOW.kind
        ? kids.map((k) => workflowChild(k, at))
        : children.update(kids, at)
    const look = scheduleObservation(schedule ? readScheduleView(schedule) : undefined, looks, {
      at,
      endsAt: target.endsAt,
      windowEnded,
      affected: children.affected,
      runs: target.childKind === WORKFLOW.kind ? kids.length : children.seen
    })
    recheckAt = windowEnded ? look.recheckAt : Math.min(target.endsAt, look.recheckAt ?? Infinity)
    yield look.observation
  }
}

/** Pauses the Schedule; Workflow children cannot be paused, so they are aborted. */
async function endWindow(
  kube: KubeObjects,
  target: ScheduleTarget,
  kids: readonly KubeObject[],
  ctx: RunContext
): Promise<void> {
  ctx.log.debug(`chaos-mesh: the window of Schedule ${target.name} ended; pausing it`)
  await pauseObject(kube, SCHEDULE, target.namespace, target.name, ctx)
  if (target.childKind !== WORKFLOW.kind) return
  for (const kid of kids)
    if (!readWorkflow(kid).accomplished)
      await setWorkflowAbort(kube, target.namespace, kid.metadata.name ?? '', ctx)
}

/** A Workflow child: done once accomplished, failed when Chaos Mesh aborted it on its own. */
function workflowChild(object: KubeObject, at: number): ChildLook {
  const wf = readWorkflow(object)
  const observation: Observation =
    wf.abort && !wf.abortedAt
      ? {
          at,
          phase: 'failed',
          verdict: 'fail',
          message: `Workflow ${wf.name} was aborted by a failing StatusCheck`,
          terminal: true
        }
      : wf.accomplished || wf.abort
        ? { at, phase: 'finished', message: `Workflow ${wf.name} accomplished`, terminal: true }
        : { at, phase: 'injected', message: `Workflow ${wf.name} running`, terminal: false }
  return { name: wf.name, kind: WORKFLOW.kind, node: undefined, look: { observation } }
}

function scheduleRefs(target: ScheduleTarget): ReadonlyMap<string, CollectionRef> {
  return new Map<string, CollectionRef>([
    [
      'schedule',
      {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: SCHEDULE.kind,
        namespace: target.namespace,
        fieldSelector: `metadata.name=${target.name}`
      }
    ],
    [
      'children',
      {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: target.childKind,
        namespace: target.namespace,
        labelSelector: `${MANAGED_BY_SCHEDULE_LABEL}=${target.name}`
      }
    ]
  ])
}
