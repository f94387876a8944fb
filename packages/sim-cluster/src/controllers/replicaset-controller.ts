import { ApiError } from '../core/api-error'
import { clone, ensureObject, type JsonObject, numberAt, objectAt, stringAt } from '../core/json'
import {
  controllerOf,
  controllerRefTo,
  isDeleting,
  metaOf,
  nameOf,
  namespaceOf,
  uidOf
} from '../core/meta'
import type { StoreChange } from '../store/object-store'
import type { Reconciler, Requeue } from './controller-runtime'
import type { EventRecorder } from './event-recorder'
import { keyFor, splitKey } from './keys'
import { refOf, type SystemClient } from './system-client'
import { isActivePod, isReadyPod } from './workload-status'

const COMPONENT = 'replicaset-controller'

/**
 * The ReplicaSet controller: keeps `spec.replicas` active pods from the template (new names
 * from generateName, owned through a controller reference) — so a deleted pod comes back under
 * a new name — and reports replicas / ready / available in status.
 */
export class ReplicaSetController implements Reconciler {
  readonly name = 'replicaset'

  constructor(
    private readonly client: SystemClient,
    private readonly events: EventRecorder
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    const { group, plural } = change.resource
    if (group === 'apps' && plural === 'replicasets') return [keyFor(change.object)]
    if (group !== '' || plural !== 'pods') return []
    const owner = controllerOf(change.object)
    if (owner?.kind !== 'ReplicaSet') return []
    return [`${namespaceOf(change.object)}/${owner.name}`]
  }

  reconcile(key: string): Requeue | void {
    const { namespace, name } = splitKey(key)
    const rs = this.client.get({ apiVersion: 'apps/v1', kind: 'ReplicaSet', namespace, name })
    if (!rs || isDeleting(rs)) return
    const pods = this.client
      .list('v1', 'Pod', namespace)
      .filter((pod) => controllerOf(pod)?.uid === uidOf(rs))
    const active = pods.filter(isActivePod)
    const desired = numberAt(objectAt(rs, 'spec'), 'replicas') ?? 1
    for (let i = active.length; i < desired; i++) this.createPod(rs)
    if (active.length > desired) this.deleteExcess(rs, active, active.length - desired)
    this.updateStatus(rs)
  }

  private createPod(rs: JsonObject): void {
    const template = objectAt(objectAt(rs, 'spec'), 'template') ?? {}
    const pod: JsonObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        ...clone(objectAt(template, 'metadata') ?? {}),
        generateName: `${nameOf(rs)}-`,
        namespace: metaOf(rs)['namespace'] ?? '',
        ownerReferences: [controllerRefTo(rs)]
      },
      spec: clone(objectAt(template, 'spec') ?? {})
    }
    try {
      const created = this.client.create(pod)
      this.events.record(
        rs,
        'Normal',
        'SuccessfulCreate',
        `Created pod: ${nameOf(created)}`,
        COMPONENT
      )
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      this.events.record(rs, 'Warning', 'FailedCreate', `Error creating: ${err.message}`, COMPONENT)
      throw err
    }
  }

  /** Scale down: not-ready pods first, then the newest. */
  private deleteExcess(rs: JsonObject, active: JsonObject[], count: number): void {
    const ranked = [...active].sort((a, b) => {
      const ready = Number(isReadyPod(a)) - Number(isReadyPod(b))
      if (ready !== 0) return ready
      const created = (pod: JsonObject): string => stringAt(metaOf(pod), 'creationTimestamp') ?? ''
      return created(b).localeCompare(created(a))
    })
    for (const pod of ranked.slice(0, count)) {
      this.client.delete(refOf(pod))
      this.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${nameOf(pod)}`, COMPONENT)
    }
  }

  private updateStatus(rs: JsonObject): void {
    this.client.mutate(
      refOf(rs),
      (current) => {
        const pods = this.client
          .list('v1', 'Pod', namespaceOf(current))
          .filter((pod) => controllerOf(pod)?.uid === uidOf(current) && isActivePod(pod))
        const ready = pods.filter(isReadyPod).length
        const status = ensureObject(current, 'status')
        const next = {
          replicas: pods.length,
          fullyLabeledReplicas: pods.length,
          readyReplicas: ready,
          availableReplicas: ready,
          observedGeneration: metaOf(current)['generation'] ?? 1
        }
        if (Object.entries(next).every(([k, v]) => status[k] === v)) return false
        Object.assign(status, next)
        return true
      },
      true
    )
  }
}
