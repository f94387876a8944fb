/**
 * The workload that brings a killed pod back, found through owner references: a ReplicaSet's own
 * controller (its Deployment) when it has one, else the ReplicaSet or StatefulSet itself. Its
 * desired replicas and pod selector are what the restore is measured against.
 */
import { formatLabelSelector, type LabelExpression } from '../../../manifest/adopt/label-selector'
import type { KubeObject } from '../../../manifest/model'
import { kubeFailure } from '../../kube/errors'
import type { KubeObjects } from '../../kube/port'
import { isRecord } from '../../kube/status'
import { controllerOf, type OwnerRef } from './pods'

/** A workload kind pod-kill can time a restore for. */
export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'ReplicaSet'

export interface Workload {
  readonly kind: WorkloadKind
  readonly namespace: string
  readonly name: string
  /** `spec.replicas` when the pods were killed. */
  readonly replicas: number
  /** Its pod selector, in string form. */
  readonly selector: string
}

const RESOURCES: Readonly<Record<WorkloadKind, string>> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  ReplicaSet: 'replicasets'
}

function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'ReplicaSet'
}

/** The workload behind `pod`, or why there is none pod-kill can use. */
export async function workloadOf(
  kube: KubeObjects,
  pod: KubeObject,
  namespace: string
): Promise<Workload | { readonly problem: string }> {
  const name = pod.metadata.name ?? ''
  const owner = controllerOf(pod)
  if (!owner)
    return {
      problem: `pod ${namespace}/${name} has no controller, so nothing would replace it: pod-kill tests recovery, not removal`
    }
  if (owner.kind !== 'ReplicaSet' && owner.kind !== 'StatefulSet')
    return {
      problem: `pod ${namespace}/${name} is controlled by a ${owner.kind}; pod-kill times the restore of Deployments, StatefulSets and ReplicaSets`
    }
  const direct = await getOwner(kube, owner, namespace)
  const above = owner.kind === 'ReplicaSet' ? controllerOf(direct) : undefined
  const top = above?.kind === 'Deployment' ? await getOwner(kube, above, namespace) : direct
  return toWorkload(top)
}

async function getOwner(
  kube: KubeObjects,
  owner: OwnerRef,
  namespace: string
): Promise<KubeObject> {
  const op = {
    backend: 'kubernetes',
    verb: 'get',
    kind: owner.kind,
    resource: isWorkloadKind(owner.kind) ? RESOURCES[owner.kind] : owner.kind.toLowerCase(),
    group: 'apps',
    namespace,
    name: owner.name
  }
  try {
    const found = await kube.get({
      apiVersion: 'apps/v1',
      kind: owner.kind,
      namespace,
      name: owner.name
    })
    if (found) return found
    throw new Error('it does not exist')
  } catch (err) {
    throw kubeFailure(err, op)
  }
}

function toWorkload(object: KubeObject): Workload | { readonly problem: string } {
  if (!isWorkloadKind(object.kind))
    return {
      problem: `${object.kind} ${object.metadata.name ?? ''} is not a workload pod-kill knows`
    }
  const spec = isRecord(object.spec) ? object.spec : {}
  const selector = isRecord(spec.selector) ? spec.selector : {}
  const labels = isRecord(selector.matchLabels) ? selector.matchLabels : {}
  const expressions = Array.isArray(selector.matchExpressions)
    ? selector.matchExpressions.filter(isRecord)
    : []
  return {
    kind: object.kind,
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name ?? '',
    replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
    selector: formatLabelSelector(
      Object.fromEntries(
        Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string')
      ),
      expressions.map(toExpression)
    )
  }
}

function toExpression(e: Readonly<Record<string, unknown>>): LabelExpression {
  return {
    key: typeof e.key === 'string' ? e.key : '',
    operator: typeof e.operator === 'string' ? e.operator : '',
    values: Array.isArray(e.values) ? e.values.filter((v) => typeof v === 'string') : []
  }
}

/** `Deployment staging/checkout` */
export const describeWorkload = (w: Workload): string => `${w.kind} ${w.namespace}/${w.name}`

/** The workloads of a handle, as saved; malformed data gives none (observe then fails, saying so). */
export function parseWorkloads(text: string | undefined): Workload[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]')
    if (!Array.isArray(value)) return []
    return value.filter(isRecord).flatMap((w) =>
      isWorkloadKind(w.kind) &&
      typeof w.name === 'string' &&
      typeof w.namespace === 'string' &&
      typeof w.replicas === 'number' &&
      typeof w.selector === 'string'
        ? [
            {
              kind: w.kind,
              name: w.name,
              namespace: w.namespace,
              replicas: w.replicas,
              selector: w.selector
            }
          ]
        : []
    )
  } catch {
    return []
  }
}
