import { isObject, type JsonObject, stringAt } from '../core/json'
import {
  finalizersOf,
  isDeleting,
  metaOf,
  nameOf,
  namespaceOf,
  ownerReferencesOf,
  setFinalizers,
  uidOf
} from '../core/meta'
import { resourceKey } from '../resources/resource-type'
import type { StoreChange } from '../store/object-store'
import type { Reconciler, Requeue } from './controller-runtime'
import { type ObjectRef, refOf, type SystemClient } from './system-client'

const ORPHAN = 'orphan'
const FOREGROUND = 'foregroundDeletion'
const POLL_MS = 25

/**
 * The garbage collector: when an owner is gone, its dependents are deleted (background), or
 * merely released if another owner remains; an owner deleted with propagationPolicy=Orphan
 * releases its dependents, and one deleted with Foreground waits until they are gone.
 */
export class GarbageCollector implements Reconciler {
  readonly name = 'garbage-collector'
  /** owner uid → dependents ("resource|namespace|name" → ref), kept from the change feed. */
  private readonly dependents = new Map<string, Map<string, ObjectRef>>()

  constructor(private readonly client: SystemClient) {}

  keysFor(change: StoreChange): readonly string[] {
    this.index(change)
    if (change.type === 'DELETED') {
      return this.dependents.has(uidOf(change.object)) ? [`gone|${uidOf(change.object)}`] : []
    }
    const finalizers = finalizersOf(change.object)
    if (!isDeleting(change.object)) return []
    if (!finalizers.includes(ORPHAN) && !finalizers.includes(FOREGROUND)) return []
    return [`owner|${resourceKey(change.resource)}|${JSON.stringify(refOf(change.object))}`]
  }

  reconcile(key: string): Requeue | void {
    const [kind, ...rest] = key.split('|')
    if (kind === 'gone') return this.collect(rest[0] ?? '')
    const parsed: unknown = JSON.parse(rest.slice(1).join('|'))
    if (!isObject(parsed)) return
    return this.finalizeOwner({
      apiVersion: stringAt(parsed, 'apiVersion') ?? '',
      kind: stringAt(parsed, 'kind') ?? '',
      namespace: stringAt(parsed, 'namespace') ?? '',
      name: stringAt(parsed, 'name') ?? ''
    })
  }

  private collect(ownerUid: string): void {
    for (const dependent of this.dependentsOf(ownerUid)) {
      const others = ownerReferencesOf(dependent).filter((ref) => ref.uid !== ownerUid)
      if (others.length > 0) this.release(dependent, ownerUid)
      else if (!isDeleting(dependent))
        this.client.delete(refOf(dependent), { propagationPolicy: 'Background' })
    }
  }

  private finalizeOwner(ref: ObjectRef): Requeue | void {
    const owner = this.client.get(ref)
    if (!owner || !isDeleting(owner)) return
    const finalizers = finalizersOf(owner)
    const dependents = this.dependentsOf(uidOf(owner))
    if (finalizers.includes(ORPHAN)) {
      for (const dependent of dependents) this.release(dependent, uidOf(owner))
      this.dropFinalizer(ref, ORPHAN)
      return
    }
    if (!finalizers.includes(FOREGROUND)) return
    for (const dependent of dependents) {
      if (!isDeleting(dependent))
        this.client.delete(refOf(dependent), { propagationPolicy: 'Foreground' })
    }
    if (dependents.length > 0) return { afterMs: POLL_MS }
    this.dropFinalizer(ref, FOREGROUND)
  }

  private index(change: StoreChange): void {
    const id = `${resourceKey(change.resource)}|${namespaceOf(change.object)}|${nameOf(change.object)}`
    for (const ref of ownerReferencesOf(change.previous ?? {}))
      this.dependents.get(ref.uid)?.delete(id)
    if (change.type === 'DELETED') return
    for (const ref of ownerReferencesOf(change.object)) {
      let set = this.dependents.get(ref.uid)
      if (!set) {
        set = new Map()
        this.dependents.set(ref.uid, set)
      }
      set.set(id, refOf(change.object))
    }
  }

  private dependentsOf(uid: string): JsonObject[] {
    const refs = [...(this.dependents.get(uid)?.values() ?? [])]
    const found = refs.map((ref) => this.client.get(ref)).filter((o): o is JsonObject => !!o)
    if (found.length === 0) this.dependents.delete(uid)
    return found.filter((obj) => ownerReferencesOf(obj).some((ref) => ref.uid === uid))
  }

  private release(dependent: JsonObject, ownerUid: string): void {
    this.client.mutate(refOf(dependent), (obj) => {
      const refs = metaOf(obj)['ownerReferences']
      if (!Array.isArray(refs)) return false
      metaOf(obj)['ownerReferences'] = refs.filter((r) => !(isObject(r) && r['uid'] === ownerUid))
      return true
    })
  }

  private dropFinalizer(ref: ObjectRef, finalizer: string): void {
    this.client.mutate(ref, (obj) =>
      setFinalizers(
        obj,
        finalizersOf(obj).filter((f) => f !== finalizer)
      )
    )
  }
}
