/**
 * Creating a fault object idempotently: the same run and experiment always produce the same name,
 * so a retried or resumed submit meets 409 AlreadyExists and adopts the object when it carries this
 * run's labels. An object of the same name that is not ours is never touched.
 */
import type { KubeObject } from '../../manifest/model'
import { BackendError } from '../../util/errors'
import { describeTarget, isAlreadyExists, kubeFailure, type KubeOperation } from './errors'
import type { KubeObjects } from './port'

/** What submit did: created the object, or found this run's own object already there. */
export interface Submitted {
  readonly object: KubeObject
  readonly adopted: boolean
}

/**
 * Creates `object`, or adopts the existing object of the same name when every label in
 * `runLabels` is on it. Anything else is a BackendError a user can act on.
 */
export async function createOrAdopt(
  kube: KubeObjects,
  object: KubeObject,
  runLabels: Readonly<Record<string, string>>,
  op: KubeOperation
): Promise<Submitted> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { object: await kube.create(object), adopted: false }
    } catch (err) {
      if (!isAlreadyExists(err)) throw kubeFailure(err, op)
      const existing = await getExisting(kube, object, op)
      // Deleted between our create and our get: creating once more settles it.
      if (!existing && attempt === 0) continue
      if (existing && carries(existing, runLabels)) {
        if (!isDeleting(existing)) return { object: existing, adopted: true }
        throw new BackendError(
          op.backend,
          op.verb,
          describeTarget(op),
          "409 AlreadyExists: this run's object of that name is being deleted; start a new run once its cleanup is done",
          409,
          { cause: err }
        )
      }
      throw kubeFailure(err, op)
    }
  }
}

async function getExisting(
  kube: KubeObjects,
  object: KubeObject,
  op: KubeOperation
): Promise<KubeObject | undefined> {
  const { apiVersion, kind, metadata } = object
  try {
    return await kube.get({
      apiVersion,
      kind,
      name: metadata.name ?? '',
      ...(metadata.namespace ? { namespace: metadata.namespace } : {})
    })
  } catch (err) {
    throw kubeFailure(err, { ...op, verb: 'get' })
  }
}

/** True when every one of `labels` is on the object with the same value. */
export function carries(object: KubeObject, labels: Readonly<Record<string, string>>): boolean {
  const own = object.metadata.labels ?? {}
  return Object.entries(labels).every(([key, value]) => own[key] === value)
}

/** True once a delete was accepted and only finalizers keep the object. */
export function isDeleting(object: KubeObject): boolean {
  return typeof object.metadata.deletionTimestamp === 'string'
}
