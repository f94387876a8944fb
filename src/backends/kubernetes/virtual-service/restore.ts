/**
 * Takes the fault off a VirtualService: puts back the original labels, annotations and spec of one
 * the gate patched (from its annotation, or the handle when the annotation is gone), or deletes one
 * the gate created. Idempotent: a VirtualService already restored, or gone, is left alone. When the
 * handle knows the generation the fault was applied at, the restore only happens if nobody changed
 * the spec since.
 */
import type { KubeObject } from '../../../manifest/model'
import { kubeFailure } from '../../kube/errors'
import type { Patch } from '../../kube/port'
import type { KubeObjects, ObjectRef } from '../../kube/port'
import { RUN_ID_LABEL } from '../../labels'
import { ORIGINAL_ANNOTATION, parseSnapshot, type Snapshot } from './snapshot'
import { changedMeanwhile, getVs, operation, patchVs } from './virtual-service'

type JsonOp = Extract<Patch, { type: 'json' }>['body'][number]

/** What the restore did. */
export type Restored = 'restored' | 'deleted' | 'untouched'

export interface RestoreHints {
  /** The run whose fault it is: a VirtualService it created carries this run-id label. */
  readonly runId: string
  /** The original as the handle saved it, for when the annotation was lost. */
  readonly original?: string
  /** The generation right after the fault was applied. */
  readonly appliedGeneration?: number
}

export async function restoreVs(
  kube: KubeObjects,
  ref: ObjectRef,
  hints: RestoreHints
): Promise<Restored> {
  const current = await getVs(kube, ref)
  if (!current) return 'untouched'
  const ours = current.metadata.labels?.[RUN_ID_LABEL] === hints.runId
  const marked = current.metadata.annotations?.[ORIGINAL_ANNOTATION]
  const snapshot = parseSnapshot(marked ?? (ours ? hints.original : undefined))
  if (!snapshot) return ours ? deleteVs(kube, ref) : 'untouched'
  const generation = current.metadata.generation
  if (hints.appliedGeneration !== undefined && generation !== hints.appliedGeneration)
    throw changedMeanwhile(
      ref,
      `its spec changed while the fault was applied (generation ${hints.appliedGeneration} → ${String(generation)})`
    )
  try {
    await patchVs(kube, ref, restorePatch(current, snapshot), 'restore')
    return 'restored'
  } catch (err) {
    // Someone wrote it between our read and our write; restored already is fine, anything else is theirs.
    const again = await getVs(kube, ref)
    if (!again || again.metadata.annotations?.[ORIGINAL_ANNOTATION] === undefined) return 'restored'
    throw err
  }
}

/** Exactly the original: the spec replaced, labels and annotations replaced or removed. */
function restorePatch(current: KubeObject, original: Snapshot): Patch {
  const { labels, annotations, resourceVersion } = current.metadata
  const put = (path: string, before: unknown, now: unknown): JsonOp[] =>
    before !== undefined
      ? [{ op: 'add', path, value: before }]
      : now !== undefined
        ? [{ op: 'remove', path }]
        : []
  return {
    type: 'json',
    body: [
      { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
      ...(original.spec === undefined
        ? [{ op: 'remove' as const, path: '/spec' }]
        : [{ op: 'add' as const, path: '/spec', value: original.spec }]),
      ...put('/metadata/labels', original.labels, labels),
      ...put('/metadata/annotations', original.annotations, annotations)
    ]
  }
}

async function deleteVs(kube: KubeObjects, ref: ObjectRef): Promise<Restored> {
  try {
    await kube.delete(ref)
    return 'deleted'
  } catch (err) {
    throw kubeFailure(err, operation('delete', ref))
  }
}
