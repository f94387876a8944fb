/**
 * The standalone check of issue 5: the simulated cluster started by its launcher, then
 * `chaos-gate run --kubeconfig FILE` on the PodChaos and the NetworkChaos in experiments/, as a
 * user would. Outcome pass exits 0 and fail exits 1; stuck ends (it does not hang) with the stuck
 * object named and the gate failing. Afterwards nothing carrying the run's label is left but the
 * stuck object, which the report names.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

import { runSelectorString } from '../../src/backends/labels'
import { gateRun, ROOT, useStandaloneCluster, withOutcome, writeExperiment } from './standalone'

const API = 'chaos-mesh.org/v1alpha1'
const POD_KILL = 'experiments/checkout-pod-kill.yaml'
const NETWORK_DELAY = 'experiments/checkout-network-delay.yaml'

const cluster = useStandaloneCluster()

/** A copy of the repository's example with the simulated operator's outcome. */
function example(file: string, outcome: 'fail' | 'stuck'): string {
  return writeExperiment(
    basename(file),
    withOutcome(readFileSync(join(ROOT, file), 'utf8'), outcome)
  )
}

/** Everything in staging carrying the run's label, as `Kind name`. */
async function leftovers(runId: string): Promise<string[]> {
  const lists = await Promise.all(
    ['PodChaos', 'NetworkChaos'].map((kind) =>
      cluster().conn.objects.list({
        apiVersion: API,
        kind,
        namespace: 'staging',
        labelSelector: runSelectorString(runId)
      })
    )
  )
  return lists.flatMap((l) => l.items.map((o) => `${o.kind} ${o.metadata.name ?? ''}`))
}

describe('chaos-gate run on Chaos Mesh against the standalone simulated cluster', () => {
  it.each([
    ['PodChaos', POD_KILL, 'mesh-pod-pass'],
    ['NetworkChaos', NETWORK_DELAY, 'mesh-net-pass']
  ])(
    '%s: outcome pass exits 0 and leaves nothing behind',
    async (_kind, file, runId) => {
      const result = await gateRun(cluster(), runId, file)
      expect(result.stdout).toContain('Gate PASSED')
      expect(result.code).toBe(0)
      expect(result.report.experiments[0]?.verdict).toBe('pass')
      expect(await leftovers(runId)).toEqual([])
    },
    60_000
  )

  it.each([
    ['PodChaos', POD_KILL, 'mesh-pod-fail'],
    ['NetworkChaos', NETWORK_DELAY, 'mesh-net-fail']
  ])(
    '%s: outcome fail (never injected) exits 1 with the reason, leaving nothing behind',
    async (_kind, file, runId) => {
      const result = await gateRun(cluster(), runId, example(file, 'fail'))
      expect(result.code).toBe(1)
      expect(result.report.experiments[0]?.verdict).toBe('fail')
      expect(result.stdout).toContain('Chaos Mesh never injected the fault')
      expect(result.stdout).toContain('the target refused the fault')
      expect(await leftovers(runId)).toEqual([])
    },
    60_000
  )

  it.each([
    ['PodChaos', POD_KILL, 'mesh-pod-stuck', 'podchaos'],
    ['NetworkChaos', NETWORK_DELAY, 'mesh-net-stuck', 'networkchaos']
  ])(
    '%s: outcome stuck ends with the stuck object named and the gate failing, not hanging',
    async (kind, file, runId, resource) => {
      const started = Date.now()
      const result = await gateRun(cluster(), runId, example(file, 'stuck'))
      expect(Date.now() - started).toBeLessThan(45_000)
      expect(result.code).toBe(3)
      expect(result.report.experiments[0]?.verdict).toBe('error')
      const left = await leftovers(runId)
      expect(left).toHaveLength(1)
      const [stuck] = left
      const name = stuck?.split(' ')[1] ?? ''
      expect(stuck).toBe(`${kind} ${name}`)
      const reasons = result.report.experiments[0]?.reasons.join('\n') ?? ''
      expect(reasons).toContain(`${kind} staging/${name} is still present`)
      expect(reasons).toContain(`kubectl get ${resource}.chaos-mesh.org ${name} -n staging -o yaml`)
      expect(reasons).toContain('chaos-mesh.chaos-mesh.org/cleanFinalizer=forced')
      // The person, not the gate, applies the last resort; it lets the cluster go for the next test.
      await cluster().conn.objects.patch(
        { apiVersion: API, kind, namespace: 'staging', name },
        {
          type: 'merge',
          body: {
            metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
          }
        }
      )
    },
    60_000
  )
})
