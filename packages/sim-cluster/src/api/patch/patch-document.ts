import { parse as parseYaml } from 'yaml'

import { badRequest, unsupportedMediaType } from '../../core/api-error'
import { type JsonObject, type JsonValue, parseJson, toJsonValue } from '../../core/json'
import type { ResourceType } from '../../resources/resource-type'
import type { PatchType } from '../request-options'
import { applyJsonPatch } from './json-patch'
import { applyMergePatch } from './merge-patch'
import { applyStrategicMergePatch } from './strategic-merge'

const ACCEPTED = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml'
]

/**
 * The document a PATCH produces from the current object. Server-side apply is approximated:
 * the applied configuration is merged into the live object (strategic merge for built-ins,
 * merge semantics without deletions for CRs); managedFields and ownership conflicts are not
 * tracked.
 */
export function patchedDocument(
  type: ResourceType,
  patchType: PatchType,
  current: JsonObject | undefined,
  body: string
): JsonValue {
  switch (patchType) {
    case 'merge':
      return applyMergePatch(current, parseBody(body))
    case 'json':
      return applyJsonPatch(current ?? {}, parseBody(body))
    case 'strategic':
      if (type.custom)
        throw unsupportedMediaType('application/strategic-merge-patch+json', ACCEPTED)
      return applyStrategicMergePatch(current, parseBody(body))
    case 'apply': {
      const applied = parseApply(body)
      if (current === undefined) return applied
      return type.custom
        ? mergeKeeping(current, applied)
        : applyStrategicMergePatch(current, applied)
    }
  }
}

function parseBody(body: string): JsonValue {
  try {
    return parseJson(body)
  } catch (err) {
    throw badRequest(`error decoding patch: ${err instanceof Error ? err.message : String(err)}`)
  }
}

function parseApply(body: string): JsonValue {
  try {
    return toJsonValue(parseYaml(body))
  } catch (err) {
    throw badRequest(`error decoding YAML: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/** Merge where null in the applied config is a value, not a deletion. */
function mergeKeeping(current: JsonValue | undefined, applied: JsonValue): JsonValue {
  if (applied === null || typeof applied !== 'object' || Array.isArray(applied)) return applied
  const result: JsonObject =
    current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {}
  for (const [key, value] of Object.entries(applied)) result[key] = mergeKeeping(result[key], value)
  return result
}
