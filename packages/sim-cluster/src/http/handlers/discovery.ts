import { createHash } from 'node:crypto'

import { pathNotFound } from '../../core/api-error'
import type { JsonObject } from '../../core/json'
import type { ResourceRegistry } from '../../resources/registry'
import { groupVersion, type ResourceType } from '../../resources/resource-type'

/** The server version the simulator reports (kubectl 1.32 is within skew). */
export const SERVER_VERSION: JsonObject = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0-sim',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: 'go1.23.4',
  compiler: 'gc',
  platform: 'linux/amd64'
}

/** GET /api: APIVersions. */
export function coreVersions(serverAddress: string): JsonObject {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }]
  }
}

function apiGroup(name: string, versions: string[]): JsonObject {
  const entries = versions.map((v) => ({ groupVersion: groupVersion(name, v), version: v }))
  return { name, versions: entries, preferredVersion: entries[0] ?? {} }
}

/** GET /apis: APIGroupList of every non-core group. */
export function groupList(registry: ResourceRegistry): JsonObject {
  const groups = registry
    .groups()
    .filter((g) => g.name !== '')
    .map((g) => apiGroup(g.name, g.versions))
  return { kind: 'APIGroupList', apiVersion: 'v1', groups }
}

/** GET /apis/<group>: APIGroup. */
export function groupDocument(registry: ResourceRegistry, group: string): JsonObject {
  const entry = registry.groups().find((g) => g.name === group && group !== '')
  if (!entry) throw pathNotFound()
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(entry.name, entry.versions) }
}

/** GET /api/v1 or /apis/<group>/<version>: APIResourceList including subresources. */
export function resourceList(
  registry: ResourceRegistry,
  group: string,
  version: string
): JsonObject {
  const types = registry.inGroupVersion(group, version)
  if (types.length === 0) throw pathNotFound()
  const resources = types.flatMap((type) => resourceEntries(type))
  const doc: JsonObject = {
    kind: 'APIResourceList',
    groupVersion: groupVersion(group, version),
    resources
  }
  if (group !== '') doc['apiVersion'] = 'v1'
  return doc
}

function resourceEntries(type: ResourceType): JsonObject[] {
  const main: JsonObject = {
    name: type.plural,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: [...type.verbs],
    storageVersionHash: createHash('sha256')
      .update(`${type.group}/${type.plural}`)
      .digest('base64')
      .slice(0, 11)
  }
  if (type.shortNames.length > 0) main['shortNames'] = [...type.shortNames]
  if (type.categories.length > 0) main['categories'] = [...type.categories]
  const entries = [main]
  const sub = (name: string, kind: string, extra: JsonObject = {}): JsonObject => ({
    name: `${type.plural}/${name}`,
    singularName: '',
    namespaced: type.namespaced,
    kind,
    verbs: ['get', 'patch', 'update'],
    ...extra
  })
  if (type.statusSubresource) entries.push(sub('status', type.kind))
  if (type.scaleSubresource)
    entries.push(sub('scale', 'Scale', { group: 'autoscaling', version: 'v1' }))
  return entries
}
