/**
 * The standalone check of issue 5: the simulated cluster started by its launcher, then
 * `chaos-gate run --kubeconfig FILE` on the PodChaos and the NetworkChaos in experiments/, as a
 * user would. Outcome pass exits 0 and fail exits 1; stuck ends (it does not hang) with the stuck
 * object named and the gate failing. Afterwards nothing carrying the run's label is left but the
 * stuck object, which the report names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runSelectorString } from '../../src/backends/labels'
import { ROOT, runCli, type StandaloneCluster, startStandaloneCluster } from './litmus-processes'

const API = 'chaos-mesh.org/v1alpha1'
const POD_KILL = 'experiments/checkout-pod-kill.yaml'
const NETWORK_DELAY = 'experiments/checkout-network-delay.yaml'

let cluster: StandaloneCluster
beforeAll(async () => {
  cluster = await startStandaloneCluster()
}, 30_000)
afterAll(async () => {
  await cluster.stop()
})

/** A copy of the repository's example with the simulated operator's outcome. */
function withOutcome(file: string, outcome: 'fail' | 'stuck'): string {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(
    /^ {2}namespace: staging$/m,
    `  namespace: staging\n  annotations:\n    sim.chaos-gate.dev/outcome: ${outcome}`
  )
  const copy = join(
    mkdtempSync(join(tmpdir(), 'mesh-e2e-exp-')),
    file.split('/').at(-1) ?? 'x.yaml'
  )
  writeFileSync(copy, text)
  return copy
}

async function gate(runId: string, experiment: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mesh-e2e-run-'))
  const result = await runCli([
    'run',
    '--kubeconfig',
    cluster.kubeconfig,
    '-e',
    experiment,
    '--run-id',
    runId,
    '--state-dir',
    join(dir, 'state'),
    '--report-dir',
    join(dir, 'reports')
  ])
  const report = JSON.parse(
    readFileSync(join(dir, 'reports', 'chaos-gate-report.json'), 'utf8')
  ) as {
    experiments: { verdict: string; reasons: string[] }[]
  }
  return { ...result, report }
}

/** Everything in staging carrying the run's label, as `Kind name`. */
async function leftovers(runId: string): Promise<string[]> {
  const lists = await Promise.all(
    ['PodChaos', 'NetworkChaos'].map((kind) =>
      cluster.conn.objects.list({
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
      const result = await gate(runId, file)
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
      const result = await gate(runId, withOutcome(file, 'fail'))
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
      const result = await gate(runId, withOutcome(file, 'stuck'))
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
      await cluster.conn.objects.patch(
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
