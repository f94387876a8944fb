/**
 * A real Kubernetes control plane on loopback, for tests, benchmarks and manual checks:
 *   npm run cluster:real -- --kubeconfig FILE [--nodes N] [--no-operators] [--no-seed]
 *                           [--chaos-second-ms MS] [--no-watch-cache]
 * etcd, kube-apiserver (TLS, RBAC, service-account tokens), kube-controller-manager,
 * kube-scheduler and kwok nodes, built once by scripts/k8s-control-plane.sh; the Litmus, Chaos
 * Mesh and Istio CRDs; the demo workloads of cluster:sim; and the `chaos-gate` ServiceAccount with
 * a least-privilege Role. FILE is that ServiceAccount's kubeconfig; FILE.admin is system:masters,
 * for seeding. The API server's audit log records every request of that ServiceAccount (and
 * nothing else), for counting the gate's requests. Serves until SIGINT or SIGTERM, then stops every
 * process it started; if the launcher is killed outright, each component's watchdog stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { controlPlaneBinaries } from './real-cluster/binaries'
import { startControlPlane } from './real-cluster/control-plane'
import { installCrds } from './real-cluster/crds'
import { writeKubeconfig } from './real-cluster/kubeconfig'
import { operatorsAvailable, startOperators } from './real-cluster/operators'
import type { Component } from './real-cluster/processes'
import { CHAOS_GATE_SA, createChaosGateIdentity } from './real-cluster/rbac'
import { DEMO_NAMESPACE, seedDemo } from './real-cluster/seed'

const USAGE =
  'usage: npm run cluster:real -- --kubeconfig FILE [--nodes N] [--no-operators] [--no-seed]\n' +
  '                               [--chaos-second-ms MS] [--no-watch-cache]'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kubeconfig: { type: 'string' },
      nodes: { type: 'string', default: '3' },
      'no-operators': { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      // The simulated operators' chaos second (tools/sim-operators.ts).
      'chaos-second-ms': { type: 'string', default: '100' },
      // Every watch served by etcd, so compacting etcd makes an old resourceVersion 410 Gone.
      'no-watch-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    }
  })
  const nodes = Number(values.nodes)
  const chaosSecondMs = Number(values['chaos-second-ms'])
  if (
    values.help ||
    !values.kubeconfig ||
    !Number.isInteger(nodes) ||
    nodes < 1 ||
    !(chaosSecondMs > 0)
  ) {
    process.stderr.write(`${USAGE}\n`)
    process.exitCode = values.help ? 0 : 2
    return
  }
  const kubeconfig = resolve(values.kubeconfig)
  const say = (line: string): void => void process.stdout.write(`${line}\n`)
  const stateDir = mkdtempSync(join(tmpdir(), 'chaos-gate-real-'))
  const stops: (() => Promise<void>)[] = []
  let stopping = false
  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true
      for (const s of stops.reverse()) await s().catch(() => undefined)
      rmSync(stateDir, { recursive: true, force: true })
    }
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  try {
    const binDir = controlPlaneBinaries()
    say(`state in ${stateDir}`)
    const gateUser = `system:serviceaccount:${DEMO_NAMESPACE}:${CHAOS_GATE_SA}`
    const plane = await startControlPlane({
      binDir,
      stateDir,
      nodes,
      auditUsers: [gateUser],
      watchCache: !values['no-watch-cache'],
      say
    })
    stops.push(() => plane.stop())
    if (stopping) return
    say(`installed ${await installCrds(plane.admin)} CRDs`)
    if (!values['no-seed']) {
      await seedDemo(plane.admin)
      say(`seeded namespace ${DEMO_NAMESPACE}: checkout, cart, payments Ready`)
    } else {
      await plane.admin.ok('POST', '/api/v1/namespaces', {
        body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: DEMO_NAMESPACE } }
      })
    }
    const token = await createChaosGateIdentity(plane.admin, DEMO_NAMESPACE)
    const admin = `${kubeconfig}.admin`
    writeKubeconfig(admin, plane.server, plane.pki.ca.cert, { kind: 'cert', pair: plane.pki.admin })
    if (!values['no-operators'] && operatorsAvailable()) {
      const operators: Component = await startOperators(admin, join(stateDir, 'logs'), [
        '--chaos-second-ms',
        String(chaosSecondMs)
      ])
      stops.push(() => operators.stop())
      say('simulated Litmus and Chaos Mesh operators running')
    }
    // Written last: a caller waiting for the file finds a cluster that is ready.
    writeKubeconfig(
      kubeconfig,
      plane.server,
      plane.pki.ca.cert,
      { kind: 'token', token },
      DEMO_NAMESPACE
    )
    say(`real cluster listening on ${plane.server}`)
    say(`etcd client URL ${plane.etcdUrl}`)
    say(`audit log at ${plane.auditLog}: every request of ${gateUser}`)
    say(`admin kubeconfig written to ${admin}`)
    say(`kubeconfig written to ${kubeconfig} (ServiceAccount ${DEMO_NAMESPACE}/chaos-gate)`)
    say(`try: kubectl --kubeconfig ${kubeconfig} get pods -n ${DEMO_NAMESPACE}`)
  } catch (err) {
    process.stderr.write(`cluster-real: ${err instanceof Error ? err.message : String(err)}\n`)
    await stop(1)
  }
}

void main()
