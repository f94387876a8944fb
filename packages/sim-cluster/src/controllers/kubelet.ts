import type { Clock } from '../clock'
import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt
} from '../core/json'
import { isDeleting, timestamp } from '../core/meta'
import type { StoreChange } from '../store/object-store'
import type { Reconciler, Requeue } from './controller-runtime'
import { keyFor, splitKey } from './keys'
import { refOf, type SystemClient } from './system-client'

/** Kubelet timing knobs. */
export interface KubeletTiming {
  /** From scheduling to Running + Ready. */
  readonly podReadyMs: number
  /** From a graceful delete to the pod being gone (the real grace period is not waited out). */
  readonly podTerminationMs: number
}

export const NODE_NAMES = ['sim-node-1', 'sim-node-2', 'sim-node-3'] as const

/**
 * The scheduler and the kubelets in one: binds pending pods to a node, starts them (Running,
 * Ready, container statuses, pod IP) after `podReadyMs`, and finishes graceful deletions after
 * `podTerminationMs`. Pods whose status someone else drives (phase beyond Running) are left
 * alone.
 */
export class Kubelet implements Reconciler {
  readonly name = 'kubelet'
  private nextNode = 0
  private nextIp = 10
  private readonly firstSeen = new Map<string, number>()
  private readonly terminating = new Map<string, number>()

  constructor(
    private readonly client: SystemClient,
    private readonly clock: Clock,
    private readonly timing: KubeletTiming
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    if (change.resource.group !== '' || change.resource.plural !== 'pods') return []
    if (change.type === 'DELETED') {
      this.firstSeen.delete(keyFor(change.object))
      this.terminating.delete(keyFor(change.object))
      return []
    }
    return [keyFor(change.object)]
  }

  reconcile(key: string): Requeue | void {
    const { namespace, name } = splitKey(key)
    const pod = this.client.get({ apiVersion: 'v1', kind: 'Pod', namespace, name })
    if (!pod) return
    if (isDeleting(pod)) return this.terminate(pod, key)
    const spec = objectAt(pod, 'spec') ?? {}
    if (!stringAt(spec, 'nodeName')) return this.bind(pod)
    if (stringAt(objectAt(pod, 'status'), 'phase') !== 'Pending') return
    const seen = this.firstSeen.get(key) ?? this.clock.now()
    this.firstSeen.set(key, seen)
    const wait = seen + this.timing.podReadyMs - this.clock.now()
    if (wait > 0) return { afterMs: wait }
    this.client.mutate(
      { apiVersion: 'v1', kind: 'Pod', namespace, name },
      (p) => this.start(p),
      true
    )
  }

  private bind(pod: JsonObject): void {
    const node = NODE_NAMES[this.nextNode++ % NODE_NAMES.length] ?? 'sim-node-1'
    const bound = this.client.mutate(refOf(pod), (p) => {
      ensureObject(p, 'spec')['nodeName'] = node
    })
    if (!bound) return
    this.client.mutate(
      refOf(bound),
      (p) => {
        ensureObject(p, 'status')['conditions'] = [
          condition('PodScheduled', 'True', timestamp(this.clock.now()))
        ]
      },
      true
    )
  }

  private start(pod: JsonObject): void {
    const now = timestamp(this.clock.now())
    const spec = objectAt(pod, 'spec') ?? {}
    const status = ensureObject(pod, 'status')
    const ip = `10.244.${Math.floor(this.nextIp / 250)}.${(this.nextIp++ % 250) + 2}`
    status['phase'] = 'Running'
    status['hostIP'] = '172.18.0.2'
    status['podIP'] = ip
    status['podIPs'] = [{ ip }]
    status['startTime'] = now
    status['conditions'] = [
      'PodReadyToStartContainers',
      'Initialized',
      'Ready',
      'ContainersReady',
      'PodScheduled'
    ].map((type) => condition(type, 'True', now))
    status['containerStatuses'] = arrayAt(spec, 'containers')
      .filter(isObject)
      .map((c) => ({
        name: stringAt(c, 'name') ?? '',
        image: stringAt(c, 'image') ?? '',
        imageID: '',
        containerID: `containerd://${Math.random().toString(16).slice(2).padEnd(16, '0')}`,
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: now } },
        lastState: {}
      }))
  }

  private terminate(pod: JsonObject, key: string): Requeue | void {
    const grace = numberAt(objectAt(pod, 'metadata'), 'deletionGracePeriodSeconds') ?? 0
    if (grace === 0) return
    const since = this.terminating.get(key) ?? this.clock.now()
    this.terminating.set(key, since)
    const wait = since + this.timing.podTerminationMs - this.clock.now()
    if (wait > 0) return { afterMs: wait }
    this.client.delete(refOf(pod), { gracePeriodSeconds: 0 })
  }
}

function condition(type: string, status: string, now: string): JsonObject {
  return { type, status, lastProbeTime: null, lastTransitionTime: now }
}
