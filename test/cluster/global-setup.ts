/**
 * npm run test:cluster: builds the control plane if the cache is cold (scripts/k8s-control-plane.sh),
 * starts cluster:real once for every suite, and publishes its kubeconfigs in
 * the environment the test files inherit (test/cluster/target.ts), after npm test's own setup
 * (Prometheus). global-teardown.ts stops it.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { controlPlaneBinaries } from '../../tools/real-cluster/binaries'
import { type LaunchedCluster, launchRealCluster } from '../../tools/real-cluster/launch'
import prometheusSetup from '../setup/global-setup'
import { REAL_ENV } from './target'

declare global {
  var chaosGateRealCluster: LaunchedCluster | undefined
}

export default async function globalSetup(): Promise<void> {
  // npm test's own setup: Prometheus for the suites that run one.
  prometheusSetup()
  // Built here, without the launcher's start-up timeout: a cold build takes tens of minutes.
  controlPlaneBinaries()
  const started = Date.now()
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'test-cluster-')), 'kubeconfig')
  const cluster = await launchRealCluster(kubeconfig)
  globalThis.chaosGateRealCluster = cluster
  process.env[REAL_ENV.cluster] = 'real'
  process.env[REAL_ENV.kubeconfig] = cluster.kubeconfig
  process.env[REAL_ENV.adminKubeconfig] = cluster.adminKubeconfig
  process.env[REAL_ENV.operators] = cluster.operators ? '1' : '0'
  process.env[REAL_ENV.auditLog] = cluster.auditLog
  process.env[REAL_ENV.gateUser] = cluster.gateUser
  process.env[REAL_ENV.etcdUrl] = cluster.etcdUrl
  process.stdout.write(
    `\ncluster:real ready in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      ` (operators ${cluster.operators ? 'running' : 'absent'})\n`
  )
}
