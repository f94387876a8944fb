/**
 * Cleanup after a crash: `chaos-gate run` is killed with SIGKILL mid-fault (no handler runs), so its
 * NetworkChaos keeps injecting, or its VirtualService keeps the fault; `chaos-gate cleanup` then
 * finds the run's objects from the run-state file and by label, recovers the fault through the safe
 * path, and leaves nothing behind: the VirtualService gets its original back exactly.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readChaos } from '../../src/backends/chaos-mesh/status/chaos-status'
import { runSelectorString } from '../../src/backends/labels'
import { readRunState } from '../../src/gate/run-state/run-state'
import {
  ratingsExample,
  ratingsVirtualService,
  ROOT,
  runArgs,
  runCli,
  startCli,
  useStandaloneCluster,
  waitForObject,
  writeExperiment
} from './standalone'

const cluster = useStandaloneCluster()

/** Starts the gate, waits until `injected` says the fault is in, then kills it with SIGKILL. */
async function crashMidFault(runId: string, experiment: string, injected: () => Promise<unknown>) {
  const stateDir = join(mkdtempSync(join(tmpdir(), 'mesh-crash-')), 'state')
  const gate = startCli(runArgs(cluster(), runId, experiment, stateDir))
  const exited = new Promise((resolve) => gate.once('exit', resolve))
  try {
    await injected()
  } finally {
    gate.kill('SIGKILL')
    await exited
  }
  expect((await readRunState(stateDir, runId))?.status).toBe('running')
  return runCli([
    'cleanup',
    '--run-id',
    runId,
    '--state-dir',
    stateDir,
    '--kubeconfig',
    cluster().kubeconfig
  ])
}

it('recovers and removes a NetworkChaos a killed run left injecting', async () => {
  // Ten minutes: far longer than this test takes to kill the run.
  const text = readFileSync(join(ROOT, 'experiments/checkout-network-delay.yaml'), 'utf8').replace(
    'duration: 60s',
    'duration: 10m'
  )
  const ref = {
    apiVersion: 'chaos-mesh.org/v1alpha1',
    kind: 'NetworkChaos',
    namespace: 'staging',
    labelSelector: runSelectorString('mesh-crash')
  }
  let name = ''
  const cleanup = await crashMidFault(
    'mesh-crash',
    writeExperiment('delay.yaml', text),
    async () => {
      const chaos = await waitForObject(cluster().conn, ref, (o) =>
        (readChaos(o).records ?? []).some((r) => r.phase === 'injected')
      )
      name = chaos.metadata.name ?? ''
    }
  )
  expect(cleanup.stdout).toContain('Clean: nothing of this run is left.')
  expect(cleanup.code).toBe(0)
  expect((await cluster().conn.objects.list(ref)).items).toEqual([])
  // Recovered before it was deleted: Chaos Mesh said so for the pod it hit.
  const events = await cluster().conn.objects.list({
    apiVersion: 'v1',
    kind: 'Event',
    namespace: 'staging',
    fieldSelector: `involvedObject.name=${name},reason=Recovered`
  })
  expect(events.items.length).toBeGreaterThan(0)
}, 90_000)

it('gives a VirtualService a killed run had patched its original back, exactly', async () => {
  const vs = await ratingsVirtualService(cluster(), { annotations: { owner: '#ratings' } })
  const before = await vs.fingerprint()
  const patched = { ...vs.ref, labelSelector: runSelectorString('vs-crash') }
  const cleanup = await crashMidFault('vs-crash', ratingsExample('10m'), () =>
    waitForObject(cluster().conn, patched, () => true)
  )
  expect(cleanup.code).toBe(0)
  expect(await vs.fingerprint()).toBe(before)
  await vs.remove()
}, 90_000)
