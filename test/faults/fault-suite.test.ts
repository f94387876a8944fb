/**
 * The fault matrix (fault-matrix.ts) against the simulated cluster: each backend × phase × fault
 * through `chaos-gate run` (a sample of it in `npm test`; CHAOS_GATE_FAULT_MATRIX=full for all). The rule for every row: the backend's own verdict with nothing left,
 * or a non-zero exit naming each object left and a command for it; never exit 0 with leftovers.
 * Afterwards `chaos-gate cleanup` must leave nothing, so the next row starts clean. The measured
 * table (fault × phase × backend → verdict, exit code, leftovers) is printed at the end.
 */
import { runLeftovers } from '../action/e2e/sim-faults'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import { type BackendName, BACKENDS, MATRIX, type MatrixRow, SAMPLED } from './fault-matrix'
import { cleanupRow, type RowOutcome, runRow } from './fault-row'

jest.setTimeout(120_000)

let k: KubeSim
beforeAll(async () => {
  k = await startKubeSim()
})
afterAll(() => k.close())

const table: string[] = []
afterAll(() => {
  process.stdout.write(
    [
      '| backend | phase | fault | verdict | exit | leftovers |',
      '| --- | --- | --- | --- | --- | --- |',
      ...table,
      ''
    ].join('\n')
  )
})

/** The rule every row must keep, and the cleanup that frees the cluster for the next one. */
async function holds(row: MatrixRow, outcome: RowOutcome, baseline: string): Promise<void> {
  const { exit, verdict, leftovers, output } = outcome
  table.push(
    `| ${row.backend} | ${row.phase} | ${row.fault} | ${verdict} | ${exit} | ${leftovers.join(', ') || '—'} |`
  )
  if (leftovers.length > 0) {
    expect(exit).not.toBe(0)
    for (const object of leftovers) expect(output).toContain(object)
    expect(output).toMatch(/kubectl (get|delete|patch) /)
  } else if (exit === 0) {
    expect(verdict).toBe(baseline)
  }
  // Cancelled runs have no verdict of their own to keep: they stop early and say so.
  if (row.phase === 'abort') expect(exit).not.toBe(0)
  const cleanup = await cleanupRow(k, outcome)
  expect({ left: runLeftovers(k.sim, outcome.runId), cleanup }).toMatchObject({
    left: [],
    cleanup: { exit: 0 }
  })
}

const baselines = new Map<BackendName, string>()
const ROWS = process.env.CHAOS_GATE_FAULT_MATRIX === 'full' ? MATRIX : SAMPLED

describe.each(Object.keys(BACKENDS) as BackendName[])('%s under API-server faults', (backend) => {
  it('without a fault: passes and leaves nothing', async () => {
    const outcome = await runRow(k, { backend, phase: 'preflight', fault: 'none' })
    expect({ exit: outcome.exit, leftovers: outcome.leftovers }).toEqual({ exit: 0, leftovers: [] })
    baselines.set(backend, outcome.verdict)
  })

  it.each(ROWS.filter((r) => r.backend === backend))('$fault at $phase', async (row) => {
    await holds(row, await runRow(k, row), baselines.get(backend) ?? 'pass')
  })
})
