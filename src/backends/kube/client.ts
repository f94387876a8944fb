/**
 * The one implementation of the Kubernetes port (port.ts) over the API server's REST interface.
 * Paths come from discovery, so custom resources and built-in kinds go through the same code.
 */
import type { KubeObject } from '../../manifest/model'
import { InternalError } from '../../util/errors'
import { Discovery, groupVersionPath, resourcePath } from './discovery'
import {
  type AccessQuestion,
  type ApiResource,
  type CollectionRef,
  type DeleteOptions,
  type DeleteResult,
  KubeApiError,
  type KubeCluster,
  type KubeObjects,
  type ObjectList,
  type ObjectRef,
  type Patch,
  type WatchEvent,
  type WatchOptions,
  type WriteOptions
} from './port'
import { isKubeObject, isRecord, statusError } from './status'
import type { KubeRequest, KubeResponse, KubeTransport } from './transport'
import { watchEvent } from './watch-event'

/** Both halves of the port, over one transport and one discovery cache. */
export type KubeClient = KubeObjects & KubeCluster

/** Extra silence allowed on a watch beyond the timeout the server was asked to honour. */
const WATCH_GRACE_MS = 30_000
const DEFAULT_WATCH_SECONDS = 300

const PATCH_TYPES = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json'
} as const

export function kubeClient(transport: KubeTransport): KubeClient {
  return new RestClient(transport)
}

/** The port over REST: one method per verb, each a request and the reading of its answer. */
class RestClient implements KubeClient {
  private readonly discovery: Discovery

  constructor(private readonly transport: KubeTransport) {
    this.discovery = new Discovery(transport)
  }

  async get(ref: ObjectRef, signal?: AbortSignal): Promise<KubeObject | undefined> {
    const path = await this.at(ref, ref.name)
    const res = await this.transport.send({ method: 'GET', path, ...(signal ? { signal } : {}) })
    if (res.status === 404) return undefined
    if (res.status !== 200) throw statusError(res.status, res.body)
    return objectFrom(res)
  }

  async list(ref: CollectionRef, signal?: AbortSignal): Promise<ObjectList> {
    const path = await this.at(ref)
    const res = await this.call({
      method: 'GET',
      path,
      query: selectors(ref),
      ...(signal ? { signal } : {})
    })
    return listFrom(res, ref)
  }

  async create(object: KubeObject, options: WriteOptions = {}): Promise<KubeObject> {
    const { apiVersion, kind, metadata } = object
    const namespace = metadata.namespace ? { namespace: metadata.namespace } : {}
    const path = await this.at({ apiVersion, kind, ...namespace }, undefined, true)
    const res = await this.call({ method: 'POST', path, body: object, query: dryRun(options) })
    return objectFrom(res)
  }

  async patch(ref: ObjectRef, patch: Patch, options: WriteOptions = {}): Promise<KubeObject> {
    const path = await this.at(ref, ref.name)
    const res = await this.call({
      method: 'PATCH',
      path,
      body: patch.body,
      contentType: PATCH_TYPES[patch.type],
      query: dryRun(options)
    })
    return objectFrom(res)
  }

  async delete(ref: ObjectRef, options: DeleteOptions = {}): Promise<DeleteResult> {
    const path = await this.at(ref, ref.name)
    const res = await this.transport.send({ method: 'DELETE', path, body: deleteOptions(options) })
    if (res.status === 404) return 'not-found'
    if (res.status < 200 || res.status > 299) throw statusError(res.status, res.body)
    return deleteResult(res)
  }

  async *watch(
    ref: CollectionRef,
    options: WatchOptions,
    signal: AbortSignal
  ): AsyncGenerator<WatchEvent> {
    const path = await this.at(ref)
    const seconds = options.timeoutSeconds ?? DEFAULT_WATCH_SECONDS
    const query = {
      ...selectors(ref),
      watch: 'true',
      resourceVersion: options.resourceVersion,
      allowWatchBookmarks: options.allowBookmarks ? 'true' : undefined,
      timeoutSeconds: String(seconds)
    }
    const stream = await this.transport.open(
      { method: 'GET', path, signal, query },
      seconds * 1000 + WATCH_GRACE_MS
    )
    if (stream.status !== 200) throw statusError(stream.status, stream.body)
    for await (const line of stream.lines) {
      const event = watchEvent(line)
      if (event) yield event
    }
  }

