import { ApiError, badRequest } from '../core/api-error'
import { isObject, type JsonObject, numberAt, parseJson, stringAt } from '../core/json'
import { labelsOf, nameOf, namespaceOf } from '../core/meta'
import type { ResourceType } from '../resources/resource-type'
import type { ObjectStore } from '../store/object-store'
import type { ListQuery, ListResult } from './request-options'
import { matchesFields, parseFieldSelector } from './selectors/field-selector'
import { matchesLabels, parseLabelSelector } from './selectors/label-selector'

const CONTINUE_EXPIRED =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.'

/** A predicate for one list/watch: label selector and field selector together. */
export function objectFilter(
  type: ResourceType,
  query: Pick<ListQuery, 'labelSelector' | 'fieldSelector'>
): (obj: JsonObject) => boolean {
  const labels = parseLabelSelector(query.labelSelector)
  const fields = parseFieldSelector(query.fieldSelector, type)
  return (obj) => matchesLabels(labels, labelsOf(obj)) && matchesFields(fields, obj)
}

/**
 * list with selectors and limit/continue paging. Pages are cut from the current state (the
 * simulator keeps no snapshots), so a continued list is consistent only if nothing changed in
 * between; a token older than the watch window gets the server's 410 Expired.
 */
export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  query: ListQuery,
  oldestRv: number
): ListResult {
  const filter = objectFilter(type, query)
  const current = store.currentRevision()
  let items = store.list(type, namespace).filter(filter)
  if (query.continue) {
    const token = decodeContinue(query.continue)
    if (token.rv < oldestRv) {
      const retry = encodeContinue(current, token.start)
      throw new ApiError(410, 'Expired', CONTINUE_EXPIRED, undefined, undefined, {
        continue: retry
      })
    }
    items = items.filter((obj) => keyOf(obj) > token.start)
  }
  const limit = query.limit && query.limit > 0 ? query.limit : undefined
  if (limit === undefined || items.length <= limit) {
    return { items, resourceVersion: String(current) }
  }
  const page = items.slice(0, limit)
  const last = page[page.length - 1]
  const selectorless = !query.labelSelector && !query.fieldSelector
  return {
    items: page,
    resourceVersion: String(current),
    continue: encodeContinue(current, last ? keyOf(last) : ''),
    ...(selectorless ? { remainingItemCount: items.length - limit } : {})
  }
}

function keyOf(obj: JsonObject): string {
  return `${namespaceOf(obj)}/${nameOf(obj)}`
}

function encodeContinue(rv: number, start: string): string {
  const json = JSON.stringify({ v: 'meta.k8s.io/v1', rv, start })
  return Buffer.from(json, 'utf8').toString('base64url')
}

function decodeContinue(token: string): { rv: number; start: string } {
  try {
    const parsed = parseJson(Buffer.from(token, 'base64url').toString('utf8'))
    if (isObject(parsed)) {
      const rv = numberAt(parsed, 'rv')
      const start = stringAt(parsed, 'start')
      if (rv !== undefined && start !== undefined) return { rv, start }
    }
  } catch {
    // fall through to the server's message
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)'
  )
}
