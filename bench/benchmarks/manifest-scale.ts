/**
 * Scale of validate and plan (product.md §10: 1,000 manifests in ≤ 2 s; time and memory grow
 * linearly). Runs the bundled `chaos-gate validate` and `plan --json` as a user does, one process
 * per run, over 10 … 5,000 generated manifests, timing spawn to exit and reading the process's
 * peak RSS. Baselines, in the same run: reading and YAML-parsing the same files and nothing else
 * (its own process; the time is measured inside it), and `node -e 0` for memory.
 */
import { join } from 'node:path'

import { cliEntry } from '../harness/gate-cli'
import { generateManifests } from '../harness/manifests'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { expectExit, runNode, type Usage } from '../harness/processes'
import { linearFit } from '../harness/stats'

const TARGET_MS = 2000
const TARGET_COUNT = 1000
/** r² of a straight line through the medians at which growth counts as linear. */
const LINEAR_R2 = 0.98

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
    return [...results.flatMap(sizeRows), ...linearityRows(results)]
  }
}

async function measureSize(
  ctx: BenchContext,
  dir: string,
  count: number,
  reps: number
): Promise<SizeResult> {
  const result: SizeResult = {
    count,
    validate: [],
    plan: [],
    parse: [],
    rss: [],
    nodeRss: [],
    validateCpu: [],
    planCpu: []
  }
  const usageFile = join(ctx.tempDir('usage'), 'usage.json')
  const cli = cliEntry(await ctx.bundle())
  for (let i = 0; i < reps; i++) {
    const validate = await runNode({
      args: [cli, 'validate', dir],
      cwd: ctx.root,
      usageFile,
      timeoutMs: 120_000
    })
    expectExit(validate, `chaos-gate validate (${count} manifests)`)
    result.validate.push(validate.wallMs)
    result.rss.push(usageOf(validate.usage).maxRssBytes)
    result.validateCpu.push(usageOf(validate.usage).cpuMs)
    const plan = await runNode({
      args: [cli, 'plan', '--json', dir],
      cwd: ctx.root,
      usageFile,
      timeoutMs: 120_000
    })
    expectExit(plan, `chaos-gate plan --json (${count} manifests)`)
    result.plan.push(plan.wallMs)
    result.planCpu.push(usageOf(plan.usage).cpuMs)
    result.parse.push(await parseOnly(ctx, dir))
    const node = await runNode({ args: ['-e', '0'], cwd: ctx.root, usageFile, timeoutMs: 30_000 })
    result.nodeRss.push(usageOf(node.usage).maxRssBytes)
  }
  return result
}

function usageOf(usage: Usage | undefined): Usage {
  if (!usage) throw new Error('the child process did not report its resource usage')
  return usage
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
      baseline: parse,
      ...target(r, r.validate, r.validateCpu)
    },
    {
      benchmark: 'Scale',
      case: `validate ${n} manifests: peak RSS`,
      value: measured(r.rss, 'bytes'),
      baseline: { label: '`node -e 0`', value: measured(r.nodeRss, 'bytes') }
    }
  ]
  if (r.count >= TARGET_COUNT)
    rows.splice(1, 0, {
      benchmark: 'Scale',
      case: `plan --json ${n} manifests`,
      value: measured(r.plan, 'ms'),
      baseline: parse,
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

/** The cost of one more manifest (least-squares slope over the medians), and whether growth is linear. */
function linearityRows(results: readonly SizeResult[]): Row[] {
  const median = (xs: readonly number[]): number => measured(xs, 'ms').summary.median
  const line = (pick: (r: SizeResult) => number[]) =>
    linearFit(results.map((r) => ({ x: r.count, y: median(pick(r)) })))
  const sizes = results.map((r) => r.count.toLocaleString('en-US')).join(', ')
  const rows: [string, ReturnType<typeof line>, 'ms' | 'bytes'][] = [
    ['validate: time per manifest', line((r) => r.validate), 'ms'],
    ['plan --json: time per manifest', line((r) => r.plan), 'ms'],
    ['validate: peak RSS per manifest', line((r) => r.rss), 'bytes']
  ]
  return rows.map(([label, fit, unit]) => ({
    benchmark: 'Scale',
    case: label,
    value: measured([fit.slope], unit, 'manifest'),
    target: { text: `linear (r² ≥ ${LINEAR_R2})`, met: fit.r2 >= LINEAR_R2 },
    note: `${label}: least-squares slope through the medians at ${sizes} manifests; r² = ${fit.r2.toFixed(4)}, fixed cost ${unit === 'ms' ? `${fit.intercept.toFixed(0)} ms` : `${(fit.intercept / 1024 / 1024).toFixed(0)} MB`}.`
  }))
}
