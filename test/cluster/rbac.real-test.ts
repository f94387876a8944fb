/**
 * Preflight meets the real RBAC authorizer: an identity that may only read pods asks
 * SelfSubjectAccessReview for everything a pod-kill needs and gets one issue per resource naming
 * every verb it lacks, while the launcher's `chaos-gate` ServiceAccount gets none. Real tokens
 * from the TokenRequest API, a real Role and RoleBinding.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { connectKube } from '../../src/backends/kube/connect'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { Api, credentialsFromKubeconfig } from '../../tools/real-cluster/api'
import { writeKubeconfig } from '../../tools/real-cluster/kubeconfig'
import { experimentFrom, runContext } from '../backends/chaos-mesh/sim-harness'
import { useStandaloneCluster } from '../e2e/standalone'
import { defaultPolicy, kubernetesBackend } from './backend-harness'

const cluster = useStandaloneCluster()
const dir = mkdtempSync(join(tmpdir(), 'rbac-'))

const POD_KILL = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: kill-checkout, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
`

/** A ServiceAccount in staging that may get, list and watch pods, and a kubeconfig for it. */
async function podReader(): Promise<string> {
  const admin = new Api(credentialsFromKubeconfig(cluster().adminKubeconfig))
  try {
    const ns = '/api/v1/namespaces/staging'
    const rbac = '/apis/rbac.authorization.k8s.io/v1/namespaces/staging'
    const metadata = { name: 'pod-reader', namespace: 'staging' }
    await admin.ok('POST', `${ns}/serviceaccounts`, { body: { metadata } })
    await admin.ok('POST', `${rbac}/roles`, {
      body: {
        metadata,
        rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }]
      }
    })
    await admin.ok('POST', `${rbac}/rolebindings`, {
      body: {
        metadata,
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
        subjects: [{ kind: 'ServiceAccount', name: 'pod-reader', namespace: 'staging' }]
      }
    })
    const answer = await admin.ok('POST', `${ns}/serviceaccounts/pod-reader/token`, {
      body: { spec: { expirationSeconds: 3600 } }
    })
    const token = (answer.json as { status: { token: string } }).status.token
    const path = join(dir, 'pod-reader.kubeconfig')
    const ca = join(dir, 'ca.crt')
    writeFileSync(ca, admin.credentials.ca ?? '')
    writeKubeconfig(path, admin.credentials.server, ca, { kind: 'token', token }, 'staging')
    return path
  } finally {
    admin.close()
  }
}

it('an identity that may only read pods is told every verb it lacks, per resource', async () => {
  const kubeconfig = await podReader()
  const conn = await connectKube({ kubeconfig, env: {} }, { clock: systemClock, log: silentLog })
  try {
    const backend = kubernetesBackend({ ...cluster(), conn }, defaultPolicy(dir))
    const exp = await experimentFrom(dir, POD_KILL)
    const report = await backend.preflight(exp, runContext(exp))
    expect(report.issues.map((i) => i.code)).toEqual(Array(5).fill('kube/forbidden'))
    expect(report.issues.map((i) => i.message).sort()).toEqual([
      "the runner may not 'create', 'get', 'list', 'delete' configmaps in namespace staging",
      "the runner may not 'delete' pods in namespace staging",
      "the runner may not 'get' deployments.apps in namespace staging",
      "the runner may not 'get' replicasets.apps in namespace staging",
      "the runner may not 'get' statefulsets.apps in namespace staging"
    ])
  } finally {
    conn.close()
  }
})

it("the launcher's chaos-gate ServiceAccount may do all of it", async () => {
  const backend = kubernetesBackend(cluster(), defaultPolicy(dir))
  const exp = await experimentFrom(dir, POD_KILL)
  expect((await backend.preflight(exp, runContext(exp))).issues).toEqual([])
})
