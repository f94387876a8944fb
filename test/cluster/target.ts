/**
 * Which cluster the Kubernetes suites run against: the simulator (`npm test`, the default) or the
 * real control plane (`npm run test:cluster`, which sets CHAOS_GATE_CLUSTER=real and starts
 * cluster:real once in its global setup, test/cluster/global-setup.ts). On the real cluster the
 * runner's kubeconfig is the `chaos-gate` ServiceAccount's (least privilege, real RBAC) and the
 * admin one seeds and inspects; on the simulator both are the simulator's one kubeconfig.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export type ClusterKind = 'sim' | 'real'

/** The environment the global setup hands to the test files. */
export const REAL_ENV = {
  cluster: 'CHAOS_GATE_CLUSTER',
  kubeconfig: 'CHAOS_GATE_REAL_KUBECONFIG',
  adminKubeconfig: 'CHAOS_GATE_REAL_ADMIN_KUBECONFIG',
  operators: 'CHAOS_GATE_REAL_OPERATORS',
  /** The API server's audit log of the gate's ServiceAccount, and that user's name. */
  auditLog: 'CHAOS_GATE_REAL_AUDIT_LOG',
  gateUser: 'CHAOS_GATE_REAL_GATE_USER',
  /** etcd's client URL, for compacting its history (410 Gone). */
  etcdUrl: 'CHAOS_GATE_REAL_ETCD_URL'
} as const

export function clusterKind(): ClusterKind {
  const value = process.env[REAL_ENV.cluster] ?? 'sim'
  if (value !== 'sim' && value !== 'real')
    throw new Error(`${REAL_ENV.cluster}=${value}: expected 'sim' or 'real'`)
  return value
}

/** The shared real cluster's kubeconfigs, as the global setup published them. */
export function realKubeconfigs(): { readonly kubeconfig: string; readonly admin: string } {
  const kubeconfig = process.env[REAL_ENV.kubeconfig]
  const admin = process.env[REAL_ENV.adminKubeconfig]
  if (!kubeconfig || !admin)
    throw new Error(
      `${REAL_ENV.cluster}=real, but no cluster was started: run the suites with npm run test:cluster`
    )
  return { kubeconfig, admin }
}

/** What only the real cluster has: its audit log, the gate's user name, etcd's client URL. */
export function realClusterInternals(): {
  readonly auditLog: string
  readonly gateUser: string
  readonly etcdUrl: string
} {
  const auditLog = process.env[REAL_ENV.auditLog]
  const gateUser = process.env[REAL_ENV.gateUser]
  const etcdUrl = process.env[REAL_ENV.etcdUrl]
  if (!auditLog || !gateUser || !etcdUrl)
    throw new Error(
      `${REAL_ENV.cluster}=real, but no cluster was started: run the suites with npm run test:cluster`
    )
  return { auditLog, gateUser, etcdUrl }
}

/** The simulated operators as API clients (issue 13 part 3), when that branch has landed. */
export const OPERATORS_PRESENT = existsSync(
  join(__dirname, '..', '..', 'tools', 'sim-operators.ts')
)

/** Whether the suites that need a Litmus or Chaos Mesh operator can run on this cluster. */
export function operatorsRunning(): boolean {
  return clusterKind() === 'sim' || process.env[REAL_ENV.operators] === '1'
}
