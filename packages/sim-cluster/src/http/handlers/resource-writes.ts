import type { JsonObject } from '../../core/json'
import { nameOf, namespaceOf, uidOf } from '../../core/meta'
import { groupVersion, type ResourceType } from '../../resources/resource-type'
import { deleteOptions, listQuery } from '../query'
import { parseBody } from '../request-body'
import type { ServerContext } from '../server-context'
import type { ResourceCall } from './resource'

/** A `<Kind>List` body. */
export function listBody(
  type: ResourceType,
  version: string,
  result: {
    items: JsonObject[]
    resourceVersion: string
    continue?: string
    remainingItemCount?: number
  }
): JsonObject {
  const metadata: JsonObject = { resourceVersion: result.resourceVersion }
  if (result.continue) metadata['continue'] = result.continue
  if (result.remainingItemCount !== undefined)
    metadata['remainingItemCount'] = result.remainingItemCount
  return {
    kind: type.listKind,
    apiVersion: groupVersion(type.group, version),
    metadata,
    items: result.items
  }
}

/** What DELETE answers: the object while it lingers (or for pods), else a Success Status. */
export function deleteBody(
  ctx: ServerContext,
  type: ResourceType,
  call: ResourceCall,
  ns: string,
  name: string
): JsonObject {
  const body = call.body.trim() === '' ? undefined : parseBody(call.body)
  const result = ctx.core.delete(type, call.info.version, ns, name, deleteOptions(call.query, body))
  if (!result.deleted || type.returnDeletedObject) return result.object
  const details: JsonObject = { name, kind: type.plural, uid: uidOf(result.object) }
  if (type.group) details['group'] = type.group
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details }
}

/** deletecollection: deletes every object the selectors match and returns them as a list. */
export function deleteCollection(
  ctx: ServerContext,
  type: ResourceType,
  call: ResourceCall
): JsonObject {
  const { info, query } = call
  const body = call.body.trim() === '' ? undefined : parseBody(call.body)
  const options = deleteOptions(query, body)
  const listed = ctx.core.list(type, info.version, info.namespace, listQuery(query))
  const items = listed.items.map(
    (obj) => ctx.core.delete(type, info.version, namespaceOf(obj), nameOf(obj), options).object
  )
  return listBody(type, info.version, { items, resourceVersion: listed.resourceVersion })
}
