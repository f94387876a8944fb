/**
 * `chaos-gate cleanup` and the action's post step while the API server is down (issue 17, part
 * 1): a run cancelled mid-fault with the API server gone leaves its fault and says so; cleanup or
 * post, run while it is still down, fail and say why; run again once it is back, they remove
 * everything.
 */
import { join } from 'node:path'

import { createGateEngine } from '../../src/action/engine-adapter'
import { runPost } from '../../src/action/run-post'
import { kubeConnector } from '../../src/backends/kube/kube-connector'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { runLeftovers } from '../action/e2e/sim-faults'
import { runnerEnv, testDeps } from '../action/fakes/action-env'
import { RecordingCore } from '../action/fakes/recording-core'
import { GitHubServer } from '../action/servers/github-server'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import type { ApiFault } from './fault-matrix'
import { cleanupRow, type RowOutcome, runRow } from './fault-row'

jest.setTimeout(120_000)

let k: KubeSim
beforeAll(async () => {
  k = await startKubeSim()
})
afterAll(() => k.close())

/** Down from the cancellation on, and not back by itself. */
const DOWN: ApiFault = { on: (f) => f.resetNext(Number.POSITIVE_INFINITY), off: () => undefined }

/** A run cancelled mid-fault as the API server goes down: its fault stays, named. */
async function strandedRun(): Promise<{ run: RowOutcome; fault: string }> {
  const run = await runRow(k, { backend: 'chaos-mesh', phase: 'abort', fault: 'none' }, DOWN)
  const fault = `NetworkChaos staging/gate-${run.runId}-fm-delay`
  expect(run.leftovers).toEqual([fault])
  expect(run.exit).not.toBe(0)
  expect(run.output).toContain(fault)
  return { run, fault }
}

describe('cleanup with the API server down', () => {
  afterEach(() => k.sim.faults.clear())

  it('chaos-gate cleanup exits non-zero and says so while it is down, and removes everything once it is back', async () => {
    const { run, fault } = await strandedRun()

    const whileDown = await cleanupRow(k, run)
    expect(whileDown.exit).toBe(3)
    expect(whileDown.output).toMatch(/cannot reach the API server|socket hang up|ECONNRESET/)
    expect(runLeftovers(k.sim, run.runId)).toEqual([fault])

    k.sim.faults.clear()
    const back = await cleanupRow(k, run)
    expect({ exit: back.exit, left: runLeftovers(k.sim, run.runId) }).toEqual({ exit: 0, left: [] })
  })

  it('the post step fails and says so while it is down, and removes everything once it is back', async () => {
    const { run, fault } = await strandedRun()
    const github = await new GitHubServer().start()
    try {
      const post = async (): Promise<RecordingCore> => {
        const core = new RecordingCore(
          { environment: 'staging', kubeconfig: k.kubeconfig },
          {
            'run-id': run.runId,
            'state-dir': join(run.cwd, '.chaos-gate'),
            sha: 'a'.repeat(40),
            progress: 'interrupted'
          }
        )
        const engine = createGateEngine({
          clock: systemClock,
          log: silentLog,
          env: {},
          random: Math.random,
          pid: process.pid,
          isProcessAlive: () => false,
          kube: (target) => kubeConnector(target, {}, systemClock, silentLog),
          version: 'test'
        })
        await runPost({
          ...testDeps({ core, env: runnerEnv(github.url), engine }),
          clock: systemClock
        })
        return core
      }
      const whileDown = await post()
      expect(whileDown.failures).not.toEqual([])
      expect(whileDown.transcript).toContain(fault)
      expect(runLeftovers(k.sim, run.runId)).toEqual([fault])

      k.sim.faults.clear()
      const back = await post()
      expect({ failures: back.failures, left: runLeftovers(k.sim, run.runId) }).toEqual({
        failures: [],
        left: []
      })
    } finally {
      await github.close()
    }
  })
})
