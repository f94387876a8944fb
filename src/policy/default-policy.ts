/**
 * The policy that applies when none is given, and the floor under every policy: the cluster's own
 * namespaces, the chaos operators' namespaces and production-looking namespaces are blocked unless
 * a policy lists them exactly in allowedNamespaces.
 */

/** Namespaces no fault may target unless a policy allows them by exact name. */
export const PROTECTED_NAMESPACES: readonly string[] = [
  'kube-system',
  'kube-public',
  'kube-node-lease',
  // The chaos operators and the mesh: faulting them breaks the tools that stop the fault.
  'chaos-mesh',
  'litmus',
  'istio-system',
  'prod',
  'production',
  '*-prod',
  'prod-*',
  '*-production',
  'production-*'
]

/** Limits that apply when a policy leaves them out: sized for a staging environment. */
export const DEFAULT_LIMITS = {
  /** Never more than a handful of pods per fault. */
  maxTargets: 5,
  /** Never more than half of the replicas behind a selector. */
  maxPercentage: 50,
  /** Ten minutes: long enough for a recovery to show, short enough for a deploy pipeline. */
  maxDuration: '10m'
} as const

/** The file the gate reads when the `policy` setting is empty. */
export const DEFAULT_POLICY_PATH = '.github/chaos-gate/policy.yaml'
