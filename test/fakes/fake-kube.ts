/**
 * An in-memory Kubernetes port for unit tests (style.md rule 33): objects with resourceVersions,
 * label and name selectors, watches, finalizers and deletionTimestamp, discovery, access reviews,
 * and injectable API errors. Tests play the operator by calling `write` on objects.
 */
import {
  type AccessQuestion,
  type ApiResource,
  type CollectionRef,
  type DeleteResult,
  KubeApiError,
  type KubeCluster,
  type KubeObjects,
  type ObjectList,
  type ObjectRef,
  type Patch,
  type WatchEvent,
  type WriteOptions
} from '../../src/backends/kube/port'
import { isKubeObject, isRecord } from '../../src/backends/kube/status'
import type { KubeObject } from '../../src/manifest/model'

type Method = 'get' | 'list' | 'create' | 'patch' | 'delete' | 'watch' | 'canI'

interface Failure {
  readonly method: Method
  readonly kind?: string
  readonly error: Error
  times: number
}

interface Watcher {
  readonly ref: CollectionRef
  readonly push: (event: WatchEvent) => void
}

export class FakeKube implements KubeObjects, KubeCluster {
  private readonly objects = new Map<string, KubeObject>()
  private readonly watchers = new Set<Watcher>()
  private readonly failures: Failure[] = []
  private rv = 100
  private uid = 0
  /** Every call, as `method Kind name`, for assertions. */
  readonly calls: string[] = []
  /** Resources served per `group/version`. */
  readonly served = new Map<string, ApiResource[]>()
  /** Denied access, as `verb group/resource`. */
  readonly denied = new Set<string>()
  /** Called after every create that is not a dry run (an operator reacting). */
  onCreate?: (object: KubeObject) => void
  /** Called once a watch is subscribed, so a test can change things the watch must see. */
  onWatch?: (ref: CollectionRef) => void

  /** The next `times` calls of `method` (on `kind`) fail with `error`. */
  fail(method: Method, error: Error, options: { kind?: string; times?: number } = {}): this {
    this.failures.push({
      method,
      error,
      times: options.times ?? 1,
      ...(options.kind ? { kind: options.kind } : {})
    })
    return this
  }

  serve(...resources: ApiResource[]): this {
    for (const r of resources) {
      const key = `${r.group}/${r.version}`
      this.served.set(key, [...(this.served.get(key) ?? []), r])
    }
    return this
  }

  /** Stores an object as the server would (new resourceVersion, uid once) and tells watchers. */
  write(object: KubeObject): KubeObject {
    const key = keyOf(object)
    const previous = this.objects.get(key)
    const stored: KubeObject = {
      ...object,
      metadata: {
        ...object.metadata,
        uid: previous?.metadata.uid ?? object.metadata.uid ?? `uid-${++this.uid}`,
        resourceVersion: String(++this.rv)
      }
    }
    this.objects.set(key, stored)
    this.emit(previous ? 'MODIFIED' : 'ADDED', stored)
    return stored
  }

  /** Removes an object for good (its last finalizer is gone). */
  remove(ref: ObjectRef): void {
    const object = this.objects.get(keyOf(ref))
    if (!object) return
    this.objects.delete(keyOf(ref))
    this.emit('DELETED', {
      ...object,
      metadata: { ...object.metadata, resourceVersion: String(++this.rv) }
    })
  }

  peek(ref: ObjectRef): KubeObject | undefined {
    return this.objects.get(keyOf(ref))
  }

  all(kind?: string): KubeObject[] {
    return [...this.objects.values()].filter((o) => !kind || o.kind === kind)
  }

  async get(ref: ObjectRef): Promise<KubeObject | undefined> {
    this.record('get', ref.kind, ref.name)
    return this.objects.get(keyOf(ref))
  }

  async list(ref: CollectionRef): Promise<ObjectList> {
    this.record('list', ref.kind, ref.labelSelector ?? ref.fieldSelector ?? '')
    return {
      items: [...this.objects.values()].filter((o) => matches(ref, o)),
      resourceVersion: String(this.rv)
    }
  }

  async create(object: KubeObject, options: WriteOptions = {}): Promise<KubeObject> {
    this.record('create', object.kind, object.metadata.name ?? '')
    if (this.objects.has(keyOf(object)))
      throw new KubeApiError(
        409,
        'AlreadyExists',
        `${object.kind} "${object.metadata.name ?? ''}" already exists`
      )
    if (options.dryRun) return object
    const stored = this.write(object)
    this.onCreate?.(stored)
    return this.objects.get(keyOf(object)) ?? stored
  }

