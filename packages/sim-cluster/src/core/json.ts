/**
 * JSON values as the API server sees them: objects arrive from clients as untyped JSON and are
 * stored that way, so every reader goes through these guards instead of casts.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject

/** A JSON object. Index reads yield `undefined` for missing keys (noUncheckedIndexedAccess). */
export interface JsonObject {
  [key: string]: JsonValue
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isArray(value: unknown): value is JsonValue[] {
  return Array.isArray(value)
}

/** The object at `key`, or undefined when absent or not an object. */
export function objectAt(parent: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = parent?.[key]
  return isObject(value) ? value : undefined
}

/** The array at `key`, or an empty array. */
export function arrayAt(parent: JsonObject | undefined, key: string): JsonValue[] {
  const value = parent?.[key]
  return Array.isArray(value) ? value : []
}

/** The string at `key`, or undefined. */
export function stringAt(parent: JsonObject | undefined, key: string): string | undefined {
  const value = parent?.[key]
  return typeof value === 'string' ? value : undefined
}

/** The number at `key`, or undefined. */
export function numberAt(parent: JsonObject | undefined, key: string): number | undefined {
  const value = parent?.[key]
  return typeof value === 'number' ? value : undefined
}

/** Follows a path of object keys; undefined as soon as a step is missing or not an object. */
export function pathAt(
  root: JsonObject | undefined,
  path: readonly string[]
): JsonValue | undefined {
  let current: JsonValue | undefined = root
  for (const key of path) {
    if (!isObject(current)) return undefined
    current = current[key]
  }
  return current
}

/** The object at `key`, created (and attached) when missing. */
export function ensureObject(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key]
  if (isObject(existing)) return existing
  const created: JsonObject = {}
  parent[key] = created
  return created
}

/** String-valued map (labels, annotations); non-string values are ignored. */
export function stringMap(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isObject(value)) return out
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') out[key] = entry
  }
  return out
}

export function clone<T extends JsonValue>(value: T): T {
  return structuredClone(value)
}

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((key) => key in b && deepEqual(a[key], b[key]))
  }
  return false
}

/** Parses JSON text into a JsonValue; throws SyntaxError like JSON.parse. */
export function parseJson(text: string): JsonValue {
  const parsed: unknown = JSON.parse(text)
  return toJsonValue(parsed)
}

/** Narrows an unknown (e.g. YAML output) to JsonValue, dropping undefined and functions. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return value
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item))
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const out: JsonObject = {}
    for (const [key, entry] of Object.entries(value)) {
      if (entry !== undefined) out[key] = toJsonValue(entry)
    }
    return out
  }
  return null
}

/** The JSON type name the API server's validators use ("string", "integer", "object", ...). */
export function jsonTypeName(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}
