import { setTimeout as wait } from 'node:timers/promises'

import { arrayAt, isObject, type JsonObject, numberAt, objectAt, stringAt } from '../../core/json'
import { nameOf, namespaceOf, resourceVersionOf, uidOf } from '../../core/meta'
import { type ApiResource, collectionPath } from './discovery'
import { type KubeHttp, KubeHttpError, type WatchEvent } from './kube-http'

/** A change an informer saw, in the shape the reconcilers map to queue keys. */
export interface WatchChange {
  readonly resource: ApiResource
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED'
  readonly object: JsonObject
}

const PAGE = 500
/** Deleted uids remembered, so a late write-through cannot bring an object back. */
const TOMBSTONES = 10_000
const MAX_BACKOFF_MS = 2_000

/**
 * client-go's reflector and store for one resource, cluster-wide: list (paged), then watch from
 * the list's resourceVersion with bookmarks; a watch that ends is resumed from the last
 * resourceVersion seen (event or bookmark), a 410 Gone (an ERROR event or an HTTP 410) re-lists,
 * and any other failure backs off and tries again. Network back-off runs on real time: it is
 * about the connection, not the simulated clock.
 */
export class Informer {
  private readonly cache = new Map<string, JsonObject>()
  private readonly deleted = new Set<string>()
  private resourceVersion = ''
  private readonly abort = new AbortController()
  private markReady: () => void = () => undefined
  /** Resolves once the first list is cached and the first watch is open. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve))
  private done: Promise<void> = Promise.resolve()

  constructor(
    private readonly http: KubeHttp,
    readonly resource: ApiResource,
    private readonly onChange: (change: WatchChange) => void,
    private readonly onError: (err: unknown) => void
  ) {}

  start(): void {
    this.done = this.loop()
  }

  async stop(): Promise<void> {
    this.abort.abort()
    await this.done
  }

  get(namespace: string, name: string): JsonObject | undefined {
    return this.cache.get(`${namespace}/${name}`)
  }

  all(): JsonObject[] {
    return [...this.cache.values()]
  }

  /**
   * Write-through of the operator's own write, unless the cache already holds something newer
   * or the object is already gone: the watch may deliver its DELETED event before the answer
   * to the DELETE that caused it (kwok removes a pod at once), and that answer must not bring
   * the pod back into the cache.
   */
  store(obj: JsonObject): void {
    if (this.deleted.has(uidOf(obj))) return
    const key = `${namespaceOf(obj)}/${nameOf(obj)}`
    const known = this.cache.get(key)
    if (!known || !isNewer(resourceVersionOf(known), resourceVersionOf(obj)))
      this.cache.set(key, obj)
  }

  forget(namespace: string, name: string): void {
    this.cache.delete(`${namespace}/${name}`)
  }

  private async loop(): Promise<void> {
    let backoff = 0
    while (!this.abort.signal.aborted) {
      try {
        if (!this.resourceVersion) await this.relist()
        await this.watchOnce()
        backoff = 0
      } catch (err) {
        if (this.abort.signal.aborted) return
        if (err instanceof KubeHttpError && err.code === 410) {
          this.resourceVersion = ''
          continue
        }
        this.onError(err)
        backoff = Math.min(MAX_BACKOFF_MS, Math.max(50, backoff * 2))
        await wait(backoff, undefined, { signal: this.abort.signal }).catch(() => undefined)
      }
    }
  }

  private async relist(): Promise<void> {
    const items: JsonObject[] = []
    let next = ''
    let listVersion = ''
    do {
      const query = `?limit=${PAGE}${next ? `&continue=${encodeURIComponent(next)}` : ''}`
      const page = await this.http.json('GET', `${collectionPath(this.resource)}${query}`)
      const meta = objectAt(page, 'metadata')
      items.push(...arrayAt(page, 'items').filter(isObject))
      next = stringAt(meta, 'continue') ?? ''
      listVersion = stringAt(meta, 'resourceVersion') ?? listVersion
    } while (next)
    const seen = new Set<string>()
    for (const item of items) {
      // List items carry no apiVersion/kind; reconcilers read them, so put them back.
      const obj = { ...item, apiVersion: this.resource.apiVersion, kind: this.resource.kind }
      const key = `${namespaceOf(obj)}/${nameOf(obj)}`
      seen.add(key)
      const known = this.cache.get(key)
      this.cache.set(key, obj)
      if (!known) this.emit('ADDED', obj)
      else if (resourceVersionOf(known) !== resourceVersionOf(obj)) this.emit('MODIFIED', obj)
    }
    for (const [key, obj] of [...this.cache]) {
      if (seen.has(key)) continue
      this.cache.delete(key)
      this.tombstone(uidOf(obj))
      this.emit('DELETED', obj)
    }
    this.resourceVersion = listVersion
  }

  private async watchOnce(): Promise<void> {
    // Spread the watches' ends, as client-go does, so they do not all re-watch at once.
    const timeout = 300 + Math.floor(Math.random() * 300)
    const query =
      `?watch=1&allowWatchBookmarks=true&timeoutSeconds=${timeout}` +
      `&resourceVersion=${encodeURIComponent(this.resourceVersion)}`
    await this.http.watch(
      `${collectionPath(this.resource)}${query}`,
      (event) => this.apply(event),
      () => this.markReady(),
      this.abort.signal
    )
  }

  private apply(event: WatchEvent): void {
    const { type, object } = event
    if (type === 'ERROR') {
      const code = numberAt(object, 'code') ?? 500
      throw new KubeHttpError(
        code,
        stringAt(object, 'reason') ?? '',
        stringAt(object, 'message') ?? ''
      )
    }
    const version = resourceVersionOf(object)
    if (version) this.resourceVersion = version
    if (type === 'BOOKMARK') return
    const key = `${namespaceOf(object)}/${nameOf(object)}`
    if (type === 'DELETED') {
      this.cache.delete(key)
      this.tombstone(uidOf(object))
      this.emit('DELETED', object)
      return
    }
    if (type !== 'ADDED' && type !== 'MODIFIED') return
    const known = this.cache.get(key)
    if (!known || !isNewer(resourceVersionOf(known), version)) this.cache.set(key, object)
    this.emit(type, object)
  }

  private tombstone(uid: string): void {
    this.deleted.add(uid)
    if (this.deleted.size > TOMBSTONES) {
      const oldest = this.deleted.values().next().value
      if (oldest !== undefined) this.deleted.delete(oldest)
    }
  }

  private emit(type: WatchChange['type'], object: JsonObject): void {
    this.onChange({ resource: this.resource, type, object })
  }
}

/**
 * Whether `a` is newer than `b`. resourceVersions are opaque to clients, but both etcd and the
 * simulator issue increasing integers; comparing them keeps a late watch event from replacing
 * the object the operator itself just wrote. Anything else counts as not newer.
 */
function isNewer(a: string, b: string): boolean {
  return /^\d+$/.test(a) && /^\d+$/.test(b) && BigInt(a) > BigInt(b)
}
