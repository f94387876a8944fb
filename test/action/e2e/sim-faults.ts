/**
 * What the action's end-to-end tests ask the simulated cluster, read straight from its store (the
 * test process hosts it): the fault objects a run left, whether a fault is injecting, and every
 * version an object went through until it was deleted.
 */
import type { SimCluster } from '@chaos-gate/sim-cluster'
import type { ObjectRef } from '@chaos-gate/sim-cluster/controllers/system-client'
import {
  arrayAt,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '@chaos-gate/sim-cluster/core/json'
import { labelsOf, nameOf, namespaceOf, resourceVersionOf } from '@chaos-gate/sim-cluster/core/meta'

import { RUN_ID_LABEL } from '../../../src/backends/labels'

/** Built-in kinds a run could create or leave behind (Events are records, not faults: left out). */
const BUILT_IN: readonly (readonly [string, string])[] = [
  ['v1', 'Pod'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'Service'],
  ['v1', 'ServiceAccount'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'ReplicaSet']
]

/** Every custom resource kind the cluster serves, at its storage version. */
function customKinds(cluster: SimCluster): [string, string][] {
  return cluster.objects
    .list('apiextensions.k8s.io/v1', 'CustomResourceDefinition')
    .flatMap((crd) => {
      const spec = objectAt(crd, 'spec')
      const version = arrayAt(spec, 'versions')
        .filter(isObject)
        .find((v) => v['storage'] === true)
      const group = stringAt(spec, 'group')
      const kind = stringAt(objectAt(spec, 'names'), 'kind')
      const name = stringAt(version, 'name')
      return group && kind && name ? [[`${group}/${name}`, kind] as [string, string]] : []
    })
}

/**
 * Everything on the cluster that belongs to the run, as `Kind namespace/name`: carrying its
 * run-id label, or named for it (`gate-<runId>-...`: a ChaosResult, a Litmus runner pod).
 */
export function runLeftovers(cluster: SimCluster, runId: string): string[] {
  const kinds = [...BUILT_IN, ...customKinds(cluster)]
  return kinds.flatMap(([apiVersion, kind]) =>
    cluster.objects
      .list(apiVersion, kind)
      .filter((o) => labelsOf(o)[RUN_ID_LABEL] === runId || nameOf(o).startsWith(`gate-${runId}-`))
      .map((o) => `${kind} ${namespaceOf(o)}/${nameOf(o)}`)
  )
}

/** status.experiment.containerRecords of a Chaos Mesh object. */
export function chaosRecords(o: JsonObject | undefined): JsonObject[] {
  return arrayAt(objectAt(objectAt(o, 'status'), 'experiment'), 'containerRecords').filter(isObject)
}

/** A Chaos Mesh fault with every target injected. */
export function meshInjecting(o: JsonObject | undefined): boolean {
  const records = chaosRecords(o)
  return records.length > 0 && records.every((r) => r['phase'] === 'Injected')
}

/** A Chaos Mesh fault recovered from every target it had injected. */
export function meshRecovered(o: JsonObject | undefined): boolean {
  const records = chaosRecords(o)
  return (
    records.length > 0 &&
    records.every((r) => r['phase'] === 'Not Injected' && Number(r['recoveredCount']) > 0)
  )
}

/** A Litmus ChaosResult whose experiment is running (litmus-go writes Running / Awaited). */
export function litmusRunning(o: JsonObject | undefined): boolean {
  const status = objectAt(objectAt(o, 'status'), 'experimentStatus')
  return status?.['phase'] === 'Running' && status['verdict'] === 'Awaited'
}

/** Every version of one object, from now until it is deleted. */
export interface ObjectHistory {
  /** The versions seen so far, oldest first. */
  readonly versions: readonly JsonObject[]
  /** Resolves with Date.now() at the moment the object was deleted. */
  readonly deletedAt: Promise<number>
}

/** Records every change of `ref` (it must exist now) until it is gone or `timeoutMs` passes. */
export function followObject(
  cluster: SimCluster,
  ref: ObjectRef,
  timeoutMs = 60_000
): ObjectHistory {
  const versions: JsonObject[] = []
  const deletedAt = cluster.objects
    .waitFor(
      ref,
      (o) => {
        if (o === undefined) return true
        const last = versions.at(-1)
        if (!last || resourceVersionOf(last) !== resourceVersionOf(o)) versions.push(o)
        return false
      },
      timeoutMs
    )
    .then(() => Date.now())
  return { versions, deletedAt }
}
