/**
 * Follows several collections at once (a Litmus engine and its results; a Chaos Mesh Schedule and
 * its children) and yields their combined state whenever any of them changes, once every one has
 * been listed. Stopping the iteration, or the signal aborting, stops every follower.
 */
import type { KubeObject } from '../../manifest/model'
import { follow, type FollowOptions } from './follow'
import type { CollectionRef, KubeObjects } from './port'

/** The current objects of every followed collection, by the caller's names for them. */
export type Followed<K> = ReadonlyMap<K, readonly KubeObject[]>

type Message<K> =
  | { readonly key: K; readonly objects: readonly KubeObject[] }
  | { readonly error: unknown }
  | { readonly done: true }

export async function* followAll<K>(
  kube: KubeObjects,
  refs: ReadonlyMap<K, CollectionRef>,
  options: FollowOptions
): AsyncGenerator<Followed<K>> {
  const stop = new AbortController()
  const onAbort = (): void => stop.abort(options.signal.reason)
  options.signal.addEventListener('abort', onAbort, { once: true })
  const inbox = new Inbox<Message<K>>()
  const state = new Map<K, readonly KubeObject[]>()
  for (const [key, ref] of refs)
    void pump(kube, key, ref, { ...options, signal: stop.signal }, inbox)
  try {
    let running = refs.size
    while (running > 0) {
      const message = await inbox.take()
      if ('error' in message) throw message.error
      if ('done' in message) {
        running--
        continue
      }
      state.set(message.key, message.objects)
      if (state.size === refs.size) yield new Map(state)
    }
  } finally {
    options.signal.removeEventListener('abort', onAbort)
    stop.abort()
  }
}

async function pump<K>(
  kube: KubeObjects,
  key: K,
  ref: CollectionRef,
  options: FollowOptions,
  inbox: Inbox<Message<K>>
): Promise<void> {
  try {
    for await (const snapshot of follow(kube, ref, options))
      inbox.put({ key, objects: snapshot.objects })
    inbox.put({ done: true })
  } catch (err) {
    inbox.put({ error: err })
  }
}

/** An unbounded queue with one waiting reader. */
class Inbox<T> {
  private readonly items: T[] = []
  private waiting: ((item: T) => void) | undefined

  put(item: T): void {
    const reader = this.waiting
    if (reader) {
      this.waiting = undefined
      reader(item)
    } else this.items.push(item)
  }

  take(): Promise<T> {
    const next = this.items.shift()
    if (next !== undefined) return Promise.resolve(next)
    return new Promise((resolve) => (this.waiting = resolve))
  }
}
