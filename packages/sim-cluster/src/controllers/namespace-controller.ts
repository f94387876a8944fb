import type { Clock } from '../clock'
import { ensureObject } from '../core/json'
import { isDeleting, nameOf } from '../core/meta'
import type { StoreChange } from '../store/object-store'
import type { Reconciler, Requeue } from './controller-runtime'
import { refOf, type SystemClient } from './system-client'

const POLL_MS = 25

/**
 * The namespace controller: a Terminating namespace has its content deleted, and the namespace
 * goes only when nothing is left, so an object stuck on a finalizer keeps it Terminating, as on
 * a real cluster. It also provisions the `default` ServiceAccount of every new namespace.
 */
export class NamespaceController implements Reconciler {
  readonly name = 'namespace'

  private readonly terminatingSince = new Map<string, number>()

  constructor(
    private readonly client: SystemClient,
    private readonly clock: Clock,
    /** Delay before content deletion starts (the real controller takes a while to get there). */
    private readonly cleanupDelayMs: number
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    if (change.resource.group !== '' || change.resource.plural !== 'namespaces') return []
    return change.type === 'DELETED' ? [] : [nameOf(change.object)]
  }

  reconcile(name: string): Requeue | void {
    const ns = this.client.get({ apiVersion: 'v1', kind: 'Namespace', name })
    if (!ns) return
    if (!isDeleting(ns)) return this.ensureDefaultAccount(name)
    const since = this.terminatingSince.get(name) ?? this.clock.now()
    this.terminatingSince.set(name, since)
    const wait = since + this.cleanupDelayMs - this.clock.now()
    if (wait > 0) return { afterMs: wait }
    let remaining = 0
    const { registry, store } = this.client.core.deps
    for (const type of registry.all()) {
      if (!type.namespaced) continue
      for (const obj of store.list(type, name)) {
        remaining++
        if (!isDeleting(obj)) this.client.delete(refOf(obj))
      }
    }
    if (remaining > 0) return { afterMs: POLL_MS }
    this.terminatingSince.delete(name)
    this.client.mutate(refOf(ns), (obj) => {
      ensureObject(obj, 'spec')['finalizers'] = []
    })
  }

  private ensureDefaultAccount(namespace: string): void {
    const ref = { apiVersion: 'v1', kind: 'ServiceAccount', namespace, name: 'default' }
    if (this.client.get(ref)) return
    this.client.create({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace }
    })
  }
}
