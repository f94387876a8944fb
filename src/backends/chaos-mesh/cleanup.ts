/**
 * Cleanup for Chaos Mesh (docs/backends/chaos-mesh.md, "Cleanup"): find the run's objects and what they
 * spawned, stop whatever is still injected through the safe path (pause, abort) and give Chaos Mesh
 * a bounded time to recover it, delete everything, and wait for the `chaos-mesh/records` finalizer
 * within a bound. An object Chaos Mesh cannot recover is reported as stuck at once (chaos-mesh#4311)
 * with how to inspect it and, as a last resort explained but never applied, the forced cleanup.
 */
import type { KubeObject } from '../../manifest/model'
import type { CleanupReport, RunContext, RunSelector } from '../backend'
import { fitWaits, inspectCommand } from '../kube/cleanup'
import { qualifiedResource } from '../kube/errors'
import type { CollectionRef, KubeObjects } from '../kube/port'
import { deleteObject } from './abort'
import {
  CHAOS_MESH_API_VERSION,
  CHAOS_MESH_GROUP,
  CLEAN_FINALIZER_ANNOTATION,
  isChaosKind,
  kindNamesOf,
  SCHEDULE,
  WORKFLOW
} from './chaos-mesh-api'
import { type Awaited, awaitState, type Judgement } from './follow/await-state'
import { recoverFailing, seconds } from './observation/injection-failure'
import { findDependents, findRunObjects } from './run-objects'
import { readChaos } from './status/chaos-status'
import { readWorkflow } from './status/workflow-status'
import { chaosRecovered, pauseObject, setWorkflowAbort } from './stop'

export interface CleanupBounds {
  /** How long paused chaos gets to recover before it is deleted anyway. */
  readonly recoverBoundMs: number
  /** How long to wait for finalizers after the delete before reporting an object as stuck. */
  readonly removeBoundMs: number
}

export async function cleanupChaosMesh(
  kube: KubeObjects,
  selector: RunSelector,
  ctx: RunContext,
  bounds: CleanupBounds
): Promise<CleanupReport> {
  const roots = await findRunObjects(kube, selector)
  const dependents = await findDependents(kube, roots.objects)
  const all = [...roots.objects, ...dependents.objects]
  const fit = fitWaits(bounds.recoverBoundMs + bounds.removeBoundMs, ctx)
  await stopInjecting(kube, all, ctx, fit(bounds.recoverBoundMs))
  const report = await removeAll(kube, all, ctx, fit(bounds.removeBoundMs))
  return { ...report, errors: [...roots.errors, ...dependents.errors, ...report.errors] }
}

/**
 * Pauses continuous chaos that is still injected and every Schedule, aborts unfinished Workflows,
 * then waits (bounded) for the chaos to recover, so nothing is deleted mid-injection.
 */
async function stopInjecting(
  kube: KubeObjects,
  objects: readonly KubeObject[],
  ctx: RunContext,
  boundMs: number
): Promise<void> {
  const injected = objects.filter(
    (o) => isChaosKind(o.kind) && chaosRecovered([o]) !== 'done' && !readChaos(o).deleting
  )
  const stops = [
    ...injected.filter((o) => !readChaos(o).paused).map((o) => pause(kube, o, ctx)),
    ...objects.filter((o) => o.kind === SCHEDULE.kind).map((o) => pause(kube, o, ctx)),
    ...objects
      .filter((o) => o.kind === WORKFLOW.kind && !readWorkflow(o).accomplished)
      .map((o) => setWorkflowAbort(kube, namespaceOf(o), nameOf(o), ctx))
  ]
  await Promise.all(stops.map((s) => s.catch((err: unknown) => ctx.log.warn(String(err)))))
  const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs }
  await Promise.all(injected.map((o) => awaitState(kube, byName(o), chaosRecovered, options)))
}

