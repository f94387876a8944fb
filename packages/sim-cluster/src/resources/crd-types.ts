import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parseAllDocuments } from 'yaml'

import { arrayAt, isObject, type JsonObject, objectAt, stringAt, toJsonValue } from '../core/json'
import { CRD_SCHEMA_ROOT } from '../repo-schema'
import { fromJsonSchema } from '../schema/structural'
import { ALL_VERBS, type ResourceType, type VersionInfo } from './resource-type'

/** The CRD groups the simulated cluster can install, and where their definitions come from. */
export const CRD_GROUPS = ['litmuschaos.io', 'chaos-mesh.org', 'networking.istio.io'] as const
export type CrdGroup = (typeof CRD_GROUPS)[number]

/**
 * The CRDs committed under schema/crds/<folder> (generated from the upstream corpus by
 * `npm run schemas:crds`), so the simulated cluster needs nothing beside the repository.
 */
const CRD_FOLDERS: Readonly<Record<Exclude<CrdGroup, 'networking.istio.io'>, string>> = {
  'litmuschaos.io': 'litmus',
  'chaos-mesh.org': 'chaos-mesh'
}

/** Every CustomResourceDefinition document of a group, parsed from the committed files. */
export function loadCrdDocuments(group: CrdGroup): JsonObject[] {
  if (group === 'networking.istio.io') return [virtualServiceCrd()]
  const dir = join(CRD_SCHEMA_ROOT, CRD_FOLDERS[group])
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parseCrdFile(join(dir, name)))
}

function parseCrdFile(path: string): JsonObject[] {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((doc) => toJsonValue(doc.toJS()))
    .filter(isObject)
    .filter((doc) => doc['kind'] === 'CustomResourceDefinition')
}

/**
 * Istio ships its CRDs outside this corpus, so VirtualService is registered with a permissive
 * schema (spec and status preserve unknown fields), served at v1, v1beta1 and v1alpha3.
 */
function virtualServiceCrd(): JsonObject {
  const schema = {
    openAPIV3Schema: {
      type: 'object',
      properties: {
        spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
      }
    }
  }
  const version = (name: string, storage: boolean): JsonObject => ({
    name,
    served: true,
    storage,
    schema,
    subresources: { status: {} }
  })
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'virtualservices.networking.istio.io' },
    spec: {
      group: 'networking.istio.io',
      names: {
        kind: 'VirtualService',
        listKind: 'VirtualServiceList',
        plural: 'virtualservices',
        singular: 'virtualservice',
        shortNames: ['vs'],
        categories: ['istio-io', 'networking-istio-io']
      },
      scope: 'Namespaced',
      versions: [version('v1', true), version('v1beta1', false), version('v1alpha3', false)]
    }
  }
}

function strings(parent: JsonObject | undefined, key: string): string[] {
  return arrayAt(parent, key).filter((v): v is string => typeof v === 'string')
}

/** The ResourceType a CRD defines: storage version first, then the other served versions. */
export function crdToResourceType(crd: JsonObject): ResourceType {
  const spec = objectAt(crd, 'spec') ?? {}
  const names = objectAt(spec, 'names') ?? {}
  const kind = stringAt(names, 'kind') ?? ''
  const served = arrayAt(spec, 'versions')
    .filter(isObject)
    .filter((v) => v['served'] !== false)
    .sort((a, b) => Number(b['storage'] === true) - Number(a['storage'] === true))
  const versions: VersionInfo[] = served.map((v) => {
    const schema = objectAt(objectAt(v, 'schema'), 'openAPIV3Schema')
    const name = stringAt(v, 'name') ?? 'v1'
    return schema ? { name, schema: fromJsonSchema(schema) } : { name }
  })
  const subresources = objectAt(served[0], 'subresources')
  return {
    group: stringAt(spec, 'group') ?? '',
    versions,
    plural: stringAt(names, 'plural') ?? kind.toLowerCase(),
    singular: stringAt(names, 'singular') ?? kind.toLowerCase(),
    kind,
    listKind: stringAt(names, 'listKind') ?? `${kind}List`,
    namespaced: stringAt(spec, 'scope') !== 'Cluster',
    shortNames: strings(names, 'shortNames'),
    categories: strings(names, 'categories'),
    verbs: ALL_VERBS,
    statusSubresource: objectAt(subresources, 'status') !== undefined,
    scaleSubresource: false,
    custom: true,
    selectableFields: arrayAt(served[0], 'selectableFields')
      .filter(isObject)
      .map((f) => (stringAt(f, 'jsonPath') ?? '').replace(/^\./, '')),
    returnDeletedObject: false,
    allowUnconditionalUpdate: false,
    crd
  }
}
