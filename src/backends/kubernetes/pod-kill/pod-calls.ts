/**
 * The API calls pod-kill makes, each mapped to an error a user can act on: read the record, list
 * the pods a selector matches, delete one pod.
 */
import type { KubeObject, PodKillSpec } from '../../../manifest/model'
import { kindOperation, kubeFailure } from '../../kube/errors'
import type { KindNames, KubeObjects } from '../../kube/port'

const POD: KindNames = { apiVersion: 'v1', kind: 'Pod', resource: 'pods' }
const CONFIG_MAP: KindNames = { apiVersion: 'v1', kind: 'ConfigMap', resource: 'configmaps' }

export async function getRecord(
  kube: KubeObjects,
  namespace: string,
  name: string
): Promise<KubeObject | undefined> {
  try {
    return await kube.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace, name })
  } catch (err) {
    throw kubeFailure(err, kindOperation('kubernetes', 'get', CONFIG_MAP, namespace, name))
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
    throw kubeFailure(err, kindOperation('kubernetes', 'list', POD, spec.namespace))
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
    throw kubeFailure(err, kindOperation('kubernetes', 'delete', POD, spec.namespace, name))
  }
}
