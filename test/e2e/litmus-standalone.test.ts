/**
 * The standalone check of issue 4: the simulated cluster started by its launcher, then
 * `chaos-gate run --kubeconfig FILE` on the Litmus experiment in experiments/, as a user would.
 * Outcome pass exits 0, outcome fail exits 1, and nothing carrying the run's label is left.
 */
import { gateRun, leftovers, litmusExample, useStandaloneCluster } from './standalone'

const cluster = useStandaloneCluster()

describe('chaos-gate run against the standalone simulated cluster', () => {
  it('exits 0 when the experiment passes, and leaves nothing behind', async () => {
    const result = await gateRun(cluster(), 'e2e-pass', 'experiments/checkout-pod-delete.yaml')
    expect(result.stdout).toContain('Gate PASSED')
    expect(result.code).toBe(0)
    expect(await leftovers(cluster().conn, 'e2e-pass')).toEqual([])
  }, 60_000)

  it('exits 1 when the experiment fails, with the reason, and leaves nothing behind', async () => {
    const result = await gateRun(cluster(), 'e2e-fail', litmusExample('fail'))
    expect(result.stdout).toContain("the backend's verdict is Fail: pod-delete: Fail")
    expect(result.code).toBe(1)
    expect(await leftovers(cluster().conn, 'e2e-fail')).toEqual([])
  }, 60_000)
})
