import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import { nameOf, namespaceOf } from '../../core/meta'
import type { OperatorClient } from '../runtime/operator-client'
import { applyMode, selectPods } from './selector'

export const CHAOS_MESH_API = 'chaos-mesh.org/v1alpha1'
export const RECORDS_FINALIZER = 'chaos-mesh/records'
export const PAUSE_ANNOTATION = 'experiment.chaos-mesh.org/pause'
export const CLEAN_FINALIZER_ANNOTATION = 'chaos-mesh.chaos-mesh.org/cleanFinalizer'

/** The kinds the generic chaos reconcile pipeline drives (not Schedule/Workflow/internals). */
export const CHAOS_KINDS = [
  'AWSChaos',
  'AzureChaos',
  'BlockChaos',
  'DNSChaos',
  'GCPChaos',
  'HTTPChaos',
  'IOChaos',
  'JVMChaos',
  'KernelChaos',
  'NetworkChaos',
  'PhysicalMachineChaos',
  'PodChaos',
  'StressChaos',
  'TimeChaos'
] as const

/** The lower-camel key a Schedule or Workflow template embeds each kind's spec under. */
export const EMBED_KEYS: Readonly<Record<string, string>> = {
  AWSChaos: 'awsChaos',
  AzureChaos: 'azureChaos',
  BlockChaos: 'blockChaos',
  DNSChaos: 'dnsChaos',
  GCPChaos: 'gcpChaos',
  HTTPChaos: 'httpChaos',
  IOChaos: 'ioChaos',
  JVMChaos: 'jvmChaos',
  KernelChaos: 'kernelChaos',
  NetworkChaos: 'networkChaos',
  PhysicalMachineChaos: 'physicalmachineChaos',
  PodChaos: 'podChaos',
  StressChaos: 'stressChaos',
  TimeChaos: 'timeChaos',
  Workflow: 'workflow'
}

/** Kinds whose records are per container (`ns/pod/container`) rather than per pod. */
const CONTAINER_KINDS = new Set(['StressChaos', 'IOChaos', 'JVMChaos', 'TimeChaos', 'BlockChaos'])

/** The `+chaos-mesh:oneshot` actions: injected once, never recovered. */
export function isOneShot(kind: string, spec: JsonObject | undefined): boolean {
  const action = stringAt(spec, 'action') ?? (kind === 'PodChaos' ? 'pod-kill' : '')
  return (
    (kind === 'PodChaos' && (action === 'pod-kill' || action === 'container-kill')) ||
    (kind === 'AWSChaos' && action === 'ec2-restart') ||
    (kind === 'AzureChaos' && action === 'vm-restart') ||
    (kind === 'GCPChaos' && action === 'node-reset')
  )
}

/** One target as records name it. */
export interface Target {
  readonly id: string
  readonly selectorKey: string
}

/** The records a chaos object starts with, or why nothing could be selected. */
export function selectTargets(
  client: OperatorClient,
  obj: JsonObject
): { targets: Target[] } | { error: string } {
  const kind = stringAt(obj, 'kind') ?? ''
  const spec = objectAt(obj, 'spec') ?? {}
  if (kind === 'AWSChaos')
    return single(
      `${stringAt(spec, 'awsRegion') ?? ''}/${stringAt(spec, 'ec2Instance') ?? ''}${volume(spec)}`
    )
  if (kind === 'AzureChaos')
    return single(`${stringAt(spec, 'resourceGroupName') ?? ''}/${stringAt(spec, 'vmName') ?? ''}`)
  if (kind === 'GCPChaos')
    return single(
      `${stringAt(spec, 'project') ?? ''}/${stringAt(spec, 'zone') ?? ''}/${stringAt(spec, 'instance') ?? ''}`
    )
  if (kind === 'PhysicalMachineChaos') return physicalTargets(client, obj)
  const main = podTargets(
    client,
    obj,
    objectAt(spec, 'selector'),
    stringAt(spec, 'mode') ?? 'one',
    stringAt(spec, 'value'),
    '.'
  )
  if ('error' in main) return main
  const target = objectAt(spec, 'target')
  if (kind !== 'NetworkChaos' || !target) return main
  const peer = podTargets(
    client,
    obj,
    objectAt(target, 'selector'),
    stringAt(target, 'mode') ?? 'one',
    stringAt(target, 'value'),
    '.Target'
  )
  return 'error' in peer ? peer : { targets: [...main.targets, ...peer.targets] }
}

function single(id: string): { targets: Target[] } {
  return { targets: [{ id, selectorKey: '.' }] }
}

function volume(spec: JsonObject): string {
  const id = stringAt(spec, 'volumeID')
  return id ? `/${id}` : ''
}

function podTargets(
  client: OperatorClient,
  obj: JsonObject,
  selector: JsonObject | undefined,
  mode: string,
  value: string | undefined,
  selectorKey: string
): { targets: Target[] } | { error: string } {
  const selection = applyMode(selectPods(client, selector, namespaceOf(obj)), mode, value)
  if ('error' in selection) return selection
  const kind = stringAt(obj, 'kind') ?? ''
  const spec = objectAt(obj, 'spec')
  const perContainer =
    CONTAINER_KINDS.has(kind) ||
    (kind === 'PodChaos' && stringAt(spec, 'action') === 'container-kill')
  const wanted = arrayAt(spec, 'containerNames').filter((c): c is string => typeof c === 'string')
  const targets = selection.pods.flatMap((pod) => {
    const podId = `${namespaceOf(pod)}/${nameOf(pod)}`
    if (!perContainer) return [{ id: podId, selectorKey }]
    const containers = arrayAt(objectAt(pod, 'spec'), 'containers')
      .filter(isObject)
      .map((c) => stringAt(c, 'name') ?? '')
    const names =
      wanted.length > 0 ? containers.filter((c) => wanted.includes(c)) : containers.slice(0, 1)
    return names.map((c) => ({ id: `${podId}/${c}`, selectorKey }))
  })
  return { targets }
}

function physicalTargets(
  client: OperatorClient,
  obj: JsonObject
): { targets: Target[] } | { error: string } {
  const spec = objectAt(obj, 'spec') ?? {}
  const addresses = arrayAt(spec, 'address').filter((a): a is string => typeof a === 'string')
  if (addresses.length > 0) return { targets: addresses.map((id) => ({ id, selectorKey: '.' })) }
  const selector = objectAt(spec, 'selector')
  const namespaces = arrayAt(selector, 'namespaces').filter(
    (n): n is string => typeof n === 'string'
  )
  const machines = (namespaces.length > 0 ? namespaces : [namespaceOf(obj)]).flatMap((ns) =>
    client.has(CHAOS_MESH_API, 'PhysicalMachine')
      ? client.list(CHAOS_MESH_API, 'PhysicalMachine', ns)
      : []
  )
  const selection = applyMode(machines, stringAt(spec, 'mode') ?? 'one', stringAt(spec, 'value'))
  if ('error' in selection) return selection
  return {
    targets: selection.pods.map((m) => ({
      id: stringAt(objectAt(m, 'spec'), 'address') ?? `${namespaceOf(m)}/${nameOf(m)}`,
      selectorKey: '.'
    }))
  }
}
