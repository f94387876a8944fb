/**
 * The identity Chaos Gate runs as on cluster:real: ServiceAccount `chaos-gate` in the demo
 * namespace, bound to a Role that grants what the backends' preflight asks for with
 * SelfSubjectAccessReview (src/backends/∗/preflight∗.ts, docs/kubernetes.md) and nothing else:
 * no cluster-wide rights, no Secrets, no writes to workloads. Its kubeconfig carries a token from
 * the TokenRequest API, so requests are authorised by the real RBAC authorizer.
 */
import type { Api } from './api'
import { pluralsOf } from './crds'

export const CHAOS_GATE_SA = 'chaos-gate'

const READ = ['get', 'list', 'watch']
const OWN = ['create', 'get', 'list', 'watch', 'patch', 'delete']

/** The Role's rules: one per resource group the backends touch. */
export function chaosGateRules(): { apiGroups: string[]; resources: string[]; verbs: string[] }[] {
  return [
    // pod-kill: the victims, and its record ConfigMap; Chaos Mesh's reasons come from events.
    { apiGroups: [''], resources: ['pods'], verbs: [...READ, 'delete'] },
    { apiGroups: [''], resources: ['configmaps'], verbs: OWN },
    { apiGroups: [''], resources: ['events'], verbs: ['list'] },
    // Litmus checks the engine's chaosServiceAccount exists.
    { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['get'] },
    // pod-kill times the restore on the workload; the kube steady-state checks read it.
    { apiGroups: ['apps'], resources: ['deployments', 'replicasets', 'statefulsets'], verbs: READ },
    { apiGroups: ['networking.istio.io'], resources: ['virtualservices'], verbs: OWN },
    { apiGroups: ['litmuschaos.io'], resources: ['chaosengines'], verbs: OWN },
    { apiGroups: ['litmuschaos.io'], resources: ['chaosresults'], verbs: [...READ, 'delete'] },
    { apiGroups: ['litmuschaos.io'], resources: ['chaosexperiments'], verbs: ['get'] },
    { apiGroups: ['chaos-mesh.org'], resources: pluralsOf('chaos-mesh.org'), verbs: OWN }
  ]
}

/** Creates the ServiceAccount, Role and RoleBinding in `namespace`; returns a token for it. */
export async function createChaosGateIdentity(admin: Api, namespace: string): Promise<string> {
  const ns = `/api/v1/namespaces/${namespace}`
  const rbac = `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}`
  const metadata = { name: CHAOS_GATE_SA, namespace }
  await admin.ok('POST', `${ns}/serviceaccounts`, {
    body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata }
  })
  await admin.ok('POST', `${rbac}/roles`, {
    body: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata,
      rules: chaosGateRules()
    }
  })
  await admin.ok('POST', `${rbac}/rolebindings`, {
    body: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: CHAOS_GATE_SA },
      subjects: [{ kind: 'ServiceAccount', name: CHAOS_GATE_SA, namespace }]
    }
  })
  const answer = await admin.ok('POST', `${ns}/serviceaccounts/${CHAOS_GATE_SA}/token`, {
    body: {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { expirationSeconds: 24 * 3600 }
    }
  })
  const token = (answer.json as { status?: { token?: string } }).status?.token
  if (!token)
    throw new Error(`the TokenRequest for ${namespace}/${CHAOS_GATE_SA} returned no token`)
  return token
}
