import { createHash } from 'node:crypto'

import { pathNotFound } from '../../core/api-error'
import type { JsonObject } from '../../core/json'
import type { ResourceRegistry } from '../../resources/registry'
import { groupVersion, type ResourceType } from '../../resources/resource-type'

const QUERY_PARAMETERS = ['dryRun', 'fieldManager', 'fieldValidation', 'force', 'pretty']

/**
 * A minimal OpenAPI v3 surface: the discovery root and one document per group/version whose
 * PATCH operations carry x-kubernetes-group-version-kind and the fieldValidation parameter.
 * That is what kubectl inspects to decide it may use server-side field validation.
 */
export function openApiDocument(registry: ResourceRegistry, path: string): JsonObject {
  if (path === '/openapi/v3' || path === '/openapi/v3/') return openApiRoot(registry)
  const match = /^\/openapi\/v3\/(api\/v1|apis\/[^/]+\/[^/]+)\/?$/.exec(path)
  if (!match) throw pathNotFound()
  const [prefix, group, version] = splitGv(match[1] ?? '')
  const types = registry.inGroupVersion(group, version)
  if (types.length === 0) throw pathNotFound()
  const paths: JsonObject = {}
  for (const type of types) paths[itemPath(prefix, type)] = operations(type, group, version)
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0-sim' },
    paths,
    components: { schemas: {} }
  }
}

function openApiRoot(registry: ResourceRegistry): JsonObject {
  const paths: JsonObject = {}
  for (const g of registry.groups()) {
    for (const v of g.versions) {
      const key = g.name === '' ? `api/${v}` : `apis/${g.name}/${v}`
      const hash = createHash('sha256').update(key).digest('hex').slice(0, 32).toUpperCase()
      paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hash}` }
    }
  }
  return { paths }
}

function splitGv(key: string): [string, string, string] {
  if (key === 'api/v1') return ['/api/v1', '', 'v1']
  const [, group, version] = key.split('/')
  return [`/apis/${group ?? ''}/${version ?? ''}`, group ?? '', version ?? '']
}

function itemPath(prefix: string, type: ResourceType): string {
  const scope = type.namespaced ? '/namespaces/{namespace}' : ''
  return `${prefix}${scope}/${type.plural}/{name}`
}

function operations(type: ResourceType, group: string, version: string): JsonObject {
  const gvk = { group, version, kind: type.kind }
  const parameters = QUERY_PARAMETERS.map((name) => ({
    name,
    in: 'query',
    schema: { type: 'string' }
  }))
  const op = (id: string): JsonObject => ({
    operationId: `${id}${type.kind}`,
    'x-kubernetes-group-version-kind': gvk,
    'x-kubernetes-action': id,
    parameters,
    responses: { '200': { description: 'OK' } },
    tags: [groupVersion(group, version)]
  })
  return { get: op('get'), put: op('put'), patch: op('patch'), delete: op('delete') }
}
