import { badRequest } from '../core/api-error'
import { clone, isObject, type JsonObject, type JsonValue, stringAt } from '../core/json'
import { groupVersion, type ResourceType, versionInfo } from '../resources/resource-type'
import { applyDefaults, pruneObject } from '../schema/prune'
import type { FieldValidation } from './request-options'

/** A request body turned into a storable object, plus the warnings it earned. */
export interface Decoded {
  readonly object: JsonObject
  readonly warnings: string[]
}

/**
 * What the server does between reading a body and admission: type-meta checks, structural
 * pruning with the fieldValidation policy (Strict → 400, Warn → Warning headers), and schema
 * defaulting. The body is never modified; a copy is returned.
 */
export function decodeObject(
  type: ResourceType,
  version: string,
  body: JsonValue,
  fieldValidation: FieldValidation = 'Warn'
): Decoded {
  if (!isObject(body)) {
    throw badRequest(`the object provided is unrecognized (must be of type ${type.kind})`)
  }
  const object = clone(body)
  const expected = groupVersion(type.group, version)
  const apiVersion = stringAt(object, 'apiVersion')
  if (apiVersion !== undefined && apiVersion !== expected) {
    throw badRequest(
      `the API version in the data (${apiVersion}) does not match the expected API version (${expected})`
    )
  }
  const kind = stringAt(object, 'kind')
  if (kind !== undefined && kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${kind}) does not match the expected kind (${type.kind})`
    )
  }
  object['apiVersion'] = expected
  object['kind'] = type.kind
  if (!isObject(object['metadata'])) object['metadata'] = {}
  const schema = versionInfo(type, version)?.schema
  // Sorted, so messages do not depend on the order fields arrived in.
  const unknown = schema ? pruneObject(object, schema).sort() : []
  if (unknown.length > 0 && fieldValidation === 'Strict') {
    const list = unknown.map((path) => `unknown field ${JSON.stringify(path)}`).join(', ')
    throw badRequest(
      `${type.kind} in version "${version}" cannot be handled as a ${type.kind}: strict decoding error: ${list}`
    )
  }
  if (schema && type.custom) applyDefaults(object, schema)
  const warnings =
    fieldValidation === 'Warn' ? unknown.map((path) => `unknown field ${JSON.stringify(path)}`) : []
  return { object, warnings }
}
