/**
 * What pod-kill reads from pods: whether a pod is serving (Running, Ready, not being deleted), who
 * controls it, and a deterministic choice of victims given a random source, so a test (or a user
 * replaying a run) kills the same pods for the same random numbers.
 */
import type { KubeObject } from '../../../manifest/model'
import { compareText } from '../../../util/compare-text'
import { isRecord } from '../../kube/status'

/** Running, Ready and not being deleted: a pod that serves traffic now. */
export function isServing(pod: KubeObject): boolean {
  if (pod.metadata.deletionTimestamp !== undefined) return false
  const status = isRecord(pod.status) ? pod.status : {}
  if (status.phase !== 'Running') return false
  const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isRecord) : []
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

/** A controller owner reference: what recreates the pod. */
export interface OwnerRef {
  readonly apiVersion: string
  readonly kind: string
  readonly name: string
}

/** The object's controller (the owner reference with `controller: true`), if it has one. */
export function controllerOf(object: KubeObject): OwnerRef | undefined {
  const refs = Array.isArray(object.metadata.ownerReferences) ? object.metadata.ownerReferences : []
  const ref = refs.filter(isRecord).find((r) => r.controller === true)
  if (!ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return undefined
  return {
    apiVersion: typeof ref.apiVersion === 'string' ? ref.apiVersion : '',
    kind: ref.kind,
    name: ref.name
  }
}

/**
 * `count` of `pods`, chosen uniformly with `random` after sorting by name, so the choice depends
 * only on the pods and the random numbers, not on the order the API server listed them in.
 */
export function chooseVictims(
  pods: readonly KubeObject[],
  count: number,
  random: () => number
): KubeObject[] {
  const pool = [...pods].sort((a, b) => compareText(a.metadata.name ?? '', b.metadata.name ?? ''))
  const n = Math.min(count, pool.length)
  // A partial Fisher–Yates shuffle: the first n slots are a uniform sample.
  for (let i = 0; i < n; i++) {
    const j = i + Math.min(pool.length - i - 1, Math.floor(random() * (pool.length - i)))
    const chosen = pool[j]
    const here = pool[i]
    if (chosen === undefined || here === undefined) break
    pool[i] = chosen
    pool[j] = here
  }
  return pool.slice(0, n)
}
