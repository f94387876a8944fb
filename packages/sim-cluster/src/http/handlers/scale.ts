import type { ApiCore } from '../../api/api-core'
import { applyMergePatch } from '../../api/patch/merge-patch'
import type { PatchType, WriteOptions } from '../../api/request-options'
import { badRequest } from '../../core/api-error'
import {
  isObject,
  type JsonObject,
  type JsonValue,
  numberAt,
  objectAt,
  parseJson,
  stringMap
} from '../../core/json'
import { metaOf } from '../../core/meta'
import type { ResourceType } from '../../resources/resource-type'

/** autoscaling/v1 Scale view of a workload. */
export function scaleOf(workload: JsonObject): JsonObject {
  const meta = objectAt(workload, 'metadata') ?? {}
  const spec = objectAt(workload, 'spec')
  const selector = stringMap(objectAt(spec, 'selector')?.['matchLabels'])
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: meta['name'] ?? '',
      namespace: meta['namespace'] ?? '',
      uid: meta['uid'] ?? '',
      resourceVersion: meta['resourceVersion'] ?? '',
      creationTimestamp: meta['creationTimestamp'] ?? null
    },
    spec: { replicas: numberAt(spec, 'replicas') ?? 0 },
    status: {
      replicas: numberAt(objectAt(workload, 'status'), 'replicas') ?? 0,
      selector: Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')
    }
  }
}

/** PUT or PATCH /scale: the new spec.replicas is written to the workload (with its RV check). */
export function writeScale(
  core: ApiCore,
  type: ResourceType,
  namespace: string,
  name: string,
  body: string,
  patchType: PatchType | undefined,
  options: WriteOptions
): JsonObject {
  const workload = core.get(type, 'v1', namespace, name)
  const current = scaleOf(workload)
  let parsed: JsonValue
  try {
    parsed = parseJson(body)
  } catch {
    throw badRequest('error decoding Scale')
  }
  const next = patchType ? applyMergePatch(current, parsed) : parsed
  if (!isObject(next))
    throw badRequest('the object provided is unrecognized (must be of type Scale)')
  const replicas = numberAt(objectAt(next, 'spec'), 'replicas') ?? 0
  const rv = objectAt(next, 'metadata')?.['resourceVersion']
  const updated = structuredClone(workload)
  metaOf(updated)['resourceVersion'] =
    typeof rv === 'string' && !patchType ? rv : (metaOf(workload)['resourceVersion'] ?? '')
  const spec = objectAt(updated, 'spec') ?? {}
  spec['replicas'] = replicas
  return scaleOf(core.update(type, 'v1', namespace, name, updated, options).object)
}
