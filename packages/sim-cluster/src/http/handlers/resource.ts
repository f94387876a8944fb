import type { IncomingMessage, ServerResponse } from 'node:http'

import type { SimUser } from '../../auth/authorizer'
import { badRequest, methodNotAllowed, pathNotFound } from '../../core/api-error'
import { resourceVersionOf } from '../../core/meta'
import { type ResourceType } from '../../resources/resource-type'
import { decodeSelfSubjectAccessReview } from '../protobuf-ssar'
import { listQuery, writeOptions } from '../query'
import { checkBodyType, parseBody, patchTypeOf } from '../request-body'
import type { ResourceRequest } from '../request-info'
import { sendJson } from '../respond'
import type { ServerContext } from '../server-context'
import { toTable, wantsTable } from '../table'
import { deleteBody, deleteCollection, listBody } from './resource-writes'
import { scaleOf, writeScale } from './scale'
import { selfSubjectAccessReview } from './ssar'
import { serveWatch } from './watch'

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
    if (!protobuf) checkBodyType(call.req, call.info.verb, call.body)
    const review = protobuf ?? parseBody(call.body)
    sendJson(call.res, 201, selfSubjectAccessReview(ctx.authorizer, user, review))
    return
  }
  if (!ctx.authorizer.allowed(user, attrs)) throw ctx.authorizer.forbidden(user, attrs)
  checkBodyType(call.req, call.info.verb, call.body)
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
  const table = wantsTable(call.req.headers.accept)
  const includeObject = query.get('includeObject')
  switch (info.verb) {
    case 'get': {
      const obj = core.get(type, info.version, ns, name)
      if (!table) return sendJson(res, 200, obj)
      return sendJson(
        res,
        200,
        toTable(type, [obj], resourceVersionOf(obj), includeObject, core.deps.clock.now())
      )
    }
    case 'list': {
      const result = core.list(type, info.version, info.namespace, listQuery(query))
      if (!table) return sendJson(res, 200, listBody(type, info.version, result))
      return sendJson(
        res,
        200,
        toTable(type, result.items, result.resourceVersion, includeObject, core.deps.clock.now())
      )
    }
    case 'watch':
      return serveWatch(
        ctx,
        { type, version: info.version, namespace: info.namespace, query },
        call.req,
        res
      )
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
