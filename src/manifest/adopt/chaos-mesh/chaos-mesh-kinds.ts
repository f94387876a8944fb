/**
 * What the Chaos Mesh CRDs (chaos-mesh/chaos-mesh config/crd/bases at 608b61e) require of each
 * fault kind's spec, and which actions are one-shot (`+chaos-mesh:oneshot` in api/v1alpha1).
 */

/** Required spec fields per kind, and the action enum where the kind has an `action` (CRDs at 608b61e). */
export const CHAOS_MESH_SPECS: Readonly<
  Record<string, { readonly required: readonly string[]; readonly actions?: readonly string[] }>
> = {
  AWSChaos: {
    required: ['action', 'awsRegion', 'ec2Instance'],
    actions: ['ec2-stop', 'ec2-restart', 'detach-volume']
  },
  AzureChaos: {
    required: ['action', 'resourceGroupName', 'subscriptionID', 'vmName'],
    actions: ['vm-stop', 'vm-restart', 'disk-detach']
  },
  BlockChaos: { required: ['action', 'mode', 'selector', 'volumeName'], actions: ['delay'] },
  DNSChaos: { required: ['action', 'mode', 'selector'], actions: ['error', 'random'] },
  GCPChaos: {
    required: ['action', 'instance', 'project', 'zone'],
    actions: ['node-stop', 'node-reset', 'disk-loss']
  },
  HTTPChaos: { required: ['mode', 'selector', 'target'] },
  IOChaos: {
    required: ['action', 'mode', 'selector', 'volumePath'],
    actions: ['latency', 'fault', 'attrOverride', 'mistake']
  },
  JVMChaos: {
    required: ['action', 'mode', 'selector'],
    actions: ['latency', 'return', 'exception', 'stress', 'gc', 'ruleData', 'mysql']
  },
  KernelChaos: { required: ['failKernRequest', 'mode', 'selector'] },
  NetworkChaos: {
    required: ['action', 'mode', 'selector'],
    actions: ['netem', 'delay', 'loss', 'duplicate', 'corrupt', 'partition', 'bandwidth']
  },
  PhysicalMachineChaos: { required: ['action', 'mode'] },
  PodChaos: {
    required: ['action', 'mode', 'selector'],
    actions: ['pod-kill', 'pod-failure', 'container-kill']
  },
  StressChaos: { required: ['mode', 'selector'] },
  TimeChaos: { required: ['mode', 'selector', 'timeOffset'] }
}

/** Cloud kinds act on one named instance and have no selector. */
export const CLOUD_KINDS = ['AWSChaos', 'AzureChaos', 'GCPChaos']

/** Actions that inject once and never recover (`+chaos-mesh:oneshot`): they have no duration. */
export const ONE_SHOT = [
  'PodChaos/pod-kill',
  'PodChaos/container-kill',
  'AWSChaos/ec2-restart',
  'AzureChaos/vm-restart',
  'GCPChaos/node-reset'
]
