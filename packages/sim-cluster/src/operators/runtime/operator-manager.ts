import { setMaxListeners } from 'node:events'

import type { Clock } from '../../clock'
import type { WatchChange } from './informer'
import { KubeHttpError } from './kube-http'

/** What a reconcile asks for next. */
export interface Requeue {
  /** Run again after this many ms of the clock (timed transitions: durations, deadlines). */
  readonly afterMs?: number
}

/**
 * A level-triggered controller, controller-runtime style: watch changes map to keys, each key is
 * reconciled from the informers' current state; writes go over the API.
 */
export interface Reconciler {
  readonly name: string
  /** The keys a change should (re)queue. */
  keysFor(change: WatchChange): readonly string[]
  reconcile(key: string): Promise<Requeue | void>
}

const MAX_BACKOFF_MS = 1000

/**
 * client-go's workqueue for a few reconcilers: keys are deduplicated, one key is never
 * reconciled twice at once (a key queued while it runs runs again afterwards), timed requeues
 * go through the injected clock, errors back off exponentially and a conflict retries at once.
 * stop() cancels every timer and waits for the reconciles in flight.
 */
export class OperatorManager {
  private readonly abort = new AbortController()
  private readonly queues = new Map<Reconciler, Set<string>>()
  private readonly active = new Set<string>()
  private readonly dirty = new Set<string>()
  private readonly inFlight = new Set<Promise<void>>()
  private readonly failures = new Map<string, number>()
  private scheduled = false

  constructor(
    private readonly clock: Clock,
    private readonly onError: (reconciler: string, key: string, err: unknown) => void = () =>
      undefined
  ) {
    // One signal cancels every timed requeue; the default limit of 10 would warn of a leak.
    setMaxListeners(0, this.abort.signal)
  }

  add(reconciler: Reconciler): void {
    this.queues.set(reconciler, new Set())
  }

  /** Feeds one informer change to every reconciler. */
  onChange(change: WatchChange): void {
    for (const reconciler of this.queues.keys()) {
      for (const key of reconciler.keysFor(change)) this.enqueue(reconciler, key)
    }
  }

  async stop(): Promise<void> {
    this.abort.abort()
    for (const queue of this.queues.values()) queue.clear()
    await Promise.allSettled([...this.inFlight])
  }

  private enqueue(reconciler: Reconciler, key: string): void {
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
      for (const key of keys) {
        const id = `${reconciler.name}/${key}`
        if (this.active.has(id)) this.dirty.add(id)
        else this.start(reconciler, key, id)
      }
    }
  }

  private start(reconciler: Reconciler, key: string, id: string): void {
    this.active.add(id)
    const run: Promise<void> = this.run(reconciler, key, id).finally(() => {
      this.active.delete(id)
      this.inFlight.delete(run)
      if (this.dirty.delete(id)) this.enqueue(reconciler, key)
    })
    this.inFlight.add(run)
  }

  private async run(reconciler: Reconciler, key: string, id: string): Promise<void> {
    try {
      const result = await reconciler.reconcile(key)
      this.failures.delete(id)
      if (result?.afterMs !== undefined) this.enqueueAfter(reconciler, key, result.afterMs)
    } catch (err) {
      if (this.abort.signal.aborted) return
      const attempts = (this.failures.get(id) ?? 0) + 1
      this.failures.set(id, attempts)
      this.onError(reconciler.name, key, err)
      const conflict = err instanceof KubeHttpError && err.code === 409
      const delay = conflict ? 0 : Math.min(MAX_BACKOFF_MS, 10 * 2 ** attempts)
      this.enqueueAfter(reconciler, key, delay)
    }
  }
}
