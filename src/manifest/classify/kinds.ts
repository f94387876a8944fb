/**
 * The API groups and kinds the gate knows, in one table: which run as experiments, which are
 * recognised but not run (and why), and which must never be committed. Chaos Mesh kinds follow the
 * CRDs in chaos-mesh/chaos-mesh config/crd/bases.
 */

/** Our own kind. */
export const GATE_GROUP = 'chaos-gate.dev'
export const GATE_API_VERSION = `${GATE_GROUP}/v1alpha1`
export const EXPERIMENT_KIND = 'Experiment'

export const LITMUS_GROUP = 'litmuschaos.io'
export const CHAOS_MESH_GROUP = 'chaos-mesh.org'
export const ISTIO_GROUP = 'networking.istio.io'
export const ARGO_GROUP = 'argoproj.io'

/** API versions each group is known in; anything else is an error naming these. */
export const GROUP_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  [GATE_GROUP]: ['v1alpha1'],
  [LITMUS_GROUP]: ['v1alpha1'],
  [CHAOS_MESH_GROUP]: ['v1alpha1'],
  [ISTIO_GROUP]: ['v1alpha3', 'v1beta1', 'v1'],
  [ARGO_GROUP]: ['v1alpha1']
}

/** Chaos Mesh fault kinds, with the lower-camel key a Schedule or Workflow embeds each under. */
export const CHAOS_MESH_FAULT_KEYS: Readonly<Record<string, string>> = {
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
  // Not physicalMachineChaos: the json tag upstream is all lower case before "Chaos".
  PhysicalMachineChaos: 'physicalmachineChaos',
  PodChaos: 'podChaos',
  StressChaos: 'stressChaos',
  TimeChaos: 'timeChaos'
}

export const CHAOS_MESH_FAULT_KINDS: readonly string[] = Object.keys(CHAOS_MESH_FAULT_KEYS)

/** Chaos Mesh kinds that run as experiments. */
export const CHAOS_MESH_RUNNABLE_KINDS: readonly string[] = [
  ...CHAOS_MESH_FAULT_KINDS,
  'Schedule',
  'Workflow'
]

/** Objects the Chaos Mesh controller creates for itself; committing one interferes with it. */
export const CHAOS_MESH_INTERNAL_KINDS: readonly string[] = [
  'PodNetworkChaos',
  'PodIOChaos',
  'PodHttpChaos',
  'WorkflowNode'
]

/** Why each supporting Chaos Mesh kind is not an experiment on its own. */
export const CHAOS_MESH_SUPPORT_KINDS: Readonly<Record<string, string>> = {
  StatusCheck:
    'a standalone StatusCheck only probes a URL and injects nothing; use it as a StatusCheck template inside a Workflow, or express the check as a steadyState check of an Experiment',
  PhysicalMachine:
    'a PhysicalMachine registers a chaosd host for PhysicalMachineChaos to target; it is cluster setup, so install it with your deploy',
  RemoteCluster:
    'a RemoteCluster registers another cluster with Chaos Mesh; it is cluster setup, so install it with your deploy'
}

/** Every kind the gate recognises, per group, for "expected one of" messages. */
export const KNOWN_KINDS: Readonly<Record<string, readonly string[]>> = {
  [GATE_GROUP]: [EXPERIMENT_KIND],
  [LITMUS_GROUP]: ['ChaosEngine', 'ChaosExperiment', 'ChaosSchedule', 'ChaosResult'],
  [CHAOS_MESH_GROUP]: [
    ...CHAOS_MESH_RUNNABLE_KINDS,
    ...Object.keys(CHAOS_MESH_SUPPORT_KINDS),
    ...CHAOS_MESH_INTERNAL_KINDS
  ],
  [ISTIO_GROUP]: ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar'],
  [ARGO_GROUP]: ['Workflow', 'CronWorkflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate']
}

/**
 * Built-in Kubernetes groups. Their objects (RBAC for a chaos service account, a ConfigMap) are
 * recognised as cluster setup: reported, never applied.
 */
export const KUBERNETES_GROUPS: readonly string[] = [
  '',
  'apps',
  'batch',
  'rbac.authorization.k8s.io',
  'policy',
  'networking.k8s.io',
  'autoscaling',
  'apiextensions.k8s.io'
]

/** Splits `group/version` (`v1` alone is the core group). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/')
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}
