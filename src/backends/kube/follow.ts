/**
 * Follows a collection by watch, the way an informer does (docs/architecture.md, "Conventions"): list, then watch from
 * the list's resourceVersion with bookmarks; when the server closes the stream, watch again from the
 * last resourceVersion seen; on 410 Gone, list again. Only when watching keeps failing does it poll,
 * with jittered back-off, and it tries to watch again every so often. All waiting goes through the
 * injected clock and stops when the signal aborts.
 */
import type { KubeObject } from '../../manifest/model'
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import { type Log, silentLog } from '../../util/log'
import { backoffDelay, type RetryPolicy } from '../../util/retry'
import { isGone, isTransient } from './errors'
import { type CollectionRef, KubeApiError, type KubeObjects, type WatchEvent } from './port'

/** The collection as it is now. */
export interface FollowSnapshot {
  readonly objects: readonly KubeObject[]
  readonly resourceVersion: string
  /** How this state was learnt: the first list, a watch event, a list after 410, or a poll. */
  readonly via: 'list' | 'watch' | 'relist' | 'poll'
}

export interface FollowOptions {
  readonly clock: Clock
  readonly signal: AbortSignal
  readonly log?: Log
  /** What each watch request asks the server to honour; it then ends the stream (default 300). */
  readonly watchTimeoutSeconds?: number
  /** Consecutive failed watches before polling instead (default 3). */
  readonly maxWatchFailures?: number
  /** Back-off between failed watches and failed polls. */
  readonly backoff?: RetryPolicy
  /** The poll interval once watching has failed (default 2 s, jittered by the back-off's jitter). */
  readonly pollIntervalMs?: number
  /** Polls before watching is tried again (default 10). */
  readonly pollsBeforeRewatch?: number
  readonly random?: () => number
}

const BACKOFF: RetryPolicy = {
  attempts: Infinity,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  jitter: 0.3
}
/** A stream the server ends sooner than this without a single event counts as a failure. */
const MIN_QUIET_WATCH_MS = 1_000

/**
 * Yields the collection's state: once after the first list, then after every change. Ends quietly
 * when the signal aborts; throws only what retrying cannot fix (403 on list, an unknown kind).
 */
export function follow(
  kube: KubeObjects,
  ref: CollectionRef,
  options: FollowOptions
): AsyncGenerator<FollowSnapshot> {
  return new Follower(kube, ref, options).run()
}

class Follower {
  private readonly objects = new Map<string, KubeObject>()
  private resourceVersion = ''
  private failures = 0
  private readonly log: Log
  private readonly backoff: RetryPolicy
  private readonly maxFailures: number

  constructor(
    private readonly kube: KubeObjects,
    private readonly ref: CollectionRef,
    private readonly options: FollowOptions
  ) {
    this.log = options.log ?? silentLog
    this.backoff = options.backoff ?? BACKOFF
    this.maxFailures = options.maxWatchFailures ?? 3
  }

  async *run(): AsyncGenerator<FollowSnapshot> {
    const { signal } = this.options
    try {
      while (!(await this.relist())) {
        // relist backed off already; keep trying until the list works or the signal aborts.
      }
      this.failures = 0
      yield this.snapshot('list')
      while (!signal.aborted) {
        if (this.failures >= this.maxFailures) yield* this.poll()
        else yield* this.watchOnce()
      }
    } catch (err) {
      // Once the signal aborted, whatever failed (a torn-down stream, a cancelled sleep) is its echo.
      if (signal.aborted) return
      throw err
    }
  }

  /** One watch request, from the last resourceVersion, until the server ends it or it fails. */
  private async *watchOnce(): AsyncGenerator<FollowSnapshot> {
    const { clock, signal } = this.options
    const started = clock.now()
    let events = 0
    try {
      const stream = this.kube.watch(
        this.ref,
        {
          resourceVersion: this.resourceVersion,
          allowBookmarks: true,
          timeoutSeconds: this.options.watchTimeoutSeconds ?? 300
        },
        signal
      )
      for await (const event of stream) {
        events++
        this.failures = 0
        if (this.apply(event)) yield this.snapshot('watch')
      }
      // A stream that ended because the follow was stopped is no failure of the server's.
      if (!signal.aborted && events === 0 && clock.now() - started < MIN_QUIET_WATCH_MS)
        await this.failed(new Error('the server ended the watch at once without any event'))
    } catch (err) {
      if (signal.aborted) throw err
      if (isGone(err)) {
        this.log.debug(`kube: watch of ${this.ref.kind} expired (410 Gone); listing again`)
        if (await this.relist()) yield this.snapshot('relist')
        return
      }
      // A watch forbidden by RBAC can still be polled when list is allowed.
      if (err instanceof KubeApiError && err.status === 403) {
        this.failures = this.maxFailures
        return
      }
      if (!isTransient(err)) throw err
      await this.failed(err)
    }
  }

  /** Polls for a while after watching failed, then lets watching have one more go. */
  private async *poll(): AsyncGenerator<FollowSnapshot> {
    const { clock, signal } = this.options
    const interval = this.options.pollIntervalMs ?? 2_000
    this.log.warn(`kube: watching ${this.ref.kind} keeps failing; polling every ${interval} ms`)
    let errors = 0
    for (let i = 0; i < (this.options.pollsBeforeRewatch ?? 10) && !signal.aborted; i++) {
      const delay =
        errors === 0
          ? backoffDelay(
              { ...this.backoff, baseDelayMs: interval, maxDelayMs: interval },
              1,
              this.random
            )
          : backoffDelay(this.backoff, errors, this.random)
      await clock.sleep(delay, signal)
      const before = this.fingerprint()
      if (!(await this.relist())) {
        errors++
        continue
      }
      errors = 0
      if (this.fingerprint() !== before) yield this.snapshot('poll')
    }
    this.failures = this.maxFailures - 1
  }

  /** Lists the collection; false (after backing off) when a transient failure prevented it. */
  private async relist(): Promise<boolean> {
    try {
      const list = await this.kube.list(this.ref, this.options.signal)
      this.objects.clear()
      for (const item of list.items) this.objects.set(keyOf(item), item)
      this.resourceVersion = list.resourceVersion
      return true
    } catch (err) {
      if (this.options.signal.aborted || !isTransient(err)) throw err
      await this.failed(err)
      return false
    }
  }

  private async failed(err: unknown): Promise<void> {
    this.failures++
    const delay = backoffDelay(this.backoff, this.failures, this.random)
    this.log.debug(`kube: following ${this.ref.kind}: ${errorMessage(err)}; again in ${delay} ms`)
    await this.options.clock.sleep(delay, this.options.signal)
  }

  /** Applies a watch event; true when the collection changed. */
  private apply(event: WatchEvent): boolean {
    const rv = event.object.metadata.resourceVersion
    if (typeof rv === 'string' && rv !== '') this.resourceVersion = rv
    if (event.type === 'BOOKMARK') return false
    if (event.type === 'DELETED') return this.objects.delete(keyOf(event.object))
    this.objects.set(keyOf(event.object), event.object)
    return true
  }

  private snapshot(via: FollowSnapshot['via']): FollowSnapshot {
    return { objects: [...this.objects.values()], resourceVersion: this.resourceVersion, via }
  }

  private fingerprint(): string {
    return [...this.objects.entries()]
      .map(([key, o]) => `${key}@${String(o.metadata.resourceVersion)}`)
      .sort()
      .join(',')
  }

  private readonly random = (): number => (this.options.random ?? Math.random)()
}

function keyOf(object: KubeObject): string {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`
}
