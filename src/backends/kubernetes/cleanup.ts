/**
 * Cleanup for the kubernetes backend: every VirtualService carrying the run's label (or named by a
 * handle) gets its original back, or is deleted when the gate created it; every pod-kill record is
 * deleted. Killed pods need nothing: their workloads replaced them.
 */
import type { KubeObject } from '../../manifest/model'
import { errorMessage } from '../../util/errors'
import type { CleanupReport, Handle, RunContext, RunSelector } from '../backend'
import { deleteAll, findByLabel, fitWaits, mergeReports } from '../kube/cleanup'
import { isNotFound } from '../kube/errors'
import type { KubeObjects, ObjectRef } from '../kube/port'
import { type KindNames } from '../kube/port'
import { runSelectorString } from '../labels'
import { restoreHints } from './virtual-service/hints'
import { restoreVs } from './virtual-service/restore'
import { VIRTUAL_SERVICE } from './virtual-service/virtual-service'

const RECORD: KindNames = { apiVersion: 'v1', kind: 'ConfigMap', resource: 'configmaps' }
/** Istio serves VirtualService in these versions; the first one the cluster knows is listed. */
const ISTIO_VERSIONS = [
  'networking.istio.io/v1',
  'networking.istio.io/v1beta1',
  'networking.istio.io/v1alpha3'
]

export async function cleanupKubernetes(
  kube: KubeObjects,
  selector: RunSelector,
  ctx: RunContext,
  boundMs: number
): Promise<CleanupReport> {
  const labelSelector = runSelectorString(selector.runId, selector.experiment)
  const records = await findByLabel(
    kube,
    [RECORD],
    selector.namespaces,
    labelSelector,
    'kubernetes'
  )
  const removed = await deleteAll(
    kube,
    records.found.map((o) => ({
      kind: RECORD,
      namespace: o.metadata.namespace ?? '',
      name: o.metadata.name ?? ''
    })),
    {
      backend: 'kubernetes',
      clock: ctx.clock,
      log: ctx.log,
      boundMs: fitWaits(boundMs, ctx)(boundMs)
    }
  )
  const restored = await restoreAll(kube, selector, labelSelector)
  return mergeReports({ ...removed, errors: [...records.errors, ...removed.errors] }, restored)
}

async function restoreAll(
  kube: KubeObjects,
  selector: RunSelector,
  labelSelector: string
): Promise<CleanupReport> {
  const found = await listVirtualServices(kube, selector.namespaces, labelSelector)
  const refs = new Map<string, { ref: ObjectRef; handle?: Handle }>()
  for (const o of found) refs.set(key(o.metadata.namespace, o.metadata.name), { ref: refOf(o) })
  for (const h of selector.handles.filter(
    (h) =>
      h.backend === 'kubernetes' &&
      h.kind === VIRTUAL_SERVICE &&
      (selector.experiment === undefined || h.experiment === selector.experiment)
  )) {
    const ref = {
      apiVersion: h.apiVersion ?? ISTIO_VERSIONS[0] ?? '',
      kind: VIRTUAL_SERVICE,
      namespace: h.namespace ?? '',
      name: h.name
    }
    refs.set(key(h.namespace, h.name), { ref, handle: h })
  }
  const deleted: string[] = []
  const errors: string[] = []
  for (const { ref, handle } of refs.values()) {
    const what = `VirtualService ${ref.namespace ?? ''}/${ref.name}`
    try {
      const done = await restoreVs(
        kube,
        ref,
        handle ? restoreHints(handle, selector.runId) : { runId: selector.runId }
      )
      if (done !== 'untouched')
        deleted.push(`${what} (${done === 'deleted' ? 'deleted' : 'original restored'})`)
    } catch (err) {
      errors.push(`${what}: ${errorMessage(err)}`)
    }
  }
  return { deleted, stuck: [], errors }
}

/** The run's VirtualServices, through the first Istio version the cluster serves. */
async function listVirtualServices(
  kube: KubeObjects,
  namespaces: readonly string[],
  labelSelector: string
): Promise<KubeObject[]> {
  for (const apiVersion of ISTIO_VERSIONS) {
    try {
      const lists = await Promise.all(
        namespaces.map((namespace) =>
          kube.list({ apiVersion, kind: VIRTUAL_SERVICE, namespace, labelSelector })
        )
      )
      return lists.flatMap((l) => l.items)
    } catch (err) {
      if (!isNotFound(err)) throw err
    }
  }
  return []
}

function refOf(o: KubeObject): ObjectRef {
  return {
    apiVersion: o.apiVersion,
    kind: VIRTUAL_SERVICE,
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? ''
  }
}

const key = (namespace: string | undefined, name: string | undefined): string =>
  `${namespace ?? ''}/${name ?? ''}`
