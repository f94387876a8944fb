/**
 * What `kubernetes` checks read from objects, as pure functions over the API's JSON: a workload's
 * desired and ready replicas and its pod selector, each container's restart count, how long a pod
 * has not been Ready, and Warning events. Fields a server left out count as the safe reading
 * (no ready replicas), never as healthy.
 */
import { formatLabelSelector, type LabelExpression } from '../../manifest/adopt/label-selector'
import type { KubeObject } from '../../manifest/model'
import { isRecord, listAt, recordAt, stringAt } from '../../manifest/plain'

/** A workload's replica counts and the selector its pods carry. */
export interface WorkloadReading {
  readonly desired: number
  readonly ready: number
  /** Empty when the workload selects nothing it could be read from. */
  readonly selector: string
}

export function readWorkload(object: KubeObject): WorkloadReading {
  const spec = recordAt(object, ['spec']) ?? {}
  const status = recordAt(object, ['status']) ?? {}
  const selector = recordAt(spec, ['selector']) ?? {}
  const labels = recordAt(selector, ['matchLabels']) ?? {}
  const expressions: LabelExpression[] = listAt(selector, ['matchExpressions'])
    .filter(isRecord)
    .map((e) => ({
      key: stringAt(e, ['key']) ?? '',
      operator: stringAt(e, ['operator']) ?? '',
      values: listAt(e, ['values']).filter((v): v is string => typeof v === 'string')
    }))
  return {
    // The API server defaults replicas to 1; a missing field is that default.
    desired: typeof spec['replicas'] === 'number' ? spec['replicas'] : 1,
    ready: typeof status['readyReplicas'] === 'number' ? status['readyReplicas'] : 0,
    selector: formatLabelSelector(
      Object.fromEntries(
        Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string')
      ),
      expressions
    )
  }
}

/** `uid/container` → restart count, for every container (init containers too) of live pods. */
export function restartCounts(pods: readonly KubeObject[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const pod of pods) {
    const uid = uidOf(pod)
    for (const field of ['initContainerStatuses', 'containerStatuses']) {
      for (const c of listAt(pod, ['status', field]).filter(isRecord)) {
        const n = c['restartCount']
        counts.set(`${uid}/${stringAt(c, ['name']) ?? ''}`, typeof n === 'number' ? n : 0)
      }
    }
  }
  return counts
}

/** The increase of each counter since `baseline`; a counter born after the baseline counts from 0. */
export function increaseSince(
  baseline: ReadonlyMap<string, number>,
  now: ReadonlyMap<string, number>
): number {
  let total = 0
  for (const [key, value] of now) total += Math.max(0, value - (baseline.get(key) ?? 0))
  return total
}

/**
 * Pods not being deleted whose Ready condition has not been True for longer than `forMs` at `at`:
 * since the condition's last transition, or since the pod was created when it has none yet.
 */
export function notReadyLongerThan(pods: readonly KubeObject[], at: number, forMs: number): number {
  return pods.filter((pod) => {
    if (pod.metadata.deletionTimestamp !== undefined) return false
    const ready = listAt(pod, ['status', 'conditions'])
      .filter(isRecord)
      .find((c) => c['type'] === 'Ready')
    if (ready?.['status'] === 'True') return false
    const since = Date.parse(
      stringAt(ready, ['lastTransitionTime']) ??
        stringAt(pod, ['metadata', 'creationTimestamp']) ??
        ''
    )
    // No time at all: not Ready for an unknown while, which is counted rather than forgiven.
    return Number.isNaN(since) || at - since > forMs
  }).length
}

/** `uid` → count of the Warning events about `involved` (kind/name), optionally of `reasons` only. */
export function warningCounts(
  events: readonly KubeObject[],
  involved: ReadonlySet<string>,
  reasons: readonly string[]
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of events) {
    if (e['type'] !== 'Warning') continue
    const reason = stringAt(e, ['reason']) ?? ''
    if (reasons.length > 0 && !reasons.includes(reason)) continue
    const about = `${stringAt(e, ['involvedObject', 'kind']) ?? ''}/${stringAt(e, ['involvedObject', 'name']) ?? ''}`
    if (!involved.has(about)) continue
    const series = recordAt(e, ['series'])
    const n = typeof series?.['count'] === 'number' ? series['count'] : e['count']
    counts.set(uidOf(e), typeof n === 'number' ? n : 1)
  }
  return counts
}

/** The object's uid, or its name on a server that gave none. */
function uidOf(object: KubeObject): string {
  return stringAt(object, ['metadata', 'uid']) ?? object.metadata.name ?? ''
}
