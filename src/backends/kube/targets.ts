/**
 * Resolves a fault's declared targets against the live cluster (product.md §5): how many pods the
 * selector matches now, and how many of them the fault would hit, so preflight can refuse a fault
 * that hits nothing or more than the policy allows.
 */
import type { KubeObject, TargetDeclaration, TargetMode } from '../../manifest/model'
import type { Issue } from '../../util/errors'
import type { KubeObjects } from './port'

/** What the selector matches now. */
export interface TargetCount {
  /** Pods the selector matches that are alive (not finished, not being deleted). */
  readonly candidates: number
  /** How many of them the fault would hit, by its mode; the worst case when the mode is unknown. */
  readonly targets: number
  /** A few matched names, for messages. */
  readonly sample: readonly string[]
}

/** Lists the matching pods in every declared namespace and counts them. */
export async function countTargets(
  kube: KubeObjects,
  declaration: TargetDeclaration,
  signal?: AbortSignal
): Promise<TargetCount> {
  const names: string[] = []
  for (const namespace of declaration.namespaces) {
    const list = await kube.list(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        namespace,
        ...(declaration.labelSelector ? { labelSelector: declaration.labelSelector } : {}),
        ...(declaration.fieldSelector ? { fieldSelector: declaration.fieldSelector } : {})
      },
      signal
    )
    for (const pod of list.items.filter(isAlive)) {
      const name = pod.metadata.name ?? ''
      if (!declaration.podNames || declaration.podNames.includes(name))
        names.push(`${namespace}/${name}`)
    }
  }
  return {
    candidates: names.length,
    targets: hitBy(declaration.mode, names.length),
    sample: names.slice(0, 5)
  }
}

/** How many of `candidates` a mode hits: Litmus and Chaos Mesh both round percentages down but hit at least one. */
export function hitBy(mode: TargetMode, candidates: number): number {
  if (candidates === 0) return 0
  switch (mode.kind) {
    case 'count':
      return Math.min(mode.count, candidates)
    case 'percent':
    case 'max-percent':
      return Math.max(1, Math.floor((candidates * mode.percent) / 100))
    case 'all':
    case 'unknown':
      return candidates
  }
}

/** The issue for a selector that matches nothing alive: nothing would be tested. */
export function noTargetIssue(
  declaration: TargetDeclaration,
  count: TargetCount
): Issue | undefined {
  if (count.candidates > 0) return undefined
  const selector = [
    declaration.labelSelector && `label selector '${declaration.labelSelector}'`,
    declaration.fieldSelector && `field selector '${declaration.fieldSelector}'`,
    declaration.podNames && `pod names ${declaration.podNames.join(', ')}`
  ].filter(Boolean)
  return {
    ...declaration.location,
    severity: 'error',
    code: 'kube/no-targets',
    message: `${selector.length > 0 ? selector.join(' and ') : 'the selection'} matches no running pod in namespace ${declaration.namespaces.join(', ')}`,
    expected: 'at least one running pod to inject into',
    hint: `Check it with: kubectl get pods -n ${declaration.namespaces[0] ?? 'default'}${declaration.labelSelector ? ` -l '${declaration.labelSelector}'` : ''}`
  }
}

function isAlive(pod: KubeObject): boolean {
  if (pod.metadata.deletionTimestamp !== undefined) return false
  const status = pod.status
  const phase =
    typeof status === 'object' && status !== null && 'phase' in status ? status.phase : undefined
  return phase !== 'Succeeded' && phase !== 'Failed'
}
