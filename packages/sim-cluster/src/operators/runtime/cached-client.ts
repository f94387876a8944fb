import { matchesLabels, parseLabelSelector } from '../../api/selectors/label-selector'
import { clone, type JsonObject, stringAt } from '../../core/json'
import { labelsOf, nameOf, namespaceOf } from '../../core/meta'
import { type ApiResource, type ApiResources, collectionPath, objectPath } from './discovery'
import type { Informer } from './informer'
import { isNotFound, type KubeHttp, KubeHttpError } from './kube-http'
import type { DeleteRequest, ObjectRef, OperatorClient } from './operator-client'

const CONFLICT_RETRIES = 5

/**
 * The OperatorClient over HTTP: reads from the informers, writes to the server, and each write's
 * answer goes straight into the cache, so a reconcile reads its own writes before the watch
 * event arrives (controller-runtime's cache lags the same way; this narrows the window).
 */
export class CachedClient implements OperatorClient {
  constructor(
    private readonly http: KubeHttp,
    private readonly resources: ApiResources,
    private readonly informers: ReadonlyMap<ApiResource, Informer>,
    /** Awaited before every write (the events recorded so far go out first). */
    private readonly beforeWrite: () => Promise<void> = () => Promise.resolve()
  ) {}

  has(apiVersion: string, kind: string): boolean {
    return this.resources.find(apiVersion, kind) !== undefined
  }

  get(ref: ObjectRef): JsonObject | undefined {
    const found = this.informer(ref.apiVersion, ref.kind).get(ref.namespace ?? '', ref.name)
    return found && clone(found)
  }

  list(apiVersion: string, kind: string, namespace?: string, labelSelector?: string): JsonObject[] {
    const selector = parseLabelSelector(labelSelector)
    return this.informer(apiVersion, kind)
      .all()
      .filter((obj) => namespace === undefined || namespaceOf(obj) === namespace)
      .filter((obj) => matchesLabels(selector, labelsOf(obj)))
      .map((obj) => clone(obj))
  }

  async create(obj: JsonObject): Promise<JsonObject> {
    const resource = this.resourceOf(obj)
    await this.beforeWrite()
    const created = await this.http.json('POST', collectionPath(resource, namespaceOf(obj)), obj)
    return this.remember(resource, created)
  }

  async update(obj: JsonObject, status = false): Promise<JsonObject> {
    const resource = this.resourceOf(obj)
    const path = objectPath(resource, namespaceOf(obj), nameOf(obj))
    await this.beforeWrite()
    const written = await this.http.json(
      'PUT',
      status && resource.hasStatus ? `${path}/status` : path,
      obj
    )
    return this.remember(resource, written)
  }

  async mutate(
    ref: ObjectRef,
    change: (obj: JsonObject) => boolean | void,
    status = false
  ): Promise<JsonObject | undefined> {
    let current = this.get(ref)
    for (let attempt = 0; ; attempt++) {
      if (!current) return undefined
      if (change(current) === false) return current
      try {
        return await this.update(current, status)
      } catch (err) {
        if (isNotFound(err)) {
          this.informer(ref.apiVersion, ref.kind).forget(ref.namespace ?? '', ref.name)
          return undefined
        }
        if (!(err instanceof KubeHttpError && err.code === 409) || attempt >= CONFLICT_RETRIES)
          throw err
        current = await this.fetch(ref)
      }
    }
  }

  async patch(ref: ObjectRef, mergePatch: JsonObject): Promise<JsonObject | undefined> {
    const resource = this.resources.get(ref.apiVersion, ref.kind)
    await this.beforeWrite()
    try {
      const patched = await this.http.json(
        'PATCH',
        objectPath(resource, ref.namespace ?? '', ref.name),
        mergePatch,
        'application/merge-patch+json'
      )
      return this.informers.has(resource) ? this.remember(resource, patched) : patched
    } catch (err) {
      if (isNotFound(err)) return undefined
      throw err
    }
  }

  async delete(ref: ObjectRef, options: DeleteRequest = {}): Promise<boolean> {
    const resource = this.resources.get(ref.apiVersion, ref.kind)
    const informer = this.informers.get(resource)
    const body = { apiVersion: 'v1', kind: 'DeleteOptions', ...options }
    await this.beforeWrite()
    try {
      const answer = await this.http.json(
        'DELETE',
        objectPath(resource, ref.namespace ?? '', ref.name),
        body
      )
      // The object while finalizers or a grace period hold it; a Status once it is gone.
      if (answer['kind'] === 'Status') informer?.forget(ref.namespace ?? '', ref.name)
      else if (informer) this.remember(resource, answer)
      return true
    } catch (err) {
      if (!isNotFound(err)) throw err
      informer?.forget(ref.namespace ?? '', ref.name)
      return false
    }
  }

  /** A fresh read from the server (after a conflict), cached. */
  private async fetch(ref: ObjectRef): Promise<JsonObject | undefined> {
    const resource = this.resources.get(ref.apiVersion, ref.kind)
    try {
      const obj = await this.http.json('GET', objectPath(resource, ref.namespace ?? '', ref.name))
      return clone(this.remember(resource, obj))
    } catch (err) {
      if (isNotFound(err)) return undefined
      throw err
    }
  }

  private remember(resource: ApiResource, obj: JsonObject): JsonObject {
    const typed = { ...obj, apiVersion: resource.apiVersion, kind: resource.kind }
    this.informers.get(resource)?.store(typed)
    return clone(typed)
  }

  private resourceOf(obj: JsonObject): ApiResource {
    return this.resources.get(stringAt(obj, 'apiVersion') ?? '', stringAt(obj, 'kind') ?? '')
  }

  private informer(apiVersion: string, kind: string): Informer {
    const informer = this.informers.get(this.resources.get(apiVersion, kind))
    if (!informer) throw new Error(`the operators do not watch ${kind} in ${apiVersion}`)
    return informer
  }
}
