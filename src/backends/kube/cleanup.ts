/**
 * Cleanup shared by the Kubernetes backends (docs/engine.md, "The run-state file"): find what a run created by its label
 * (and by saved handles), delete it, wait for finalizers by watch within a bound, and name every
 * object still there with the kubectl command to inspect it.
 */
import type { KubeObject } from '../../manifest/model'
import type { Clock } from '../../util/clock'
import { formatDuration } from '../../util/duration'
import { errorMessage } from '../../util/errors'
import type { Log } from '../../util/log'
import type { CleanupReport, RunContext } from '../backend'
import { splitApiVersion } from './discovery'
import { describeTarget, kindOperation, kubeFailure, qualifiedResource } from './errors'
import { follow } from './follow'
import type { KindNames, KubeObjects, ObjectRef } from './port'

/** One object to delete. */
export interface Doomed {
  readonly kind: KindNames
  readonly namespace: string
  readonly name: string
}

export interface DeleteAllOptions {
  readonly backend: string
  readonly clock: Clock
  readonly log: Log
  /** How long to wait for finalizers before reporting the object as stuck. */
  readonly boundMs: number
}

/** Room kept after cleanup's waits to report back before the context's deadline. */
const REPORT_MARGIN_MS = 2_000
/** No wait is cut below this: a finalizer gets at least a moment to go. */
const MIN_WAIT_MS = 1_000

/**
 * How to shorten cleanup's waits, which run one after another and together take `totalMs` at
 * their own bounds, so that they all end before `ctx.deadline`: the end of cleanup's own budget
 * (the engine's cleanup phase, or a later `chaos-gate cleanup`), never a run deadline that has
 * passed. Each wait keeps its share; a report that arrives after the caller stopped waiting
 * would be lost.
 */
export function fitWaits(
  totalMs: number,
  ctx: Pick<RunContext, 'clock' | 'deadline'>
): (boundMs: number) => number {
  const left = Math.max(0, ctx.deadline - ctx.clock.now() - REPORT_MARGIN_MS)
  const share = totalMs > left ? left / totalMs : 1
  return (boundMs) => Math.max(MIN_WAIT_MS, Math.floor(boundMs * share))
}

/** The objects of `kinds` in `namespaces` carrying `labelSelector`; listing failures become errors. */
export async function findByLabel(
  kube: KubeObjects,
  kinds: readonly KindNames[],
  namespaces: readonly string[],
  labelSelector: string,
  backend: string
): Promise<{ readonly found: readonly KubeObject[]; readonly errors: readonly string[] }> {
  const found: KubeObject[] = []
  const errors: string[] = []
  for (const kind of kinds)
    for (const namespace of namespaces) {
      try {
        const list = await kube.list({
          apiVersion: kind.apiVersion,
          kind: kind.kind,
          namespace,
          labelSelector
        })
        found.push(...list.items)
      } catch (err) {
        errors.push(kubeFailure(err, kindOperation(backend, 'list', kind, namespace)).message)
      }
    }
  return { found, errors }
}

/** Deletes every object, waits for those held by finalizers, and reports what is left. */
export async function deleteAll(
  kube: KubeObjects,
  doomed: readonly Doomed[],
  options: DeleteAllOptions
): Promise<CleanupReport> {
  const unique = [
    ...new Map(doomed.map((d) => [`${d.kind.kind}/${d.namespace}/${d.name}`, d])).values()
  ]
  const deleted: string[] = []
  const errors: string[] = []
  const pending: Doomed[] = []
  await Promise.all(
    unique.map(async (d) => {
      try {
        const result = await kube.delete(refOf(d), { propagationPolicy: 'Background' })
        if (result === 'deleted') deleted.push(describe(d))
        if (result === 'pending') pending.push(d)
      } catch (err) {
        // The object is still there: say how to remove it, as for one stuck on a finalizer.
        const failure = kubeFailure(
          err,
          kindOperation(options.backend, 'delete', d.kind, d.namespace, d.name)
        )
        errors.push(`${failure.message}. Remove it with: ${deleteCommand(d)}`)
      }
    })
  )
  const left = await waitGone(kube, pending, options)
  const stuck = pending.flatMap((d, i) => {
    const last = left[i]
    if (!last) {
      deleted.push(describe(d))
      return []
    }
    return [
      { ref: describe(d), reason: stuckReason(last, options.boundMs), inspect: inspectCommand(d) }
    ]
  })
  if (stuck.length > 0)
    options.log.warn(`${options.backend}: ${stuck.length} object(s) still present after cleanup`)
  return { deleted, stuck, errors }
}

/** Waits, by watch, until each object is gone or the bound passes; the objects still there. */
async function waitGone(
  kube: KubeObjects,
  pending: readonly Doomed[],
  options: DeleteAllOptions
): Promise<readonly (KubeObject | undefined)[]> {
  if (pending.length === 0) return []
  const bound = new AbortController()
  options.clock.sleep(options.boundMs, bound.signal).then(
    () => bound.abort(new Error('cleanup bound reached')),
    () => undefined
  )
  try {
    return await Promise.all(pending.map((d) => lastSeen(kube, d, options, bound.signal)))
  } finally {
    bound.abort()
  }
}

async function lastSeen(
  kube: KubeObjects,
  d: Doomed,
  options: DeleteAllOptions,
  signal: AbortSignal
): Promise<KubeObject | undefined> {
  let last: KubeObject | undefined
  const ref = {
    apiVersion: d.kind.apiVersion,
    kind: d.kind.kind,
    namespace: d.namespace,
    fieldSelector: `metadata.name=${d.name}`
  }
  try {
    for await (const snap of follow(kube, ref, {
      clock: options.clock,
      signal,
      log: options.log
    })) {
      last = snap.objects[0]
      if (!last) return undefined
    }
  } catch (err) {
    options.log.warn(
      `${options.backend}: cannot follow the deletion of ${describe(d)}: ${errorMessage(err)}`
    )
  }
  return last
}

function stuckReason(object: KubeObject, boundMs: number): string {
  const finalizers = Array.isArray(object.metadata.finalizers)
    ? object.metadata.finalizers.map(String)
    : []
  const within = `within ${formatDuration(boundMs)} of the delete`
  return finalizers.length > 0
    ? `finalizer ${finalizers.join(', ')} was not released ${within} (its controller did not finish)`
    : `not gone ${within}`
}

/** `kubectl get chaosengines.litmuschaos.io gate-ab12-x -n staging -o yaml` */
export function inspectCommand(d: Doomed): string {
  const { group } = splitApiVersion(d.kind.apiVersion)
  return `kubectl get ${qualifiedResource(d.kind.resource, group)} ${d.name} -n ${d.namespace} -o yaml`
}

/** The command that deletes a doomed object by hand. */
export function deleteCommand(d: Doomed): string {
  const { group } = splitApiVersion(d.kind.apiVersion)
  return `kubectl delete ${qualifiedResource(d.kind.resource, group)} ${d.name} -n ${d.namespace}`
}

/** The object a doomed entry names, as the port takes it. */
export function refOf(d: Doomed): ObjectRef {
  return { apiVersion: d.kind.apiVersion, kind: d.kind.kind, namespace: d.namespace, name: d.name }
}

const describe = (d: Doomed): string =>
  describeTarget({ kind: d.kind.kind, namespace: d.namespace, name: d.name })

/** Several reports as one. */
export function mergeReports(...reports: readonly CleanupReport[]): CleanupReport {
  return {
    deleted: reports.flatMap((r) => r.deleted),
    stuck: reports.flatMap((r) => r.stuck),
    errors: reports.flatMap((r) => r.errors)
  }
}
