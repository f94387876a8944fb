/**
 * The API calls pod-kill makes, each mapped to an error a user can act on: read the record, list
 * the pods a selector matches, delete one pod.
 */
import type { KubeObject, PodKillSpec } from '../../../manifest/model'
import { kubeFailure } from '../../kube/errors'
import type { KubeObjects } from '../../kube/port'

export async function getRecord(
  kube: KubeObjects,
  namespace: string,
  name: string
): Promise<KubeObject | undefined> {
  try {
    return await kube.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace, name })
  } catch (err) {
    throw kubeFailure(err, {
      backend: 'kubernetes',
      verb: 'get',
      kind: 'ConfigMap',
      resource: 'configmaps',
      group: '',
      namespace,
      name
    })
  }
}

export async function listPods(
  kube: KubeObjects,
  spec: PodKillSpec
): Promise<readonly KubeObject[]> {
  try {
    const list = await kube.list({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: spec.namespace,
      labelSelector: spec.labelSelector
    })
    return list.items
  } catch (err) {
    throw kubeFailure(err, {
      backend: 'kubernetes',
      verb: 'list',
      kind: 'Pod',
      resource: 'pods',
      group: '',
      namespace: spec.namespace
    })
  }
}

/** A pod already gone counts as killed: the port answers not-found instead of throwing. */
export async function deletePod(kube: KubeObjects, spec: PodKillSpec, name: string): Promise<void> {
  try {
    await kube.delete(
      { apiVersion: 'v1', kind: 'Pod', namespace: spec.namespace, name },
      { gracePeriodSeconds: spec.gracePeriodSeconds }
    )
  } catch (err) {
    throw kubeFailure(err, {
      backend: 'kubernetes',
      verb: 'delete',
      kind: 'Pod',
      resource: 'pods',
      group: '',
      namespace: spec.namespace,
      name
    })
  }
}
