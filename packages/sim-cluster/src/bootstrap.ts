import type { Clock } from './clock'
import { NODE_NAMES } from './controllers/kubelet'
import type { SystemClient } from './controllers/system-client'
import { clone, type JsonObject, objectAt } from './core/json'
import { metaOf, timestamp } from './core/meta'
import { newUid } from './core/names'
import { storageVersion } from './resources/resource-type'

const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease']

/**
 * What a fresh cluster has before anyone applies anything: the system namespaces, three Ready
 * nodes, and a CustomResourceDefinition object (Established) for every installed CRD.
 */
export function bootstrapCluster(client: SystemClient, clock: Clock): void {
  for (const name of SYSTEM_NAMESPACES) {
    client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
  }
  NODE_NAMES.forEach((name, i) => {
    const desired = node(name, i, timestamp(clock.now()))
    const created = client.create(desired)
    client.update({ ...created, status: desired['status'] ?? {} }, true)
  })
  const { registry, store } = client.core.deps
  for (const type of registry.customTypes()) {
    if (!type.crd) continue
    store.insert(
      registry.crdResource(),
      crdObject(type.crd, storageVersion(type), timestamp(clock.now()))
    )
  }
}

function node(name: string, index: number, now: string): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/zone': `sim-zone-${String.fromCharCode(97 + index)}`
      }
    },
    spec: { podCIDR: `10.244.${index}.0/24` },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: now,
          lastTransitionTime: now
        }
      ],
      addresses: [{ type: 'InternalIP', address: `172.18.0.${index + 2}` }],
      nodeInfo: { kubeletVersion: 'v1.32.0-sim', containerRuntimeVersion: 'containerd://1.7.24' }
    }
  }
}

function crdObject(crd: JsonObject, stored: string, now: string): JsonObject {
  const obj = clone(crd)
  const meta = metaOf(obj)
  meta['uid'] = newUid()
  meta['creationTimestamp'] = now
  meta['generation'] = 1
  obj['status'] = {
    acceptedNames: clone(objectAt(objectAt(crd, 'spec'), 'names') ?? {}),
    conditions: [
      {
        type: 'NamesAccepted',
        status: 'True',
        lastTransitionTime: now,
        reason: 'NoConflicts',
        message: 'no conflicts found'
      },
      {
        type: 'Established',
        status: 'True',
        lastTransitionTime: now,
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted'
      }
    ],
    storedVersions: [stored]
  }
  return obj
}