  resources(group: string, version: string): Promise<readonly ApiResource[] | undefined> {
    return this.discovery.resources(group, version)
  }

  async canI(
    question: AccessQuestion
  ): Promise<{ readonly allowed: boolean; readonly reason?: string }> {
    const res = await this.call({
      method: 'POST',
      path: `${groupVersionPath({ group: 'authorization.k8s.io', version: 'v1' })}/selfsubjectaccessreviews`,
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { ...question } }
      }
    })
    const status = isRecord(res.body) && isRecord(res.body.status) ? res.body.status : {}
    const reason = typeof status.reason === 'string' && status.reason ? status.reason : undefined
    return { allowed: status.allowed === true, ...(reason ? { reason } : {}) }
  }

  private async call(request: KubeRequest): Promise<KubeResponse> {
    const res = await this.transport.send(request)
    if (res.status < 200 || res.status > 299) throw statusError(res.status, res.body)
    return res
  }

  /** The path of a collection (all namespaces when none is given) or of one named object. */
  private async at(
    ref: { readonly apiVersion: string; readonly kind: string; readonly namespace?: string },
    name?: string,
    single = name !== undefined
  ): Promise<string> {
    const resource = await this.discovery.resolve(ref.apiVersion, ref.kind)
    if (single && resource.namespaced && ref.namespace === undefined)
      throw new InternalError(`${ref.kind} ${name ?? ''} is namespaced but no namespace was given`)
    return resourcePath(resource, ref.namespace, name)
  }
}

function dryRun(options: WriteOptions): Readonly<Record<string, string | undefined>> {
  return { dryRun: options.dryRun ? 'All' : undefined }
}

function deleteOptions(options: DeleteOptions): Readonly<Record<string, unknown>> {
  return {
    apiVersion: 'v1',
    kind: 'DeleteOptions',
    ...(options.propagationPolicy ? { propagationPolicy: options.propagationPolicy } : {}),
    ...(options.gracePeriodSeconds !== undefined
      ? { gracePeriodSeconds: options.gracePeriodSeconds }
      : {}),
    ...(options.dryRun ? { dryRun: ['All'] } : {})
  }
}

function selectors(ref: CollectionRef): Readonly<Record<string, string | undefined>> {
  return { labelSelector: ref.labelSelector, fieldSelector: ref.fieldSelector }
}

/** The object in a 2xx body; anything else is a broken answer, worth another try. */
function objectFrom(res: KubeResponse): KubeObject {
  if (isKubeObject(res.body)) return res.body
  throw new KubeApiError(
    502,
    'BadResponse',
    'the API server answered with something that is not a Kubernetes object'
  )
}

function listFrom(res: KubeResponse, ref: CollectionRef): ObjectList {
  const body = isRecord(res.body) ? res.body : {}
  const meta = isRecord(body.metadata) ? body.metadata : {}
  if (!Array.isArray(body.items) || typeof meta.resourceVersion !== 'string')
    throw new KubeApiError(502, 'BadResponse', `the API server's list of ${ref.kind} is malformed`)
  // Items of built-in lists carry no apiVersion/kind of their own; the list's name them.
  const items = body.items.filter(isRecord).map((item) => ({
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    ...item,
    metadata: isRecord(item.metadata) ? item.metadata : {}
  }))
  return { items, resourceVersion: meta.resourceVersion }
}

/** A delete answered with the object (still there, finalizers pending) or a success Status. */
function deleteResult(res: KubeResponse): DeleteResult {
  if (res.status === 202) return 'pending'
  if (!isKubeObject(res.body) || res.body.kind === 'Status') return 'deleted'
  const meta = res.body.metadata
  const finalizers = Array.isArray(meta.finalizers) ? meta.finalizers : []
  return meta.deletionTimestamp !== undefined && finalizers.length > 0 ? 'pending' : 'deleted'
}
