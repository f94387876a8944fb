/**
 * `chaos-gate cleanup` while the API server is down (issue 17, part 1): a run cancelled mid-fault
 * with the API server gone leaves its fault and says so; cleanup, run while it is still down,
 * exits non-zero and says why; run again once it is back, it removes everything.
 */
import { runLeftovers } from '../action/e2e/sim-faults'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import type { ApiFault } from './fault-matrix'
import { cleanupRow, runRow } from './fault-row'

jest.setTimeout(120_000)

let k: KubeSim
beforeAll(async () => {
  k = await startKubeSim()
})
afterAll(() => k.close())

describe('chaos-gate cleanup with the API server down', () => {
  it('exits non-zero and says so while it is down, and removes everything once it is back', async () => {
    // Down from the cancellation on, and not back by itself.
    const down: ApiFault = {
      on: (f) => f.resetNext(Number.POSITIVE_INFINITY),
      off: () => undefined
    }
    const run = await runRow(k, { backend: 'chaos-mesh', phase: 'abort', fault: 'none' }, down)
    const fault = `NetworkChaos staging/gate-${run.runId}-fm-delay`
    expect(run.leftovers).toEqual([fault])
    expect(run.exit).not.toBe(0)
    expect(run.output).toContain(fault)

    const whileDown = await cleanupRow(k, run)
    expect(whileDown.exit).toBe(3)
    expect(whileDown.output).toMatch(/cannot reach the API server|socket hang up|ECONNRESET/)
    expect(runLeftovers(k.sim, run.runId)).toEqual([fault])

    k.sim.faults.clear()
    const back = await cleanupRow(k, run)
    expect({ exit: back.exit, left: runLeftovers(k.sim, run.runId) }).toEqual({ exit: 0, left: [] })
  })
})
