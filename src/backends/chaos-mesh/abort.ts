/**
 * Abort through Chaos Mesh's safe path (docs/backends/chaos-mesh.md, "Abort: the safe path"; chaos-mesh#2449): never delete an object
 * mid-injection. A continuous chaos is paused, then deleted once every record is recovered; a
 * one-shot chaos has nothing to recover and is deleted at once; a Schedule is paused (the pause
 * reaches its children) and deleted once they recovered; a Workflow is aborted and deleted once
 * the chaos it spawned is recovered. When recovery does not come within the bound the object is
 * left paused for Chaos Mesh to keep retrying, and the abort fails saying what is still injected.
 */
import { BackendError, InternalError } from '../../util/errors'
import type { Handle, RunContext } from '../backend'
import { kindOperation, kubeFailure } from '../kube/errors'
import type { KindNames } from '../kube/port'
import type { CollectionRef, KubeObjects } from '../kube/port'
import {
  CHAOS_MESH_API_VERSION,
  kindNamesOf,
  MANAGED_BY_SCHEDULE_LABEL,
  SCHEDULE,
  WORKFLOW,
  WORKFLOW_LABEL
} from './chaos-mesh-api'
import { type Awaited, awaitState } from './follow/await-state'
import { seconds } from './observation/injection-failure'
import { plural } from './observation/look'
import { chaosRecovered, pauseObject, setWorkflowAbort, stillInjected } from './stop'

export async function abortChaosMesh(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext,
  boundMs: number
): Promise<void> {
  const kind = kindNamesOf(handle.kind)
  if (!kind) throw new InternalError(`chaos-mesh cannot abort a ${handle.kind}`)
  const stop = { kube, handle, ctx, boundMs, namespace: handle.namespace ?? '' }
  const awaited =
    kind === SCHEDULE
      ? await stopSchedule(stop)
      : kind === WORKFLOW
        ? await stopWorkflow(stop)
        : await stopChaos(stop, kind)
  // Undefined: the object was already gone.
  if (!awaited) return
  if (awaited.outcome !== 'done') throw notRecovered(handle, awaited, boundMs)
  await deleteObject(kube, kind, stop.namespace, handle.name)
}

interface Stop {
  readonly kube: KubeObjects
  readonly handle: Handle
  readonly ctx: RunContext
  readonly boundMs: number
  readonly namespace: string
}

async function stopChaos(stop: Stop, kind: KindNames): Promise<Awaited | undefined> {
  const { kube, handle, ctx, namespace } = stop
  // One-shot chaos has nothing to recover: deleting it strands nothing.
  if (handle.data?.oneShot === 'true') return { outcome: 'done', objects: [] }
  if (!(await pauseObject(kube, kind, namespace, handle.name, ctx, true))) return undefined
  return waitRecovered(stop, [
    { ...labelled(kind.kind, namespace), fieldSelector: `metadata.name=${handle.name}` }
  ])
}

/** Pausing stops new runs and reaches chaos children; Workflow children are aborted one by one. */
async function stopSchedule(stop: Stop): Promise<Awaited | undefined> {
  const { kube, handle, ctx, namespace } = stop
  if (!(await pauseObject(kube, SCHEDULE, namespace, handle.name, ctx, true))) return undefined
  const childKind = handle.data?.childKind ?? ''
  const children = `${MANAGED_BY_SCHEDULE_LABEL}=${handle.name}`
  if (childKind !== WORKFLOW.kind)
    return waitRecovered(stop, [labelled(childKind, namespace, children)])
  const workflows = await kube.list(labelled(WORKFLOW.kind, namespace, children))
  const names = workflows.items.map((w) => w.metadata.name ?? '')
  for (const name of names) await setWorkflowAbort(kube, namespace, name, ctx)
  return waitRecovered(
    stop,
    names.flatMap((name) => workflowChaos(handle, namespace, name))
  )
}

async function stopWorkflow(stop: Stop): Promise<Awaited | undefined> {
  const { kube, handle, ctx, namespace } = stop
  if (!(await setWorkflowAbort(kube, namespace, handle.name, ctx))) return undefined
  return waitRecovered(stop, workflowChaos(handle, namespace, handle.name))
}

/** The chaos a workflow spawns, one collection per chaos kind its templates embed. */
function workflowChaos(handle: Handle, namespace: string, workflow: string): CollectionRef[] {
  const kinds = (handle.data?.chaosKinds ?? '').split(',').filter(Boolean)
  return kinds.map((k) => labelled(k, namespace, `${WORKFLOW_LABEL}=${workflow}`))
}

/** Waits for every collection at once; the worst outcome wins. */
async function waitRecovered(stop: Stop, refs: readonly CollectionRef[]): Promise<Awaited> {
  const { kube, ctx, boundMs } = stop
  const options = { clock: ctx.clock, log: ctx.log, signal: ctx.signal, boundMs }
  const all = await Promise.all(refs.map((ref) => awaitState(kube, ref, chaosRecovered, options)))
  const objects = all.flatMap((a) => a.objects)
  const outcome =
    all.find((a) => a.outcome === 'stuck')?.outcome ??
    all.find((a) => a.outcome === 'timeout')?.outcome ??
    'done'
  return { outcome, objects }
}

function notRecovered(handle: Handle, awaited: Awaited, boundMs: number): BackendError {
  const still = stillInjected(awaited.objects)
  const failure = still.find((r) => r.failing)?.failing?.message
  const why =
    awaited.outcome === 'stuck'
      ? 'Chaos Mesh keeps failing to recover'
      : `not recovered within ${seconds(boundMs)}`
  return new BackendError(
    'chaos-mesh',
    'abort',
    `${handle.kind} ${handle.namespace ?? ''}/${handle.name}`,
    `paused, but ${plural(still.length, 'target')} still injected (${why}${failure ? `: ${failure}` : ''}); it is left paused, not deleted, so Chaos Mesh keeps retrying, and cleanup reports it if it stays`
  )
}

function labelled(kind: string, namespace: string, labelSelector?: string): CollectionRef {
  return {
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    namespace,
    ...(labelSelector !== undefined && { labelSelector })
  }
}

/** Deletes in the background (children are garbage-collected, each behind its own finalizer). */
export async function deleteObject(
  kube: KubeObjects,
  kind: KindNames,
  namespace: string,
  name: string
): Promise<void> {
  try {
    await kube.delete(
      { apiVersion: kind.apiVersion, kind: kind.kind, namespace, name },
      { propagationPolicy: 'Background' }
    )
  } catch (err) {
    throw kubeFailure(err, kindOperation('chaos-mesh', 'delete', kind, namespace, name))
  }
}
