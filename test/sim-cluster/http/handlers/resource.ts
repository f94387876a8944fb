import type { IncomingMessage, ServerResponse } from 'node:http'

import type { PatchType } from '../../api/request-options'
import type { SimUser } from '../../auth/authorizer'
import {
  badRequest,
  methodNotAllowed,
  pathNotFound,
  unsupportedMediaType
} from '../../core/api-error'
import { type JsonObject, type JsonValue, parseJson } from '../../core/json'
import { nameOf, namespaceOf, uidOf } from '../../core/meta'
import { groupVersion, type ResourceType } from '../../resources/resource-type'
import { decodeSelfSubjectAccessReview } from '../protobuf-ssar'
import { deleteOptions, listQuery, writeOptions } from '../query'
import type { ResourceRequest } from '../request-info'
import { sendJson } from '../respond'
import type { ServerContext } from '../server-context'
import { scaleOf, writeScale } from './scale'
import { selfSubjectAccessReview } from './ssar'
import { serveWatch } from './watch'

const PATCH_TYPES: Readonly<Record<string, PatchType>> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply'
}

/** Everything a resource handler needs about one request. */
export interface ResourceCall {
  readonly info: ResourceRequest
  readonly query: URLSearchParams
  readonly body: string
  /** The body as received (protobuf is binary). */
  readonly rawBody: Buffer
  readonly user: SimUser
  readonly req: IncomingMessage
  readonly res: ServerResponse
}

/** Routes a resource request (after authentication) to the API core, enforcing authorization. */
export function handleResource(ctx: ServerContext, call: ResourceCall): void {
  const { info, user } = call
  const type = resolveType(ctx, info)
  const attrs = {
    verb: info.verb,
    group: info.group,
    resource: info.plural,
    ...(info.subresource ? { subresource: info.subresource } : {}),
    ...(info.namespace !== undefined ? { namespace: info.namespace } : {}),
    ...(info.name !== undefined ? { name: info.name } : {})
  }
  if (type.plural === 'selfsubjectaccessreviews' && info.verb === 'create') {
    const protobuf = decodeSelfSubjectAccessReview(call.rawBody)
    if (!protobuf) checkBodyType(call)
    const review = protobuf ?? parseBody(call.body)
    sendJson(call.res, 201, selfSubjectAccessReview(ctx.authorizer, user, review))
    return
  }
  if (!ctx.authorizer.allowed(user, attrs)) throw ctx.authorizer.forbidden(user, attrs)
  checkBodyType(call)
  if (info.subresource === 'scale') return handleScale(ctx, type, call)
  dispatch(ctx, type, call)
}

function resolveType(ctx: ServerContext, info: ResourceRequest): ResourceType {
  const type = ctx.registry.find(info.group, info.version, info.plural)
  if (!type) throw pathNotFound()
  const named = info.name !== undefined
  if (type.namespaced && named && info.namespace === undefined) throw pathNotFound()
  if (!type.namespaced && info.namespace !== undefined) throw pathNotFound()
  if (info.subresource === 'status' && !type.statusSubresource) throw pathNotFound()
  if (info.subresource === 'scale' && !type.scaleSubresource) throw pathNotFound()
  if (info.subresource && !['status', 'scale'].includes(info.subresource)) throw pathNotFound()
  const verb = info.verb
  const subresourceVerb =
    info.subresource !== undefined && ['get', 'update', 'patch'].includes(verb)
  if (!type.verbs.includes(verb) && !subresourceVerb) {
    throw methodNotAllowed('the server does not allow this method on the requested resource')
  }
  return type
}

function dispatch(ctx: ServerContext, type: ResourceType, call: ResourceCall): void {
  const { info, query, res } = call
  const { core } = ctx
  const ns = info.namespace ?? ''
  const name = info.name ?? ''
  const subresource = info.subresource === 'status' ? 'status' : undefined
  switch (info.verb) {
    case 'get':
      return sendJson(res, 200, core.get(type, info.version, ns, name))
    case 'list': {
      const result = core.list(type, info.version, info.namespace, listQuery(query))
      return sendJson(res, 200, listBody(type, info.version, result))
    }
    case 'watch':
      return serveWatch(ctx, type, info.version, info.namespace, query, call.req, res)
    case 'create': {
      const result = core.create(type, info.version, ns, parseBody(call.body), writeOptions(query))
      return sendJson(res, 201, result.object, result.warnings)
    }
    case 'update': {
      const body = parseBody(call.body)
      const result = core.update(
        type,
        info.version,
        ns,
        name,
        body,
        writeOptions(query, subresource)
      )
      return sendJson(res, 200, result.object, result.warnings)
    }
    case 'patch': {
      const patchType = patchTypeOf(call.req)
      if (patchType === 'apply' && !query.get('fieldManager')) {
        throw badRequest('PATCH request must include the fieldManager query parameter')
      }
      const options = writeOptions(query, subresource)
      const result = core.patch(type, info.version, ns, name, patchType, call.body, options)
      return sendJson(res, result.created ? 201 : 200, result.object, result.warnings)
    }
    case 'delete':
      return sendJson(res, 200, deleteBody(ctx, type, call, ns, name))
    case 'deletecollection':
      return sendJson(res, 200, deleteCollection(ctx, type, call))
    default:
      throw methodNotAllowed('the server does not allow this method on the requested resource')
  }
}

/**
 * Bodies of create/update/delete must be JSON: the simulator speaks no protobuf or CBOR, and
 * answers them with the 415 a server gives for media types it does not serve (client-go then
 * retries in JSON).
 */
function checkBodyType(call: ResourceCall): void {
  if (call.info.verb === 'patch' || call.body === '') return
  const contentType =
    (call.req.headers['content-type'] ?? 'application/json').split(';')[0]?.trim() ?? ''
  if (contentType === 'application/json' || contentType === '*/*') return
  throw unsupportedMediaType(contentType, ['application/json', 'application/yaml'])
}

function parseBody(body: string): JsonValue {
  if (body.trim() === '') throw badRequest('the request body is empty')
  try {
    return parseJson(body)
  } catch (err) {
    throw badRequest(
      `couldn't get version/kind; json parse error: ${err instanceof Error ? err.message : ''}`
    )
  }
}

function patchTypeOf(req: IncomingMessage): PatchType {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
  const patchType = PATCH_TYPES[contentType]
  if (!patchType) {
    throw unsupportedMediaType(contentType, [
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/apply-patch+yaml',
      'application/strategic-merge-patch+json'
    ])
  }
  return patchType
}

function listBody(
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

function deleteBody(
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

function deleteCollection(ctx: ServerContext, type: ResourceType, call: ResourceCall): JsonObject {
  const { info, query } = call
  const body = call.body.trim() === '' ? undefined : parseBody(call.body)
  const options = deleteOptions(query, body)
  const listed = ctx.core.list(type, info.version, info.namespace, listQuery(query))
  const items = listed.items.map(
    (obj) => ctx.core.delete(type, info.version, namespaceOf(obj), nameOf(obj), options).object
  )
  return listBody(type, info.version, { items, resourceVersion: listed.resourceVersion })
}

function handleScale(ctx: ServerContext, type: ResourceType, call: ResourceCall): void {
  const { info, query, res } = call
  const ns = info.namespace ?? ''
  const name = info.name ?? ''
  if (info.verb === 'get') return sendJson(res, 200, scaleOf(ctx.core.get(type, 'v1', ns, name)))
  const patchType = info.verb === 'patch' ? patchTypeOf(call.req) : undefined
  sendJson(
    res,
    200,
    writeScale(ctx.core, type, ns, name, call.body, patchType, writeOptions(query))
  )
}
