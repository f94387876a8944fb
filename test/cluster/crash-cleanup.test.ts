/**
 * Cleanup after a crash, with no operator involved, on a standalone cluster (the simulator in
 * `npm test`, the real API server in `npm run test:cluster`): `chaos-gate run` is killed with
 * SIGKILL while its Istio fault is on (no handler runs), so the VirtualService stays patched;
 * `chaos-gate cleanup` then finds it from the run-state file and by label and restores it byte
 * for byte.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readRunState } from '../../src/gate/run-state/run-state'
import {
  ratingsExample,
  ratingsVirtualService,
  runArgs,
  runCli,
  startCli,
  useStandaloneCluster,
  waitForObject
} from '../e2e/standalone'

const cluster = useStandaloneCluster()

it('restores the VirtualService a killed run left patched', async () => {
  const vs = await ratingsVirtualService(cluster(), {
    labels: { team: 'ratings' },
    annotations: { 'owner.example.com/contact': '#ratings' }
  })
  const before = await vs.fingerprint()
  const stateDir = join(mkdtempSync(join(tmpdir(), 'native-crash-')), 'state')
  // Five minutes of fault: far longer than this test takes to kill the run.
  const gate = startCli(runArgs(cluster(), 'native-crash', ratingsExample('5m'), stateDir))
  const exited = new Promise((resolve) => gate.once('exit', resolve))
  try {
    await waitForObject(
      cluster().conn,
      {
        apiVersion: vs.ref.apiVersion,
        kind: vs.ref.kind,
        namespace: 'staging',
        labelSelector: 'chaos-gate.dev/run-id=native-crash'
      },
      (o) => o.metadata.name === 'ratings',
      60_000
    )
    gate.kill('SIGKILL')
    await exited
    expect((await readRunState(stateDir, 'native-crash'))?.status).toBe('running')
    expect(await vs.fingerprint()).not.toBe(before)

    const cleanup = await runCli([
      'cleanup',
      '--run-id',
      'native-crash',
      '--state-dir',
      stateDir,
      '--kubeconfig',
      cluster().kubeconfig
    ])
    expect(cleanup.stdout).toContain('Clean: nothing of this run is left.')
    expect(cleanup.code).toBe(0)
    expect(await vs.fingerprint()).toBe(before)
  } finally {
    gate.kill('SIGKILL')
    await vs.remove()
  }
}, 120_000)
