import { expired } from '../core/api-error'
import type { JsonObject } from '../core/json'

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

/** One change to one object, numbered by the global resourceVersion it produced. */
export interface ChangeEvent {
  readonly rv: number
  readonly type: WatchEventType
  /** resourceKey of the object's resource ("podchaos.chaos-mesh.org"). */
  readonly resource: string
  readonly namespace: string
  /** The object after the change (for DELETED: its last state, at the deletion rv). */
  readonly object: JsonObject
  /** The object before the change (MODIFIED, DELETED). */
  readonly previous?: JsonObject
}

/** Which events a subscriber wants. */
export interface WatchScope {
  readonly resource: string
  /** Restrict to one namespace; undefined for all namespaces. */
  readonly namespace?: string
}

type Handler = (event: ChangeEvent) => void

/**
 * The watch cache: a bounded history of changes (so a watch can resume from a
 * resourceVersion) and the live fan-out. A resume point older than the retained window fails
 * with 410 Expired, exactly like the real server's "too old resource version".
 */
export class WatchHub {
  private readonly history: ChangeEvent[] = []
  /** Events with rv <= compactedRv are gone. */
  private compactedRv = 0
  private readonly subscribers = new Set<{ scope: WatchScope; handler: Handler }>()

  constructor(private readonly capacity: number) {}

  publish(event: ChangeEvent): void {
    this.history.push(event)
    if (this.history.length > this.capacity) {
      const dropped = this.history.splice(0, this.history.length - this.capacity)
      this.compactedRv = dropped[dropped.length - 1]?.rv ?? this.compactedRv
    }
    for (const sub of [...this.subscribers]) {
      if (matches(sub.scope, event)) sub.handler(event)
    }
  }

  /** Forgets all history up to `rv` (like an etcd compaction). */
  compact(rv: number): void {
    this.compactedRv = Math.max(this.compactedRv, rv)
    const keepFrom = this.history.findIndex((e) => e.rv > this.compactedRv)
    this.history.splice(0, keepFrom === -1 ? this.history.length : keepFrom)
  }

  /**
   * Replays retained events after `sinceRv`, then delivers live ones. Throws 410 Expired when
   * events after `sinceRv` were already dropped.
   */
  subscribe(scope: WatchScope, sinceRv: number, handler: Handler): () => void {
    if (sinceRv < this.compactedRv) {
      throw expired(`too old resource version: ${sinceRv} (${this.compactedRv + 1})`)
    }
    for (const event of this.history) {
      if (event.rv > sinceRv && matches(scope, event)) handler(event)
    }
    const sub = { scope, handler }
    this.subscribers.add(sub)
    return () => this.subscribers.delete(sub)
  }

  /** The oldest resourceVersion a watch can still resume from. */
  oldestResumable(): number {
    return this.compactedRv
  }
}

function matches(scope: WatchScope, event: ChangeEvent): boolean {
  if (scope.resource !== event.resource) return false
  return scope.namespace === undefined || scope.namespace === event.namespace
}
