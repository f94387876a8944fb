import type { IncomingMessage, ServerResponse } from 'node:http'

import { objectFilter } from '../../api/list'
import { toVersion } from '../../api/strategy'
import { ApiError, badRequest } from '../../core/api-error'
import { clone, type JsonObject } from '../../core/json'
import { resourceVersionOf } from '../../core/meta'
import { groupVersion, resourceKey, type ResourceType } from '../../resources/resource-type'
import type { ChangeEvent, WatchEventType } from '../../store/watch-hub'
import type { ServerContext } from '../server-context'
import { toTable, wantsTable } from '../table'

type EventType = WatchEventType | 'BOOKMARK' | 'ERROR'

/** What a watch request asked for. */
interface WatchRequest {
  readonly type: ResourceType
  readonly version: string
  readonly namespace: string | undefined
  readonly query: URLSearchParams
}

/**
 * A watch stream: newline-delimited {"type","object"} events over a chunked response.
 * resourceVersion absent or "0" starts with synthetic ADDED events for the current state;
 * a given resourceVersion resumes after it, and one older than the watch window is answered
 * the real way: HTTP 200, then an ERROR event carrying a 410 Expired Status, then EOF.
 */
export function serveWatch(
  ctx: ServerContext,
  watch: WatchRequest,
  req: IncomingMessage,
  res: ServerResponse
): void {
  new WatchStream(ctx, watch, req, res).start()
}

class WatchStream {
  private readonly timers: NodeJS.Timeout[] = []
  private unsubscribe: () => void = () => undefined
  private readonly untrack: () => void
  /** kubectl get -w asks for Tables: each event then carries a one-row Table. */
  private readonly table: boolean
  private readonly filter: (obj: JsonObject) => boolean

  constructor(
    private readonly ctx: ServerContext,
    private readonly watch: WatchRequest,
    req: IncomingMessage,
    private readonly res: ServerResponse
  ) {
    const { query } = watch
    this.filter = objectFilter(watch.type, {
      ...(query.get('labelSelector') ? { labelSelector: query.get('labelSelector') ?? '' } : {}),
      ...(query.get('fieldSelector') ? { fieldSelector: query.get('fieldSelector') ?? '' } : {})
    })
    this.table = wantsTable(req.headers.accept)
    ctx.openWatches.add(this.close)
    this.untrack = ctx.faults.trackWatch(
      req.method ?? 'GET',
      req.url?.split('?')[0] ?? '',
      this.close
    )
    req.on('close', this.close)
  }

  start(): void {
    const { query } = this.watch
    const since = parseResourceVersion(query.get('resourceVersion'))
    this.res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private'
    })
    this.res.flushHeaders()
    try {
      this.subscribe(since, query.get('sendInitialEvents') === 'true')
    } catch (err) {
      if (err instanceof ApiError) this.send('ERROR', err.toStatus())
      this.close()
      return
    }
    if (query.get('allowWatchBookmarks') === 'true') this.bookmarkEvery(this.ctx.bookmarkIntervalMs)
    const timeout = Number(query.get('timeoutSeconds') ?? '')
    if (timeout > 0) this.timers.push(setTimeout(this.close, timeout * 1000))
  }

  private subscribe(since: number | undefined, initialEvents: boolean): void {
    const { type, version, namespace } = this.watch
    const { store, hub } = this.ctx.core.deps
    const fresh = since === undefined || since === 0 || initialEvents
    if (fresh) {
      for (const obj of store.list(type, namespace).filter(this.filter)) {
        this.send('ADDED', toVersion(type, obj, version))
      }
      if (initialEvents)
        this.send('BOOKMARK', bookmark(type, version, store.currentRevision(), true))
    }
    const scope = { resource: resourceKey(type), ...(namespace !== undefined ? { namespace } : {}) }
    this.unsubscribe = hub.subscribe(
      scope,
      fresh ? store.currentRevision() : (since ?? 0),
      (event) => {
        const mapped = mapEvent(event, this.filter)
        if (mapped) this.send(mapped, toVersion(type, clone(event.object), version))
      }
    )
  }

  private bookmarkEvery(ms: number): void {
    const { type, version } = this.watch
    const tick = (): void => {
      this.send(
        'BOOKMARK',
        bookmark(type, version, this.ctx.core.deps.store.currentRevision(), false)
      )
      this.timers.push(setTimeout(tick, ms))
    }
    this.timers.push(setTimeout(tick, ms))
  }

  private send(eventType: EventType, object: JsonObject): void {
    if (this.res.writableEnded) return
    const asTable = this.table && eventType !== 'BOOKMARK' && eventType !== 'ERROR'
    const includeObject = this.watch.query.get('includeObject')
    const now = this.ctx.core.deps.clock.now()
    const payload = asTable
      ? toTable(this.watch.type, [object], resourceVersionOf(object), includeObject, now)
      : object
    this.res.write(`${JSON.stringify({ type: eventType, object: payload })}\n`)
  }

  private readonly close = (): void => {
    this.unsubscribe()
    this.untrack()
    this.timers.forEach(clearTimeout)
    this.ctx.openWatches.delete(this.close)
    if (!this.res.writableEnded) this.res.end()
  }
}

function parseResourceVersion(value: string | null): number | undefined {
  if (value === null || value === '') return undefined
  if (!/^\d+$/.test(value)) throw badRequest(`invalid resource version "${value}"`)
  return Number(value)
}

/** Selector transitions: entering the selection is ADDED, leaving it DELETED. */
function mapEvent(
  event: ChangeEvent,
  filter: (o: JsonObject) => boolean
): WatchEventType | undefined {
  const now = filter(event.object)
  if (event.type !== 'MODIFIED') return now ? event.type : undefined
  const before = event.previous ? filter(event.previous) : false
  if (before && now) return 'MODIFIED'
  if (!before && now) return 'ADDED'
  if (before && !now) return 'DELETED'
  return undefined
}

function bookmark(
  type: ResourceType,
  version: string,
  rv: number,
  initialEnd: boolean
): JsonObject {
  const metadata: JsonObject = { resourceVersion: String(rv), creationTimestamp: null }
  if (initialEnd) metadata['annotations'] = { 'k8s.io/initial-events-end': 'true' }
  return { kind: type.kind, apiVersion: groupVersion(type.group, version), metadata }
}
