/**
 * Istio VirtualService fault injection (docs/backends/kubernetes.md, "VirtualService fault injection"), applied for the experiment's duration.
 * Creates: the manifest's VirtualService under its own name (routing is keyed by it), or, when one
 *   of that name exists, patches it with the manifest's spec and saves the original (ORIGINAL_ANNOTATION
 *   and the handle) in the same write; either way labelled with the run.
 * Finds again: the handle, or the run-id label.
 * Stops: restores the original labels, annotations and spec exactly (or deletes what the gate
 *   created) once the duration is over, on abort, and in cleanup. A VirtualService someone else
 *   changed meanwhile is not overwritten: the restore fails, saying where the original is.
 */
import type { Experiment, KubeObject } from '../../../manifest/model'
import { BackendError, InternalError } from '../../../util/errors'
import type { Handle, RunContext } from '../../backend'
import { splitApiVersion } from '../../kube/discovery'
import { kubeFailure, type KubeOperation } from '../../kube/errors'
import type { KubeObjects, ObjectRef, Patch } from '../../kube/port'
import { carries, createOrAdopt } from '../../kube/submit'
import { ORIGINAL_ANNOTATION, snapshotOf } from './snapshot'

export const VIRTUAL_SERVICE = 'VirtualService'

/** The VirtualService the experiment writes: the manifest's own name and apiVersion. */
export function virtualServiceOf(exp: Experiment, defaultNamespace: string): KubeObject {
  if (exp.fault.kind !== 'kube-object' || exp.fault.object.kind !== VIRTUAL_SERVICE)
    throw new InternalError(`the kubernetes backend was given no VirtualService for ${exp.name}`)
  const source = exp.fault.object
  return {
    apiVersion: source.apiVersion,
    kind: VIRTUAL_SERVICE,
    metadata: {
      name: source.metadata.name ?? exp.name,
      namespace: exp.namespace ?? source.metadata.namespace ?? defaultNamespace
    },
    spec: source.spec
  }
}

export function refOf(object: KubeObject): ObjectRef {
  return {
    apiVersion: object.apiVersion,
    kind: VIRTUAL_SERVICE,
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name ?? ''
  }
}

/**
 * Applies the fault: creates the VirtualService, or patches the existing one saving its original.
 * Someone writing it between the read and the write makes the write fail (AlreadyExists, or the
 * resourceVersion test); reading again once settles it.
 */
export async function applyFault(
  kube: KubeObjects,
  exp: Experiment,
  ctx: RunContext,
  defaultNamespace: string
): Promise<Handle> {
  try {
    return await applyOnce(kube, exp, ctx, defaultNamespace)
  } catch (err) {
    const status = err instanceof BackendError ? err.status : undefined
    if (status !== 409 && status !== 422) throw err
    return applyOnce(kube, exp, ctx, defaultNamespace)
  }
}

async function applyOnce(
  kube: KubeObjects,
  exp: Experiment,
  ctx: RunContext,
  defaultNamespace: string
): Promise<Handle> {
  const wanted = virtualServiceOf(exp, defaultNamespace)
  const source = exp.fault.kind === 'kube-object' ? exp.fault.object.metadata : {}
  const endsAt = ctx.clock.now() + (exp.durationMs ?? 0)
  const existing = await getVs(kube, refOf(wanted))
  if (existing && carries(existing, ctx.labels)) return handleOf(exp, existing, endsAt)
  if (!existing) {
    const fresh: KubeObject = {
      ...wanted,
      metadata: {
        ...wanted.metadata,
        labels: { ...source.labels, ...ctx.labels },
        ...(source.annotations && { annotations: source.annotations })
      }
    }
    const { object } = await createOrAdopt(kube, fresh, ctx.labels, operation('create', wanted))
    return handleOf(exp, object, endsAt)
  }
  const patched = await patchVs(kube, refOf(wanted), applyPatch(existing, wanted, ctx), 'patch')
  ctx.log.info(`kubernetes: applied the fault to the existing VirtualService ${describe(wanted)}`)
  return handleOf(exp, patched, endsAt)
}

/** Replaces the spec and adds the run's labels and the original, if nobody changed it since it was read. */
export function applyPatch(
  existing: KubeObject,
  wanted: KubeObject,
  ctx: Pick<RunContext, 'labels'>
): Patch {
  const { labels, annotations, resourceVersion } = existing.metadata
  return {
    type: 'json',
    body: [
      { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
      { op: 'add', path: '/spec', value: wanted.spec },
      { op: 'add', path: '/metadata/labels', value: { ...labels, ...ctx.labels } },
      {
        op: 'add',
        path: '/metadata/annotations',
        value: { ...annotations, [ORIGINAL_ANNOTATION]: JSON.stringify(snapshotOf(existing)) }
      }
    ]
  }
}

function handleOf(exp: Experiment, object: KubeObject, endsAt: number): Handle {
  const original = object.metadata.annotations?.[ORIGINAL_ANNOTATION]
  const generation = object.metadata.generation
  return {
    backend: 'kubernetes',
    experiment: exp.name,
    kind: VIRTUAL_SERVICE,
    name: object.metadata.name ?? '',
    apiVersion: object.apiVersion,
    ...(object.metadata.namespace !== undefined && { namespace: object.metadata.namespace }),
    data: {
      endsAt: String(endsAt),
      ...(original !== undefined ? { original } : { created: 'true' }),
      ...(typeof generation === 'number' && { appliedGeneration: String(generation) })
    }
  }
}

export async function getVs(kube: KubeObjects, ref: ObjectRef): Promise<KubeObject | undefined> {
  try {
    return await kube.get(ref)
  } catch (err) {
    throw kubeFailure(err, operation('get', ref))
  }
}

export async function patchVs(
  kube: KubeObjects,
  ref: ObjectRef,
  patch: Patch,
  verb: string
): Promise<KubeObject> {
  try {
    return await kube.patch(ref, patch)
  } catch (err) {
    throw kubeFailure(err, operation(verb, ref))
  }
}

export function operation(verb: string, target: KubeObject | ObjectRef): KubeOperation {
  const meta = 'metadata' in target ? target.metadata : target
  return {
    backend: 'kubernetes',
    verb,
    kind: VIRTUAL_SERVICE,
    resource: 'virtualservices',
    group: splitApiVersion(target.apiVersion).group,
    ...(meta.namespace !== undefined && { namespace: meta.namespace }),
    ...(meta.name !== undefined && { name: meta.name })
  }
}

export const describe = (o: KubeObject | ObjectRef): string => {
  const meta = 'metadata' in o ? o.metadata : o
  return `${meta.namespace ?? ''}/${meta.name ?? ''}`
}

/** A VirtualService someone changed while the fault was applied: the gate does not overwrite it. */
export function changedMeanwhile(ref: ObjectRef, why: string): BackendError {
  return new BackendError(
    'kubernetes',
    'restore',
    `VirtualService ${describe(ref)}`,
    `${why}; the gate did not overwrite that change. The original labels, annotations and spec are in its annotation ${ORIGINAL_ANNOTATION} and in the run-state file; restore them by hand`
  )
}
