/**
 * Cleanup after a crash: `chaos-gate run` is killed with SIGKILL mid-fault (no handler runs, no
 * cleanup), so its ChaosEngine keeps injecting; `chaos-gate cleanup` then finds the run's objects
 * from its run-state file and by label, stops the fault and removes everything.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { isRecord } from '../../src/backends/kube/status'
import { readRunState } from '../../src/gate/run-state/run-state'
import type { KubeObject } from '../../src/manifest/model'
import {
  leftovers,
  litmusExample,
  runArgs,
  runCli,
  startCli,
  useStandaloneCluster,
  waitForObject
} from './standalone'

const cluster = useStandaloneCluster()

const running = (engine: KubeObject): boolean => {
  const status = isRecord(engine.status) ? engine.status : {}
  const experiments = Array.isArray(status.experiments) ? status.experiments : []
  return experiments.some((e) => isRecord(e) && e.status === 'Running')
}

it('finds and removes everything a killed run left behind', async () => {
  const stateDir = join(mkdtempSync(join(tmpdir(), 'litmus-crash-')), 'state')
  // 300 chaos seconds: far longer than this test takes to kill the run.
  const gate = startCli(runArgs(cluster(), 'e2e-crash', litmusExample('pass', 300), stateDir))
  const exited = new Promise((resolve) => gate.once('exit', resolve))
  try {
    const engine = await waitForObject(
      cluster().conn,
      {
        apiVersion: 'litmuschaos.io/v1alpha1',
        kind: 'ChaosEngine',
        namespace: 'staging',
        labelSelector: 'chaos-gate.dev/run-id=e2e-crash'
      },
      running
    )
    gate.kill('SIGKILL')
    await exited
    // The crash left the fault running and the run-state file saying so.
    expect((await readRunState(stateDir, 'e2e-crash'))?.status).toBe('running')
    expect(await leftovers(cluster().conn, 'e2e-crash')).toContain(
      `ChaosEngine ${engine.metadata.name ?? ''}`
    )

    const cleanup = await runCli([
      'cleanup',
      '--run-id',
      'e2e-crash',
      '--state-dir',
      stateDir,
      '--kubeconfig',
      cluster().kubeconfig
    ])
    expect(cleanup.stdout).toContain(
      `litmus: removed ChaosEngine staging/${engine.metadata.name ?? ''}`
    )
    expect(cleanup.stdout).toContain('Clean: nothing of this run is left.')
    expect(cleanup.code).toBe(0)
    expect(await leftovers(cluster().conn, 'e2e-crash')).toEqual([])
    const chaosPods = await cluster().conn.objects.list({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: 'staging',
      labelSelector: `chaosUID=${String(engine.metadata.uid)}`
    })
    expect(chaosPods.items).toEqual([])
  } finally {
    gate.kill('SIGKILL')
  }
}, 90_000)
