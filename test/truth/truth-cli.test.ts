/**
 * The truth suite: every row of matrix.ts through the bundled CLI as a child process, against the
 * simulated cluster, a real Prometheus and a service the harness breaks on cue. The rows run
 * before the assertions, a few at a time (each has a slot of its own), so one slow row does not
 * hold the others; each row then asserts on its own result.
 *
 * Under npm run test:cluster (CHAOS_GATE_CLUSTER=real) the same file runs the rows that touch
 * Kubernetes (matrix.ts `onKubernetes`) against the real control plane instead.
 *
 * CHAOS_GATE_TRUTH_TABLE=FILE writes the table (row | exit | verdict | wall time) to FILE;
 * CHAOS_GATE_TRUTH_ROWS=REGEX runs only the rows whose names match, while working on them.
 */
import { writeFileSync } from 'node:fs'

import { bundleAction } from '../action/e2e/bundle'
import { clusterKind } from '../cluster/target'
import { onKubernetes, ROWS as ALL_ROWS } from './matrix'
import { type RowResult, runRow } from './run-row'
import { startWorld, type World } from './world'

const CONCURRENCY = 4
const only = process.env.CHAOS_GATE_TRUTH_ROWS
// On the real control plane (npm run test:cluster) only the rows that touch Kubernetes.
const ON_CLUSTER = clusterKind() === 'real' ? ALL_ROWS.filter(onKubernetes) : ALL_ROWS
const ROWS = only ? ON_CLUSTER.filter((r) => new RegExp(only).test(r.name)) : ON_CLUSTER

let world: World | undefined
const results = new Map<string, RowResult>()

/** Runs `work` over `items`, at most `limit` at once. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: limit }, lane))
}

beforeAll(async () => {
  const dist = bundleAction()
  const started = await startWorld(ROWS.length)
  world = started
  const kubeconfig = started.cluster.kubeconfig
  const began = Date.now()
  await pool(ROWS, CONCURRENCY, async (row, i) => {
    const slot = started.slots[i]
    if (!slot) throw new Error(`no slot for row ${i}`)
    results.set(row.name, await runRow(row, i, started, slot, dist, kubeconfig))
  })
  const table = process.env.CHAOS_GATE_TRUTH_TABLE
  if (table) {
    const lines = ROWS.map((r) => {
      const got = results.get(r.name)
      return `| ${r.name} | ${got?.code ?? '—'} | ${got?.report?.verdict ?? 'no report'} | ${((got?.wallMs ?? 0) / 1000).toFixed(1)} s |`
    })
    writeFileSync(
      table,
      [
        `Truth suite (cluster:${clusterKind()}): ${ROWS.length} rows in ${((Date.now() - began) / 1000).toFixed(0)} s, ${CONCURRENCY} at a time`,
        '',
        '| row | exit | verdict | wall |',
        '|---|---|---|---|',
        ...lines,
        ''
      ].join('\n')
    )
  }
}, 20 * 60_000)

afterAll(async () => {
  await world?.stop()
})

describe('the truth matrix', () => {
  it('names every row once', () => {
    expect(new Set(ALL_ROWS.map((r) => r.name)).size).toBe(ALL_ROWS.length)
  })

  it.each(ROWS)('$name exits $exit with verdict $verdict', (row) => {
    const got = results.get(row.name)
    if (!got) throw new Error(`row ${row.name} did not run`)
    // What was left must be named, with a kubectl command to inspect or remove it; what it owns
    // goes with it.
    const unnamed = got.leftovers.filter((l) => {
      if (got.owned.includes(l)) return false
      const name = l.split('/').pop() ?? l
      return !new RegExp(`kubectl [^\n]*${name}`).test(got.stdout)
    })
    const seen = {
      exit: got.code,
      verdict: got.report?.verdict ?? 'no report written',
      leftBehind: got.leftovers.length > 0,
      unnamed
    }
    const expected = {
      exit: row.exit,
      verdict: row.verdict,
      leftBehind: row.leftBehind === true,
      unnamed: []
    }
    if (JSON.stringify(seen) !== JSON.stringify(expected))
      // The whole output, so a failing row explains itself.
      throw new Error(
        `${row.name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}\n--- stdout\n${got.stdout}\n--- stderr\n${got.stderr}`
      )
    // Only a passing verdict may exit 0.
    expect(got.code === 0).toBe(row.verdict === 'pass')
    // A cancelled run says so, in the report and on its last line.
    expect(got.report?.cancelled).toBe(row.signal && `received ${row.signal}`)
    if (row.signal) expect(got.stdout).toMatch(/^Gate CANCELLED: .*received SIG/m)
  })
})
