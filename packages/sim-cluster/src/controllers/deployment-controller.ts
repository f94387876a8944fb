import type { Clock } from '../clock'
import {
  arrayAt,
  clone,
  deepEqual,
  ensureObject,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringMap
} from '../core/json'
import {
  annotationsOf,
  controllerOf,
  controllerRefTo,
  isDeleting,
  labelsOf,
  metaOf,
  nameOf,
  namespaceOf,
  timestamp,
  uidOf
} from '../core/meta'
import { fnv32a, safeEncode } from '../core/names'
import type { StoreChange } from '../store/object-store'
import type { Reconciler } from './controller-runtime'
import type { EventRecorder } from './event-recorder'
import { keyFor, splitKey } from './keys'
import { refOf, type SystemClient } from './system-client'

const COMPONENT = 'deployment-controller'
const REVISION = 'deployment.kubernetes.io/revision'

/** pod-template-hash: FNV-1a of the template, safe-encoded, as the controller labels it. */
export function podTemplateHash(template: JsonObject): string {
  return safeEncode(String(fnv32a(JSON.stringify(template))))
}

/**
 * The Deployment controller: one ReplicaSet per pod template (`<deployment>-<hash>`), scaled to
 * spec.replicas while older ones go to zero, and status/conditions from the ReplicaSets.
 * Rollouts are immediate (no surge/unavailable pacing).
 */
export class DeploymentController implements Reconciler {
  readonly name = 'deployment'

  constructor(
    private readonly client: SystemClient,
    private readonly events: EventRecorder,
    private readonly clock: Clock
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    const { group, plural } = change.resource
    if (group !== 'apps') return []
    if (plural === 'deployments') return [keyFor(change.object)]
    const owner = plural === 'replicasets' ? controllerOf(change.object) : undefined
    return owner?.kind === 'Deployment' ? [`${namespaceOf(change.object)}/${owner.name}`] : []
  }

  reconcile(key: string): void {
    const { namespace, name } = splitKey(key)
    const deployment = this.client.get({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace,
      name
    })
    if (!deployment || isDeleting(deployment)) return
    const owned = this.client
      .list('apps/v1', 'ReplicaSet', namespace)
      .filter((rs) => controllerOf(rs)?.uid === uidOf(deployment))
    const spec = objectAt(deployment, 'spec') ?? {}
    const template = objectAt(spec, 'template') ?? {}
    const hash = podTemplateHash(template)
    const replicas = numberAt(spec, 'replicas') ?? 1
    const current = owned.find((rs) => labelsOf(rs)['pod-template-hash'] === hash)
    if (!current) this.createReplicaSet(deployment, template, hash, replicas, owned)
    else this.scale(deployment, current, replicas)
    for (const old of owned) if (old !== current) this.scale(deployment, old, 0)
    this.updateStatus(deployment, hash)
  }

  private createReplicaSet(
    deployment: JsonObject,
    template: JsonObject,
    hash: string,
    replicas: number,
    owned: JsonObject[]
  ): void {
    const revision = Math.max(0, ...owned.map((rs) => Number(annotationsOf(rs)[REVISION] ?? 0))) + 1
    const podTemplate = clone(template)
    const labels = { ...labelsOf(podTemplate), 'pod-template-hash': hash }
    metaOf(podTemplate)['labels'] = labels
    const selector = clone(objectAt(objectAt(deployment, 'spec'), 'selector') ?? {})
    selector['matchLabels'] = { ...stringMap(selector['matchLabels']), 'pod-template-hash': hash }
    const rs = this.client.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${nameOf(deployment)}-${hash}`,
        namespace: namespaceOf(deployment),
        labels,
        annotations: {
          [REVISION]: String(revision),
          'deployment.kubernetes.io/desired-replicas': String(replicas),
          'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas / 4))
        },
        ownerReferences: [controllerRefTo(deployment)]
      },
      spec: { replicas, minReadySeconds: 0, selector, template: podTemplate }
    })
    this.events.record(
      deployment,
      'Normal',
      'ScalingReplicaSet',
      `Scaled up replica set ${nameOf(rs)} from 0 to ${replicas}`,
      COMPONENT
    )
  }

  private scale(deployment: JsonObject, rs: JsonObject, replicas: number): void {
    const from = numberAt(objectAt(rs, 'spec'), 'replicas') ?? 0
    if (from === replicas) return
    this.client.mutate(refOf(rs), (obj) => {
      ensureObject(obj, 'spec')['replicas'] = replicas
    })
    const verb = replicas > from ? 'up' : 'down'
    this.events.record(
      deployment,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${verb} replica set ${nameOf(rs)} from ${from} to ${replicas}`,
      COMPONENT
    )
  }

  private updateStatus(deployment: JsonObject, hash: string): void {
    this.client.mutate(
      refOf(deployment),
      (obj) => {
        const sets = this.client
          .list('apps/v1', 'ReplicaSet', namespaceOf(obj))
          .filter((rs) => controllerOf(rs)?.uid === uidOf(obj))
        const sum = (key: string, only?: string): number =>
          sets
            .filter((rs) => only === undefined || labelsOf(rs)['pod-template-hash'] === only)
            .reduce((n, rs) => n + (numberAt(objectAt(rs, 'status'), key) ?? 0), 0)
        const desired = numberAt(objectAt(obj, 'spec'), 'replicas') ?? 1
        const available = sum('availableReplicas')
        const old = objectAt(obj, 'status') ?? {}
        const next: JsonObject = {
          observedGeneration: metaOf(obj)['generation'] ?? 1,
          replicas: sum('replicas'),
          updatedReplicas: sum('replicas', hash),
          readyReplicas: sum('readyReplicas'),
          availableReplicas: available,
          conditions: mergeConditions(
            arrayAt(old, 'conditions').filter(isObject),
            this.conditions(available >= desired, `${nameOf(obj)}-${hash}`)
          )
        }
        if (available < desired) next['unavailableReplicas'] = desired - available
        if (deepEqual(old, next)) return false
        obj['status'] = next
        return true
      },
      true
    )
  }

  private conditions(available: boolean, rsName: string): JsonObject[] {
    const now = timestamp(this.clock.now())
    return [
      {
        type: 'Available',
        status: available ? 'True' : 'False',
        lastUpdateTime: now,
        lastTransitionTime: now,
        reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message: available
          ? 'Deployment has minimum availability.'
          : 'Deployment does not have minimum availability.'
      },
      {
        type: 'Progressing',
        status: 'True',
        lastUpdateTime: now,
        lastTransitionTime: now,
        reason: available ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
        message: available
          ? `ReplicaSet "${rsName}" has successfully progressed.`
          : `ReplicaSet "${rsName}" is progressing.`
      }
    ]
  }
}

/** Keeps an unchanged condition as it was (timestamps included), so no-op syncs write nothing. */
function mergeConditions(old: JsonObject[], fresh: JsonObject[]): JsonObject[] {
  return fresh.map((condition) => {
    const previous = old.find((c) => c['type'] === condition['type'])
    const same =
      previous &&
      previous['status'] === condition['status'] &&
      previous['reason'] === condition['reason'] &&
      previous['message'] === condition['message']
    return same ? previous : condition
  })
}
