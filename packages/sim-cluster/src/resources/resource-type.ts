import type { StatusTarget } from '../core/api-error'
import type { JsonObject } from '../core/json'
import type { Schema } from '../schema/structural'

/** How one served version of a resource is validated. */
export interface VersionInfo {
  readonly name: string
  /** Structural schema of the whole object; undefined for built-ins validated in code. */
  readonly schema?: Schema
}

/**
 * One REST resource the simulated server serves: a built-in (pods, deployments.apps, ...) or a
 * custom resource from a CRD. Everything the discovery documents, the router and the storage
 * strategy need is here, so adding a resource is adding one of these.
 */
export interface ResourceType {
  /** API group; '' for the core group. */
  readonly group: string
  /** Served versions; the first is the storage (and preferred) version. */
  readonly versions: readonly VersionInfo[]
  readonly plural: string
  readonly singular: string
  readonly kind: string
  readonly listKind: string
  readonly namespaced: boolean
  readonly shortNames: readonly string[]
  readonly categories: readonly string[]
  readonly verbs: readonly string[]
  /** Whether /status (and for workloads /scale) are served as subresources. */
  readonly statusSubresource: boolean
  readonly scaleSubresource: boolean
  /** True for custom resources (CRD semantics: pruning, generation on any non-metadata change). */
  readonly custom: boolean
  /** Field labels allowed in fieldSelector beyond metadata.name / metadata.namespace. */
  readonly selectableFields: readonly string[]
  /** Whether a DELETE that removes the object at once answers with the object (pods, SAs). */
  readonly returnDeletedObject: boolean
  /** Whether PUT without metadata.resourceVersion is allowed (built-in workloads). */
  readonly allowUnconditionalUpdate: boolean
  /** The CustomResourceDefinition object served under apiextensions.k8s.io, for CRDs. */
  readonly crd?: JsonObject
}

export const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch'
] as const

/** "podchaos.chaos-mesh.org" or "pods": the key a resource is stored and authorised under. */
export function resourceKey(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural
}

/** "chaos-mesh.org/v1alpha1" or "v1". */
export function groupVersion(group: string, version: string): string {
  return group ? `${group}/${version}` : version
}

export function storageVersion(type: ResourceType): string {
  return type.versions[0]?.name ?? 'v1'
}

export function versionInfo(type: ResourceType, version: string): VersionInfo | undefined {
  return type.versions.find((v) => v.name === version)
}

/** The target a Status names for one object of this resource (plural + group + name). */
export function statusTarget(type: ResourceType, name: string): StatusTarget & { name: string } {
  return { kind: type.plural, group: type.group, name }
}

/** The target a Status names for the resource as a whole (list, create without a name). */
export function resourceTarget(type: ResourceType): StatusTarget {
  return { kind: type.plural, group: type.group }
}

/** The target an Invalid Status names (Kind + group). */
export function kindTarget(type: ResourceType, name: string): StatusTarget & { name: string } {
  return { kind: type.kind, group: type.group, name }
}
