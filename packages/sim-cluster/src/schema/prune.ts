import { clone, isObject, type JsonObject, type JsonValue } from '../core/json'
import type { Schema } from './structural'
import { childPath } from './validate'

/** ObjectMeta fields a custom resource may carry; anything else under metadata is pruned. */
const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields'
])

const TYPE_META = new Set(['apiVersion', 'kind', 'metadata'])

/**
 * Structural pruning: drops fields the schema does not specify (unless
 * x-kubernetes-preserve-unknown-fields) and returns their paths, which fieldValidation turns
 * into `unknown field "spec.foo"` warnings or a Strict 400.
 */
export function pruneObject(obj: JsonObject, schema: Schema): string[] {
  const unknown: string[] = []
  pruneMetadata(obj, '', unknown)
  pruneNode(obj, schema, '', unknown, true)
  return unknown
}

function pruneMetadata(obj: JsonObject, path: string, unknown: string[]): void {
  const meta = obj['metadata']
  if (!isObject(meta)) return
  for (const key of Object.keys(meta)) {
    if (!OBJECT_META_FIELDS.has(key)) {
      unknown.push(childPath(childPath(path, 'metadata'), key))
      delete meta[key]
    }
  }
}

function pruneNode(
  value: JsonValue | undefined,
  schema: Schema,
  path: string,
  unknown: string[],
  isRoot: boolean
): void {
  if (Array.isArray(value)) {
    const items = schema.items
    if (items) value.forEach((item, i) => pruneNode(item, items, `${path}[${i}]`, unknown, false))
    return
  }
  if (!isObject(value)) return
  const embedded = isRoot || schema.embeddedResource
  if (schema.embeddedResource) pruneMetadata(value, path, unknown)
  for (const key of Object.keys(value)) {
    // metadata is ObjectMeta whatever the schema says; pruneMetadata has dealt with it.
    if (embedded && key === 'metadata') continue
    const child = schema.properties?.get(key) ?? schema.additionalProperties
    if (child) {
      pruneNode(value[key], child, childPath(path, key), unknown, false)
      continue
    }
    if (embedded && TYPE_META.has(key)) continue
    if (schema.preserveUnknownFields) continue
    unknown.push(childPath(path, key))
    delete value[key]
  }
}

/**
 * Structural defaulting: fills `default` for absent properties (and for null in non-nullable
 * fields), recursing into what is present, as the apiextensions-apiserver does on decode.
 */
export function applyDefaults(value: JsonValue | undefined, schema: Schema): void {
  if (Array.isArray(value)) {
    const items = schema.items
    if (items) value.forEach((item) => applyDefaults(item, items))
    return
  }
  if (!isObject(value)) return
  for (const [key, child] of schema.properties ?? []) {
    const current = value[key]
    const missing = current === undefined || (current === null && !child.nullable)
    if (missing && child.default !== undefined) value[key] = clone(child.default)
    applyDefaults(value[key], child)
  }
  const additional = schema.additionalProperties
  if (additional) {
    for (const [key, child] of Object.entries(value)) {
      if (!schema.properties?.has(key)) applyDefaults(child, additional)
    }
  }
}
