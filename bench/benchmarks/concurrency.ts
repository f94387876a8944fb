/**
 * Scale with concurrent experiments (product.md §10: 50 concurrent experiments with flat
 * per-experiment overhead and bounded memory). Runs the bundled `chaos-gate run --concurrency N`
 * with N experiments as one process and reads, from the outside: wall time beyond the fault's
 * duration, peak RSS, and from the JSON report each experiment's own lifecycle overhead. Baseline in
 * the same run: one experiment alone, and `node -e 0`.
 */
import { join } from 'node:path'

import { startGateCli } from '../harness/gate-cli'
import { expectVerdicts, lifecycleOverheadMs, readGateReport } from '../harness/gate-report'
import { writeLocalExperiments } from '../harness/local-experiment'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { expectExit, runNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

/** Where N experiments run and how they are written. */
export interface ConcurrencyScenario {
  /** `local backend`, `simulated cluster (litmus)`. */
  readonly label: string
  readonly durationMs: number
  /** Writes N experiments into `dir`; returns extra CLI flags (a kubeconfig). */
  prepare(dir: string, n: number): Promise<readonly string[]>
}

/** One N: samples over the repetitions. */
interface Level {
  readonly n: number
  readonly wallOverhead: number[]
  readonly rss: number[]
  /** Median per-experiment lifecycle overhead of each repetition. */
  readonly perExperiment: number[]
}

/** Flat: each added concurrent experiment may add at most this much to the gate's wall time. */
const WALL_PER_EXPERIMENT_MS = 10
/** Bounded: each added concurrent experiment may add at most this much to the peak RSS. */
const RSS_PER_EXPERIMENT = 2 * 1024 * 1024

export async function measureConcurrency(
  ctx: BenchContext,
  scenario: ConcurrencyScenario
): Promise<Row[]> {
  const levels: Level[] = []
  const node: Level = { n: 0, wallOverhead: [], rss: [], perExperiment: [] }
  for (const n of [1, 10, 50]) {
    const level: Level = { n, wallOverhead: [], rss: [], perExperiment: [] }
    for (let i = 0; i < ctx.reps(3, 1); i++) {
      await runLevel(ctx, scenario, level)
      await runNodeBaseline(ctx, node)
    }
    ctx.log(
      `${n} at once: wall overhead ${level.wallOverhead.map((ms) => ms.toFixed(0)).join(', ')} ms`
    )
    levels.push(level)
  }
  return levelRows(scenario, levels, node)
}

async function runLevel(
  ctx: BenchContext,
  scenario: ConcurrencyScenario,
  level: Level
): Promise<void> {
  const dir = ctx.tempDir(`concurrency-${level.n}`)
  const extraArgs = await scenario.prepare(dir, level.n)
  const usageFile = join(ctx.tempDir('usage'), 'usage.json')
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: dir,
    concurrency: level.n,
    extraArgs,
    usageFile,
    timeoutMs: scenario.durationMs + 120_000
  })
  const done = await gate.finished
  expectExit(done, `chaos-gate run with ${level.n} concurrent experiments`)
  const report = readGateReport(gate.reportPath)
  expectVerdicts(report, ['pass'])
  level.wallOverhead.push(done.wallMs - scenario.durationMs)
  level.rss.push(done.usage?.maxRssBytes ?? Number.NaN)
  level.perExperiment.push(
    measured(report.experiments.map(lifecycleOverheadMs), 'ms').summary.median
  )
}

/** `node -e 0`: the process floor under both wall time and memory. */
async function runNodeBaseline(ctx: BenchContext, node: Level): Promise<void> {
  const usageFile = join(ctx.tempDir('usage'), 'usage.json')
  const run = await runNode({ args: ['-e', '0'], cwd: ctx.root, usageFile, timeoutMs: 30_000 })
  node.wallOverhead.push(run.wallMs)
  node.rss.push(run.usage?.maxRssBytes ?? Number.NaN)
}

function levelRows(scenario: ConcurrencyScenario, levels: readonly Level[], node: Level): Row[] {
  const one = levels[0]
  if (!one) return []
  const last = levels[levels.length - 1]
  return levels.flatMap((l): Row[] => {
    const against = l === one ? node : one
    const label = l === one ? '`node -e 0`' : '1 at once'
    const prefix = `${l.n} at once (${scenario.label})`
    return [
      {
        benchmark: 'Concurrency',
        case: `${prefix}: gate wall time beyond the ${scenario.durationMs / 1000} s fault`,
        value: measured(l.wallOverhead, 'ms'),
        baseline: { label, value: measured(against.wallOverhead, 'ms') },
        ...(l === last && l !== one && wallTarget(one, l))
      },
      {
        benchmark: 'Concurrency',
        case: `${prefix}: peak RSS`,
        value: measured(l.rss, 'bytes'),
        baseline: { label, value: measured(against.rss, 'bytes') },
        ...(l === last && l !== one && memoryTarget(one, l))
      }
    ]
  })
}

const median = (xs: readonly number[]): number => measured(xs, 'ms').summary.median

function wallTarget(one: Level, many: Level): Pick<Row, 'target' | 'note'> {
  const per = (median(many.wallOverhead) - median(one.wallOverhead)) / (many.n - one.n)
  return {
    target: {
      text: `flat: ≤ ${WALL_PER_EXPERIMENT_MS} ms per added experiment`,
      met: per <= WALL_PER_EXPERIMENT_MS
    },
    note: `The gate's wall time grew by ${per.toFixed(1)} ms per added experiment from 1 to ${many.n} at once. Each experiment's own lifecycle overhead (preflight to cleanup, minus the fault) was ${median(one.perExperiment).toFixed(0)} ms alone and ${median(many.perExperiment).toFixed(0)} ms with ${many.n} at once, sharing the CPUs.`
  }
}

function memoryTarget(one: Level, many: Level): Pick<Row, 'target' | 'note'> {
  const per = (median(many.rss) - median(one.rss)) / (many.n - one.n)
  return {
    target: {
      text: `bounded: ≤ ${RSS_PER_EXPERIMENT / 1024 / 1024} MB per added experiment`,
      met: per <= RSS_PER_EXPERIMENT
    },
    note: `Peak RSS grew by ${(per / 1024).toFixed(0)} KB per added experiment from 1 to ${many.n} at once.`
  }
}

export const concurrencyLocal: Benchmark = {
  id: 'concurrency',
  title: 'Scale: concurrent experiments',
  async run(ctx) {
    const stub = await StubServer.start()
    try {
      return await measureConcurrency(ctx, {
        label: 'local backend',
        durationMs: ctx.quick ? 2000 : 3000,
        prepare: (dir, n) => {
          const duration = ctx.quick ? '2s' : '3s'
          const experiments = Array.from({ length: n }, (_, i) => ({
            name: `concurrent-${i}`,
            upstream: stub.url,
            duration
          }))
          writeLocalExperiments(dir, experiments)
          return Promise.resolve([])
        }
      })
    } finally {
      await stub.close()
    }
  }
}
