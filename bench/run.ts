/**
 * `npm run bench`: every performance target of product.md §10, measured side by side with its
 * baseline in the same run, repeated, and reported as the median and the spread. Prints a Markdown
 * table, writes bench/results/latest.json, and with --readme the README's Performance section.
 * Never part of `npm test`. docs/performance.md explains each benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

import { BENCHMARKS } from './benchmarks'
import { benchContext } from './harness/context'
import { currentLoad, describeMachine, type Machine, machineLine } from './harness/machine'
import type { BenchContext, Benchmark, Row } from './harness/model'
import { type BenchOptions, parseOptions, USAGE } from './harness/options'
import { writeReadmeTable } from './harness/readme'
import { relativeSpread } from './harness/stats'
import { renderTable } from './harness/table'

const ROOT = resolve(__dirname, '..')

/** How one benchmark went. */
interface Outcome {
  readonly id: string
  readonly title: string
  readonly status: 'ran' | 'unavailable' | 'failed'
  readonly reason?: string
  readonly durationMs: number
  readonly rows: readonly Row[]
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2))
  if (options.help || options.list) {
    const list = BENCHMARKS.map((b) => `${b.id.padEnd(20)} ${b.title}`).join('\n')
    process.stdout.write(`${options.help ? USAGE : list}\n`)
    return 0
  }
  const selected = select(options)
  const machine = describeMachine()
  const started = performance.now()
  const ctx = benchContext(ROOT, options.quick)
  const outcomes: Outcome[] = []
  try {
    for (const b of selected) outcomes.push(await runOne(b, ctx))
  } finally {
    ctx.dispose()
  }
  machine.load.end = currentLoad()
  const durationMs = performance.now() - started
  const rows = outcomes.flatMap((o) => o.rows)
  const block = report(outcomes, machineLine(machine), options, durationMs)
  process.stdout.write(`\n${block}\n`)
  writeResults(
    resolve(ROOT, options.out),
    { durationMs, quick: options.quick, machine, outcomes },
    block
  )
  if (options.readme) await writeReadmeTable(join(ROOT, 'README.md'), block)
  const missed = rows.some((r) => r.target?.met === false)
  return missed || outcomes.some((o) => o.status === 'failed') ? 1 : 0
}

/** bench/results/latest.json: every sample, the machine, each row's noise, and the table. */
function writeResults(
  out: string,
  run: { durationMs: number; quick: boolean; machine: Machine; outcomes: readonly Outcome[] },
  table: string
): void {
  const noise = run.outcomes
    .flatMap((o) => o.rows)
    .map((r) => ({ case: `${r.benchmark}: ${r.case}`, spread: relativeSpread(r.value.summary) }))
  const startedAt = new Date(Date.now() - run.durationMs).toISOString()
  const json = { schema: 'chaos-gate.dev/bench/v1', startedAt, ...run, noise, table }
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
  process.stderr.write(`\nResults: ${out}\n`)
}

function select(options: BenchOptions): readonly Benchmark[] {
  const known = new Set(BENCHMARKS.map((b) => b.id))
  const unknown = [...options.only, ...options.skip].filter((id) => !known.has(id))
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${[...known].join(', ')}`)
  return BENCHMARKS.filter(
    (b) =>
      (options.only.length === 0 || options.only.includes(b.id)) && !options.skip.includes(b.id)
  )
}

async function runOne(b: Benchmark, ctx: BenchContext): Promise<Outcome> {
  const started = performance.now()
  const took = (): number => performance.now() - started
  process.stderr.write(`${b.title} (${b.id})\n`)
  try {
    const reason = await b.unavailable?.(ctx)
    if (reason !== undefined) {
      ctx.log(`not run: ${reason}`)
      return {
        id: b.id,
        title: b.title,
        status: 'unavailable',
        reason,
        durationMs: took(),
        rows: []
      }
    }
    const rows = await b.run(ctx)
    ctx.log(`done in ${(took() / 1000).toFixed(1)} s`)
    return { id: b.id, title: b.title, status: 'ran', durationMs: took(), rows }
  } catch (err) {
    const reason = err instanceof Error ? (err.stack ?? err.message) : String(err)
    ctx.log(`FAILED: ${reason}`)
    return { id: b.id, title: b.title, status: 'failed', reason, durationMs: took(), rows: [] }
  }
}

/** The Markdown block: how it was run, where, the table, and what did not run. */
function report(
  outcomes: readonly Outcome[],
  machine: string,
  options: BenchOptions,
  durationMs: number
): string {
  const flags = [options.quick ? '--quick' : '', ...options.only.map((id) => `--only ${id}`)]
  const command = `npm run bench${flags.some((f) => f) ? ` -- ${flags.filter((f) => f).join(' ')}` : ''}`
  const lines = [
    `\`${command}\`, ${(durationMs / 1000).toFixed(0)} s. ${machine}`,
    '',
    renderTable(outcomes.flatMap((o) => o.rows))
  ]
  const other = outcomes.filter((o) => o.status !== 'ran')
  if (other.length > 0) lines.push('', 'Not measured in this run:')
  for (const o of other)
    lines.push(
      `- ${o.title} (\`${o.id}\`): ${o.status === 'failed' ? 'failed: ' : ''}${(o.reason ?? '').split('\n')[0] ?? ''}`
    )
  return lines.join('\n')
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`)
    process.exitCode = 2
  }
)
