import { ApiError, badRequest } from '../../core/api-error'
import { clone, deepEqual, isObject, type JsonObject, type JsonValue } from '../../core/json'

/**
 * RFC 6902 JSON patch with evanphx/json-patch's error texts; a patch that cannot be applied is
 * a 422 carrying that text, a malformed one a 400.
 */
export function applyJsonPatch(document: JsonValue, patch: JsonValue): JsonValue {
  if (!Array.isArray(patch))
    throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch')
  let doc = clone(document)
  for (const op of patch) {
    if (!isObject(op))
      throw badRequest('json: cannot unmarshal into Go value of type jsonpatch.Operation')
    doc = applyOperation(doc, op)
  }
  return doc
}

function unprocessable(message: string): ApiError {
  return new ApiError(422, 'Invalid', message)
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw unprocessable(`invalid JSON pointer: "${pointer}"`)
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function applyOperation(doc: JsonValue, op: JsonObject): JsonValue {
  const kind = typeof op['op'] === 'string' ? op['op'] : ''
  const path = typeof op['path'] === 'string' ? op['path'] : undefined
  if (path === undefined) throw unprocessable(`${kind} operation does not apply: path is missing`)
  switch (kind) {
    case 'add':
      return set(doc, parsePointer(path), op['value'] ?? null, 'add', path)
    case 'replace':
      get(doc, parsePointer(path), 'replace', path)
      return set(doc, parsePointer(path), op['value'] ?? null, 'replace', path)
    case 'remove':
      return remove(doc, parsePointer(path), path)
    case 'test': {
      const actual = get(doc, parsePointer(path), 'test', path)
      if (!deepEqual(actual, op['value'] ?? null)) {
        throw unprocessable(`testing value ${path} failed: test failed`)
      }
      return doc
    }
    case 'move':
    case 'copy': {
      const from = typeof op['from'] === 'string' ? op['from'] : ''
      const value = clone(get(doc, parsePointer(from), kind, from))
      const base = kind === 'move' ? remove(doc, parsePointer(from), from) : doc
      return set(base, parsePointer(path), value, 'add', path)
    }
    default:
      throw unprocessable(`Unexpected kind: ${kind}`)
  }
}

function get(doc: JsonValue, parts: string[], op: string, path: string): JsonValue {
  let current: JsonValue = doc
  for (const part of parts) {
    if (Array.isArray(current)) {
      const index = Number(part)
      const next = Number.isInteger(index) ? current[index] : undefined
      if (next === undefined) throw missing(op, path)
      current = next
    } else if (isObject(current) && part in current) {
      current = current[part] ?? null
    } else throw missing(op, path)
  }
  return current
}

function missing(op: string, path: string): ApiError {
  return unprocessable(`${op} operation does not apply: doc is missing path: "${path}"`)
}

function set(
  doc: JsonValue,
  parts: string[],
  value: JsonValue,
  op: string,
  path: string
): JsonValue {
  if (parts.length === 0) return clone(value)
  const parent = get(doc, parts.slice(0, -1), op, path)
  const last = parts[parts.length - 1] ?? ''
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last)
    const bound = op === 'add' ? parent.length : parent.length - 1
    if (!Number.isInteger(index) || index < 0 || index > bound) {
      throw unprocessable(`${op} operation does not apply: index out of bounds: ${last}`)
    }
    if (op === 'add') parent.splice(index, 0, clone(value))
    else parent[index] = clone(value)
  } else if (isObject(parent)) {
    parent[last] = clone(value)
  } else throw missing(op, path)
  return doc
}

function remove(doc: JsonValue, parts: string[], path: string): JsonValue {
  const parent = get(doc, parts.slice(0, -1), 'remove', path)
  const last = parts[parts.length - 1] ?? ''
  if (Array.isArray(parent)) {
    const index = Number(last)
    if (!Number.isInteger(index) || index < 0 || index >= parent.length)
      throw missing('remove', path)
    parent.splice(index, 1)
  } else if (isObject(parent) && last in parent) {
    delete parent[last]
  } else throw missing('remove', path)
  return doc
}