  async patch(ref: ObjectRef, patch: Patch): Promise<KubeObject> {
    this.record('patch', ref.kind, ref.name)
    const object = this.objects.get(keyOf(ref))
    if (!object) throw new KubeApiError(404, 'NotFound', `${ref.kind} "${ref.name}" not found`)
    if (patch.type !== 'merge') throw new Error('FakeKube applies merge patches only')
    const patched = mergePatch(object, patch.body)
    if (!isKubeObject(patched))
      throw new KubeApiError(422, 'Invalid', 'the patch removed apiVersion, kind or metadata')
    return this.write(patched)
  }

  async delete(ref: ObjectRef): Promise<DeleteResult> {
    this.record('delete', ref.kind, ref.name)
    const object = this.objects.get(keyOf(ref))
    if (!object) return 'not-found'
    const finalizers = Array.isArray(object.metadata.finalizers) ? object.metadata.finalizers : []
    if (finalizers.length === 0) {
      this.remove(ref)
      return 'deleted'
    }
    if (object.metadata.deletionTimestamp === undefined)
      this.write({
        ...object,
        metadata: { ...object.metadata, deletionTimestamp: '2026-11-26T12:00:00Z' }
      })
    return 'pending'
  }

  async *watch(
    ref: CollectionRef,
    _options: unknown,
    signal: AbortSignal
  ): AsyncGenerator<WatchEvent> {
    this.record('watch', ref.kind, ref.labelSelector ?? ref.fieldSelector ?? '')
    const queue: WatchEvent[] = []
    let wake: (() => void) | undefined
    const watcher: Watcher = { ref, push: (e) => (queue.push(e), wake?.()) }
    this.watchers.add(watcher)
    this.onWatch?.(ref)
    const aborted = new Promise<void>((resolve) =>
      signal.addEventListener('abort', () => resolve(), { once: true })
    )
    try {
      while (!signal.aborted) {
        const next = queue.shift()
        if (next) yield next
        else await Promise.race([new Promise<void>((r) => (wake = r)), aborted])
      }
    } finally {
      this.watchers.delete(watcher)
    }
  }

  async resources(group: string, version: string): Promise<readonly ApiResource[] | undefined> {
    return this.served.get(`${group}/${version}`)
  }

  async canI(q: AccessQuestion): Promise<{ readonly allowed: boolean }> {
    this.record('canI', q.resource, q.verb)
    return { allowed: !this.denied.has(`${q.verb} ${q.group}/${q.resource}`) }
  }

  private record(method: Method, kind: string, name: string): void {
    this.calls.push(`${method} ${kind} ${name}`.trim())
    const failure = this.failures.find(
      (f) => f.method === method && (!f.kind || f.kind === kind) && f.times > 0
    )
    if (failure) {
      failure.times--
      throw failure.error
    }
  }

  private emit(type: WatchEvent['type'], object: KubeObject): void {
    for (const w of this.watchers) if (matches(w.ref, object)) w.push({ type, object })
  }
}

function keyOf(ref: {
  readonly kind: string
  readonly metadata?: { readonly namespace?: string; readonly name?: string }
  readonly namespace?: string
  readonly name?: string
}): string {
  return `${ref.kind}/${ref.metadata?.namespace ?? ref.namespace ?? ''}/${ref.metadata?.name ?? ref.name ?? ''}`
}

function matches(ref: CollectionRef, o: KubeObject): boolean {
  if (
    o.kind !== ref.kind ||
    (ref.namespace !== undefined && o.metadata.namespace !== ref.namespace)
  )
    return false
  const labels = o.metadata.labels ?? {}
  for (const term of (ref.labelSelector ?? '').split(',').filter(Boolean)) {
    const [key = '', value] = term.split('=')
    if (value === undefined ? !(key in labels) : labels[key] !== value) return false
  }
  const name = /^metadata\.name=(.*)$/.exec(ref.fieldSelector ?? '')
  return !name || o.metadata.name === name[1]
}

/** RFC 7386: objects merge key by key, null deletes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else out[k] = mergePatch(out[k], v)
  }
  return out
}
