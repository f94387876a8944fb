import { clone, isObject, type JsonObject, type JsonValue } from '../../core/json'

/**
 * Strategic merge patch for built-in kinds, approximated: lists whose Go type declares a merge
 * key (containers by name, ports by containerPort, ...) merge element-wise by that key,
 * primitive lists with a merge strategy (finalizers) take the union, and the directives
 * `$patch`, `$retainKeys`, `$setElementOrder/*` and `$deleteFromPrimitiveList/*` are honoured.
 * Every other list is replaced, as in a JSON merge patch.
 */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  ports: 'containerPort',
  ownerReferences: 'uid',
  conditions: 'type',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey'
}

const PRIMITIVE_UNION = new Set(['finalizers'])

export function applyStrategicMergePatch(
  target: JsonValue | undefined,
  patch: JsonValue
): JsonValue {
  if (!isObject(patch)) return clone(patch)
  if (patch['$patch'] === 'replace') return stripDirectives(patch)
  if (patch['$patch'] === 'delete') return null
  const result: JsonObject = isObject(target) ? clone(target) : {}
  const retain = patch['$retainKeys']
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      deleteFromList(result, key.slice('$deleteFromPrimitiveList/'.length), value)
      continue
    }
    if (key.startsWith('$')) continue
    if (value === null) delete result[key]
    else result[key] = mergeField(key, result[key], value)
  }
  if (Array.isArray(retain)) {
    for (const key of Object.keys(result)) if (!retain.includes(key)) delete result[key]
  }
  return result
}

function mergeField(key: string, current: JsonValue | undefined, value: JsonValue): JsonValue {
  if (Array.isArray(value) && Array.isArray(current)) {
    const mergeKey = MERGE_KEYS[key]
    if (mergeKey) return mergeList(current, value, mergeKey)
    if (PRIMITIVE_UNION.has(key)) return [...current, ...value.filter((v) => !current.includes(v))]
    return clone(value)
  }
  if (isObject(value)) return applyStrategicMergePatch(current, value)
  return clone(value)
}

function mergeList(current: JsonValue[], patch: JsonValue[], mergeKey: string): JsonValue[] {
  const result = clone(current)
  for (const item of patch) {
    if (!isObject(item)) continue
    const index = result.findIndex((e) => isObject(e) && e[mergeKey] === item[mergeKey])
    if (item['$patch'] === 'delete') {
      if (index >= 0) result.splice(index, 1)
    } else if (index >= 0) {
      result[index] = applyStrategicMergePatch(result[index], item)
    } else result.push(stripDirectives(item))
  }
  return result
}

function deleteFromList(result: JsonObject, key: string, values: JsonValue): void {
  const list = result[key]
  if (!Array.isArray(list) || !Array.isArray(values)) return
  result[key] = list.filter((v) => !values.includes(v))
}

function stripDirectives(value: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const [key, entry] of Object.entries(value))
    if (!key.startsWith('$')) out[key] = clone(entry)
  return out
}
