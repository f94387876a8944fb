/**
 * Whole gate runs (runGate: preflight → before → inject → during → after → cleanup → verdict) of
 * the repository's Litmus experiment against the simulated cluster, one per scripted outcome.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { ExperimentReport } from '../../../src/gate/result'
import { runGate } from '../../../src/gate/run-gate'
import { loadExperiments } from '../../../src/policy/load-experiments'
import { systemClock } from '../../../src/util/clock'
import { makeDeps, makeSettings } from '../../gate/fakes/gate-fixtures'
import { labelled, type LitmusSim, startLitmusSim } from './sim-harness'

let cluster: LitmusSim
beforeEach(async () => {
  cluster = await startLitmusSim()
})
afterEach(async () => {
  await cluster.close()
})

/** Runs experiments/checkout-pod-delete.yaml with the simulated operator's `outcome`. */
async function gateRun(
  runId: string,
  outcome: string,
  timeoutMs = 30_000
): Promise<ExperimentReport> {
  const dir = mkdtempSync(join(tmpdir(), 'litmus-gate-'))
  const text = readFileSync('experiments/checkout-pod-delete.yaml', 'utf8').replace(
    /^ {2}namespace: staging$/m,
    `  namespace: staging\n  annotations:\n    sim.chaos-gate.dev/outcome: ${outcome}`
  )
  writeFileSync(join(dir, 'checkout-pod-delete.yaml'), text)
  const settings = makeSettings({ experiments: ['*.yaml'], cwd: dir, runId, timeoutMs })
  const { experiments } = await loadExperiments(settings, { env: {} })
  const report = await runGate(experiments, settings, makeDeps(systemClock, cluster.backend, {}))
  const [experiment] = report.experiments
  if (!experiment) throw new Error('no experiment in the report')
  return experiment
}

describe('a whole gate run of the Litmus experiment', () => {
  it('pass → pass', async () => {
    const exp = await gateRun('gate-pass', 'pass')
    expect(exp.verdict).toBe('pass')
    expect(labelled(cluster.sim, 'ChaosEngine', 'gate-pass')).toEqual([])
  })

  it('fail → fail, with the reason the experiment gave', async () => {
    const exp = await gateRun('gate-fail', 'fail')
    expect(exp.verdict).toBe('fail')
    expect(exp.reasons[0]).toMatch(
      /^the backend's verdict is Fail: pod-delete: Fail \(phase \w+ \[STATUS_CHECKS_ERROR\] PostChaos: /
    )
  })

  it('error → error', async () => {
    const exp = await gateRun('gate-error', 'error')
    expect(exp.verdict).toBe('error')
    expect(exp.reasons[0]).toMatch(/^the backend reported an error: pod-delete: Error/)
  })

  // The 3 s deadline, then cleanup's full 2 s wait for the finalizer (sim-harness cleanupBoundMs).
  it('stuck → inconclusive at the deadline, and cleanup names the stuck engine', async () => {
    const exp = await gateRun('gate-stuck', 'stuck', 3_000)
    const [first, second] = [...exp.reasons].sort()
    expect(first).toMatch(
      /^cleanup: ChaosEngine staging\/gate-gate-stuck-checkout-pod-delete .*finalizer chaosengine\.litmuschaos\.io\/finalizer was not released within 2\.00s .*inspect: kubectl get chaosengines\.litmuschaos\.io gate-gate-stuck-checkout-pod-delete -n staging -o yaml/
    )
    expect(second).toMatch(
      /^the gate stopped early \(the gate deadline of 3\.00s passed\) in the during phase/
    )
    // A fault the gate could not remove is an operational error, worse than inconclusive.
    expect(exp.verdict).toBe('error')
  }, 15_000)
})
