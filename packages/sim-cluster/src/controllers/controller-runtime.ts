import { setMaxListeners } from 'node:events'

import type { Clock } from '../clock'
import { ApiError } from '../core/api-error'
import type { ObjectStore, StoreChange } from '../store/object-store'

/** What a reconcile asks for next. */
export interface Requeue {
  /** Run again after this many ms (timed transitions: readiness, durations, deadlines). */
  readonly afterMs?: number
}

/**
 * A level-triggered controller, controller-runtime style: changes map to keys, each key is
 * reconciled from the current state. Reconcilers run synchronously against the API core.
 */
export interface Reconciler {
  readonly name: string
  /** The keys a change should (re)queue. */
  keysFor(change: StoreChange): readonly string[]
  reconcile(key: string): Requeue | void
}

const MAX_BACKOFF_MS = 1000

/**
 * Runs reconcilers: a deduplicating queue per reconciler drained on the next turn of the event
 * loop, timed requeues through the injected clock, and exponential back-off on errors (a
 * conflict retries at once). stop() cancels every pending timer.
 */
export class ControllerManager {
  private readonly abort = stopSignal()
  private readonly queues = new Map<Reconciler, Set<string>>()
  private readonly failures = new Map<string, number>()
  private unsubscribe: () => void = () => undefined
  private scheduled = false

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: Clock,
    private readonly onError: (reconciler: string, key: string, err: unknown) => void = () =>
      undefined
  ) {}

  add(reconciler: Reconciler): void {
    this.queues.set(reconciler, new Set())
  }

  start(): void {
    this.unsubscribe = this.store.onChange((change) => {
      for (const reconciler of this.queues.keys()) {
        for (const key of reconciler.keysFor(change)) this.enqueue(reconciler, key)
      }
    })
  }

  stop(): void {
    this.unsubscribe()
    this.abort.abort()
    for (const queue of this.queues.values()) queue.clear()
  }

  /** Queues a key now (used by reconcilers that discover work outside a change). */
  enqueue(reconciler: Reconciler, key: string): void {
    if (this.abort.signal.aborted) return
    this.queues.get(reconciler)?.add(key)
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.drain())
    }
  }

  private enqueueAfter(reconciler: Reconciler, key: string, ms: number): void {
    this.clock.sleep(ms, this.abort.signal).then(
      () => this.enqueue(reconciler, key),
      () => undefined
    )
  }

  private drain(): void {
    this.scheduled = false
    for (const [reconciler, queue] of this.queues) {
      const keys = [...queue]
      queue.clear()
      for (const key of keys) this.run(reconciler, key)
    }
  }

  private run(reconciler: Reconciler, key: string): void {
    const id = `${reconciler.name}/${key}`
    try {
      const result = reconciler.reconcile(key)
      this.failures.delete(id)
      if (result?.afterMs !== undefined) this.enqueueAfter(reconciler, key, result.afterMs)
    } catch (err) {
      const attempts = (this.failures.get(id) ?? 0) + 1
      this.failures.set(id, attempts)
      this.onError(reconciler.name, key, err)
      const conflict = err instanceof ApiError && err.code === 409
      const delay = conflict ? 0 : Math.min(MAX_BACKOFF_MS, 10 * 2 ** attempts)
      this.enqueueAfter(reconciler, key, delay)
    }
  }
}

/**
 * One signal cancels every timed requeue; a busy cluster has many waiting at once, so the
 * default limit of 10 listeners would only produce a misleading leak warning.
 */
function stopSignal(): AbortController {
  const controller = new AbortController()
  setMaxListeners(0, controller.signal)
  return controller
}