function pause(kube: KubeObjects, o: KubeObject, ctx: RunContext): Promise<boolean> {
  const kind = kindNamesOf(o.kind)
  return kind
    ? pauseObject(kube, kind, namespaceOf(o), nameOf(o), ctx, true)
    : Promise.resolve(false)
}

/** Deletes every object, then waits for each to be gone, to be clearly stuck, or for the bound. */
async function removeAll(
  kube: KubeObjects,
  objects: readonly KubeObject[],
  ctx: RunContext,
  boundMs: number
): Promise<CleanupReport> {
  const errors: string[] = []
  await Promise.all(
    objects.map((o) => {
      const kind = kindNamesOf(o.kind)
      if (!kind) return Promise.resolve()
      return deleteObject(kube, kind, namespaceOf(o), nameOf(o)).catch((err: unknown) => {
        errors.push(err instanceof Error ? err.message : String(err))
      })
    })
  )
  const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs }
  const ends = await Promise.all(objects.map((o) => awaitState(kube, byName(o), gone, options)))
  const deleted: string[] = []
  const stuck: CleanupReport['stuck'][number][] = []
  objects.forEach((o, i) => {
    const end = ends[i]
    if (!end || end.outcome === 'done') deleted.push(describe(o))
    else stuck.push(stuckEntry(o, end, boundMs))
  })
  if (stuck.length > 0)
    ctx.log.warn(`chaos-mesh: ${stuck.length} object(s) still present after cleanup`)
  return { deleted, stuck, errors }
}

/** Gone: done. A chaos object whose Recover keeps failing while it is deleted: stuck. */
function gone(objects: readonly KubeObject[]): Judgement {
  const [object] = objects
  if (!object) return 'done'
  return isChaosKind(object.kind) && recoverFailing(readChaos(object).records ?? []).length > 0
    ? 'stuck'
    : 'wait'
}

function stuckEntry(o: KubeObject, end: Awaited, boundMs: number): CleanupReport['stuck'][number] {
  const last = end.objects[0] ?? o
  const kind = kindNamesOf(o.kind)
  const doomed = { kind: kind ?? SCHEDULE, namespace: namespaceOf(o), name: nameOf(o) }
  const finalizers = Array.isArray(last.metadata.finalizers)
    ? last.metadata.finalizers.join(', ')
    : ''
  const held = finalizers ? `held by finalizer ${finalizers}` : 'not gone'
  const failing = recoverFailing(readChaos(last).records ?? [])
  const cause =
    failing.length > 0
      ? `${held}: Chaos Mesh cannot recover ${failing.map((r) => r.id).join(', ')} (${failing[0]?.failing?.message ?? ''})`
      : `${held} ${seconds(boundMs)} after the delete`
  const lastResort = isChaosKind(o.kind) ? `. ${forcedCleanup(doomed.kind.resource, o)}` : ''
  return {
    ref: describe(o),
    reason: `${cause}${lastResort}`,
    inspect: inspectCommand(doomed)
  }
}

/** The last resort for a stuck chaos object, explained; chaos-gate never applies it. */
function forcedCleanup(resource: string, o: KubeObject): string {
  const target = `${qualifiedResource(resource, CHAOS_MESH_GROUP)} ${nameOf(o)} -n ${namespaceOf(o)}`
  return `Last resort, only after checking by hand that the fault is gone from its targets: kubectl annotate ${target} ${CLEAN_FINALIZER_ANNOTATION}=forced drops the finalizer without recovering (chaos-mesh#4311); chaos-gate never does this itself`
}

function byName(o: KubeObject): CollectionRef {
  return {
    apiVersion: CHAOS_MESH_API_VERSION,
    kind: o.kind,
    namespace: namespaceOf(o),
    fieldSelector: `metadata.name=${nameOf(o)}`
  }
}

const namespaceOf = (o: KubeObject): string => o.metadata.namespace ?? ''
const nameOf = (o: KubeObject): string => o.metadata.name ?? ''
const describe = (o: KubeObject): string => `${o.kind} ${namespaceOf(o)}/${nameOf(o)}`
