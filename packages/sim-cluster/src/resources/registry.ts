import { builtinTypes } from './builtin-types'
import { CRD_GROUPS, type CrdGroup, crdToResourceType, loadCrdDocuments } from './crd-types'
import { groupVersion, type ResourceType } from './resource-type'

/** The apiextensions resource: served read-only so clients can discover what is installed. */
const CRD_RESOURCE: ResourceType = {
  group: 'apiextensions.k8s.io',
  versions: [{ name: 'v1' }],
  plural: 'customresourcedefinitions',
  singular: 'customresourcedefinition',
  kind: 'CustomResourceDefinition',
  listKind: 'CustomResourceDefinitionList',
  namespaced: false,
  shortNames: ['crd', 'crds'],
  categories: ['api-extensions'],
  verbs: ['get', 'list', 'watch'],
  statusSubresource: true,
  scaleSubresource: false,
  custom: false,
  selectableFields: [],
  returnDeletedObject: false,
  allowUnconditionalUpdate: false
}

/**
 * Parsing the upstream CRDs (tens of thousands of YAML lines) dominates start-up, and their
 * ResourceTypes are immutable, so they are read once per process and shared.
 */
const parsedGroups = new Map<CrdGroup, readonly ResourceType[]>()

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child)
  }
  return Object.freeze(value)
}

function crdTypes(group: CrdGroup): readonly ResourceType[] {
  let types = parsedGroups.get(group)
  if (!types) {
    types = loadCrdDocuments(group).map((crd) => crdToResourceType(deepFreeze(crd)))
    parsedGroups.set(group, types)
  }
  return types
}

/**
 * Every resource the server knows, indexed for the router (group/version/plural) and for
 * objects that name themselves (apiVersion/kind). Built once per cluster.
 */
export class ResourceRegistry {
  private readonly types: ResourceType[]

  constructor(installedCrdGroups: readonly CrdGroup[] = CRD_GROUPS) {
    const crds = installedCrdGroups.flatMap((group) => crdTypes(group))
    this.types = [...builtinTypes(), CRD_RESOURCE, ...crds]
  }

  all(): readonly ResourceType[] {
    return this.types
  }

  /** The CRD-backed types (each carries its CustomResourceDefinition object). */
  customTypes(): readonly ResourceType[] {
    return this.types.filter((t) => t.crd !== undefined)
  }

  crdResource(): ResourceType {
    return CRD_RESOURCE
  }

  /** The resource served at /apis/<group>/<version>/<plural>, if that version is served. */
  find(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types.find(
      (t) => t.group === group && t.plural === plural && t.versions.some((v) => v.name === version)
    )
  }

  /** The resource an object of `apiVersion`/`kind` belongs to. */
  findByKind(apiVersion: string, kind: string): ResourceType | undefined {
    return this.types.find(
      (t) => t.kind === kind && t.versions.some((v) => groupVersion(t.group, v.name) === apiVersion)
    )
  }

  /** Groups in discovery order (core first, then as registered), with their versions. */
  groups(): { name: string; versions: string[] }[] {
    const out: { name: string; versions: string[] }[] = []
    for (const type of this.types) {
      let entry = out.find((g) => g.name === type.group)
      if (!entry) {
        entry = { name: type.group, versions: [] }
        out.push(entry)
      }
      for (const v of type.versions)
        if (!entry.versions.includes(v.name)) entry.versions.push(v.name)
    }
    return out
  }

  /** Resources served in one group/version. */
  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.types.filter((t) => t.group === group && t.versions.some((v) => v.name === version))
  }
}
