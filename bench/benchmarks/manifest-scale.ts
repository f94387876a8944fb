/**
 * Scale of validate and plan (product.md §10: 1,000 manifests in ≤ 2 s; time and memory grow
 * linearly). Runs the bundled `chaos-gate validate` and `plan --json` as a user does, one process
 * per run, over 10 … 5,000 generated manifests, timing spawn to exit and reading the process's
 * peak RSS. Baselines, in the same run: reading and YAML-parsing the same files and nothing else
 * (its own process; the time is measured inside it), and `node -e 0` for memory.
 */
import { join } from 'node:path'

import { cliEntry } from '../harness/gate-cli'
import { growthRow } from '../harness/growth'
import { generateManifests } from '../harness/manifests'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { expectExit, runNode, type Usage } from '../harness/processes'

const TARGET_MS = 2000
const TARGET_COUNT = 1000

/** Medians and samples per size. */
interface SizeResult {
  readonly count: number
  readonly validate: number[]
  readonly plan: number[]
  readonly parse: number[]
  readonly rss: number[]
  readonly nodeRss: number[]
  /** CPU time (user + system) of validate and plan: what the wall time would be on an idle CPU. */
  readonly validateCpu: number[]
  readonly planCpu: number[]
}

export const manifestScale: Benchmark = {
  id: 'manifest-scale',
  title: 'Scale: validate and plan N manifests',
  async run(ctx) {
    const sizes = ctx.quick ? [10, 100, 1000] : [10, 100, 1000, 5000]
    const reps = ctx.reps(3, 2)
    const results: SizeResult[] = []
    for (const count of sizes) {
      const dir = generateManifests(ctx.tempDir(`manifests-${count}`), count)
      results.push(await measureSize(ctx, dir, count, reps))
      ctx.log(
        `${count} manifests: validate ${results
          .at(-1)
          ?.validate.map((ms) => ms.toFixed(0))
          .join(', ')} ms`
      )
    }
    return [...results.flatMap(sizeRows), ...growthRows(results)]
  }
}

async function measureSize(
  ctx: BenchContext,
  dir: string,
  count: number,
  reps: number
): Promise<SizeResult> {
  const r: SizeResult = {
    ...{ count, validate: [], plan: [], parse: [] },
    ...{ rss: [], nodeRss: [], validateCpu: [], planCpu: [] }
  }
  const cli = cliEntry(await ctx.bundle())
  for (let i = 0; i < reps; i++) {
    const validate = await measuredNode(ctx, [cli, 'validate', dir], `validate (${count})`)
    r.validate.push(validate.wallMs)
    r.rss.push(validate.usage.maxRssBytes)
    r.validateCpu.push(validate.usage.cpuMs)
    const plan = await measuredNode(ctx, [cli, 'plan', '--json', dir], `plan --json (${count})`)
    r.plan.push(plan.wallMs)
    r.planCpu.push(plan.usage.cpuMs)
    r.parse.push(await parseOnly(ctx, dir))
    r.nodeRss.push((await measuredNode(ctx, ['-e', '0'], 'node -e 0')).usage.maxRssBytes)
  }
  return r
}

/** node with the usage preload; throws unless it exits 0 and reports its usage. */
async function measuredNode(
  ctx: BenchContext,
  args: readonly string[],
  what: string
): Promise<{ wallMs: number; usage: Usage }> {
  const usageFile = join(ctx.tempDir('usage'), 'usage.json')
  const run = await runNode({ args, cwd: ctx.root, usageFile, timeoutMs: 120_000 })
  expectExit(run, what)
  if (!run.usage) throw new Error(`${what} did not report its resource usage`)
  return { wallMs: run.wallMs, usage: run.usage }
}

/** The baseline: read + parse in a process of its own, timed inside it. */
async function parseOnly(ctx: BenchContext, dir: string): Promise<number> {
  const worker = join(ctx.root, 'bench', 'workers', 'parse-manifests.ts')
  const run = await runNode({
    args: ['--import', 'tsx', worker, dir],
    cwd: ctx.root,
    timeoutMs: 120_000
  })
  expectExit(run, 'the YAML parse baseline')
  const parsed: unknown = JSON.parse(run.stdout)
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('ms' in parsed) ||
    typeof parsed.ms !== 'number'
  )
    throw new Error(`the YAML parse baseline printed ${run.stdout}`)
  return parsed.ms
}

function sizeRows(r: SizeResult): Row[] {
  const n = r.count.toLocaleString('en-US')
  const parse = { label: 'read + YAML parse only', value: measured(r.parse, 'ms') }
  const rows: Row[] = [
    {
      benchmark: 'Scale',
      case: `validate ${n} manifests`,
      value: measured(r.validate, 'ms'),
      baselines: [parse],
      ...target(r, r.validate, r.validateCpu)
    },
    {
      benchmark: 'Scale',
      case: `validate ${n} manifests: peak RSS`,
      value: measured(r.rss, 'bytes'),
      baselines: [{ label: '`node -e 0`', value: measured(r.nodeRss, 'bytes') }]
    }
  ]
  if (r.count >= TARGET_COUNT)
    rows.splice(1, 0, {
      benchmark: 'Scale',
      case: `plan --json ${n} manifests`,
      value: measured(r.plan, 'ms'),
      baselines: [parse],
      ...target(r, r.plan, r.planCpu)
    })
  return rows
}

/** The target at 1,000 manifests, with the CPU time beside it (it hardly depends on the load). */
function target(
  r: SizeResult,
  samples: readonly number[],
  cpu: readonly number[]
): Pick<Row, 'target' | 'note'> {
  if (r.count !== TARGET_COUNT) return {}
  const median = measured(samples, 'ms').summary.median
  const cpuMedian = measured(cpu, 'ms').summary.median
  return {
    target: { text: `≤ ${TARGET_MS / 1000} s`, met: median <= TARGET_MS },
    note: `CPU time (user + system, all threads) ${cpuMedian.toFixed(0)} ms median; wall time above it is start-up waits and, on a busy machine, waiting for a CPU.`
  }
}

/** Time and memory per added manifest, largest step against the one before. */
function growthRows(results: readonly SizeResult[]): Row[] {
  const metrics: [string, (r: SizeResult) => number[], 'ms' | 'bytes'][] = [
    ['validate: time', (r) => r.validate, 'ms'],
    ['plan --json: time', (r) => r.plan, 'ms'],
    ['validate: peak RSS', (r) => r.rss, 'bytes']
  ]
  return metrics.flatMap(([label, pick, unit]) =>
    growthRow({
      benchmark: 'Scale',
      label,
      unit,
      per: 'manifest',
      points: results.map((r) => ({ size: r.count, samples: pick(r) }))
    })
  )
}
