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

/**
 * A watch stream: newline-delimited {"type","object"} events over a chunked response.
 * resourceVersion absent or "0" starts with synthetic ADDED events for the current state;
 * a given resourceVersion resumes after it, and one older than the watch window is answered
 * the real way: HTTP 200, then an ERROR event carrying a 410 Expired Status, then EOF.
 */
export function serveWatch(
  ctx: ServerContext,
  type: ResourceType,
  version: string,
  namespace: string | undefined,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse
): void {
  const filter = objectFilter(type, {
    ...(query.get('labelSelector') ? { labelSelector: query.get('labelSelector') ?? '' } : {}),
    ...(query.get('fieldSelector') ? { fieldSelector: query.get('fieldSelector') ?? '' } : {})
  })
  const since = parseResourceVersion(query.get('resourceVersion'))
  const initialEvents = query.get('sendInitialEvents') === 'true'
  const { store } = ctx.core.deps
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' })
  res.flushHeaders()
  // kubectl get -w asks for Tables: each event then carries a one-row Table.
  const table = wantsTable(req.headers.accept)
  const send = (eventType: EventType, object: JsonObject): void => {
    if (res.writableEnded) return
    const asTable = table && eventType !== 'BOOKMARK' && eventType !== 'ERROR'
    const payload = asTable
      ? toTable(
          type,
          [object],
          resourceVersionOf(object),
          query.get('includeObject'),
          ctx.core.deps.clock.now()
        )
      : object
    res.write(`${JSON.stringify({ type: eventType, object: payload })}\n`)
  }
  const timers: NodeJS.Timeout[] = []
  let unsubscribe: () => void = () => undefined
  let untrack: () => void = () => undefined
  const close = (): void => {
    unsubscribe()
    untrack()
    timers.forEach(clearTimeout)
    ctx.openWatches.delete(close)
    if (!res.writableEnded) res.end()
  }
  ctx.openWatches.add(close)
  untrack = ctx.faults.trackWatch(req.method ?? 'GET', req.url?.split('?')[0] ?? '', close)
  req.on('close', close)
  const deliver = (event: ChangeEvent): void => {
    const mapped = mapEvent(event, filter)
    if (mapped) send(mapped, toVersion(type, clone(event.object), version))
  }
  try {
    const fresh = since === undefined || since === 0 || initialEvents
    const fromRv = fresh ? store.currentRevision() : since
    if (fresh) {
      for (const obj of store.list(type, namespace).filter(filter))
        send('ADDED', toVersion(type, obj, version))
      if (initialEvents) send('BOOKMARK', bookmark(type, version, store.currentRevision(), true))
    }
    const scope = { resource: resourceKey(type), ...(namespace !== undefined ? { namespace } : {}) }
    unsubscribe = ctx.core.deps.hub.subscribe(scope, fromRv, deliver)
  } catch (err) {
    if (err instanceof ApiError) send('ERROR', err.toStatus())
    close()
    return
  }
  if (query.get('allowWatchBookmarks') === 'true') {
    const tick = (): void => {
      send('BOOKMARK', bookmark(type, version, store.currentRevision(), false))
      timers.push(setTimeout(tick, ctx.bookmarkIntervalMs))
    }
    timers.push(setTimeout(tick, ctx.bookmarkIntervalMs))
  }
  const timeout = Number(query.get('timeoutSeconds') ?? '')
  if (timeout > 0) timers.push(setTimeout(close, timeout * 1000))
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
