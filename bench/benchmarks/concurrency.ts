/**
 * Scale with concurrent experiments (product.md §10: 50 concurrent experiments with flat
 * per-experiment overhead and bounded memory). Runs the bundled `chaos-gate run --concurrency N`
 * with N experiments as one process and reads, from the outside: wall time beyond the fault's
 * duration, the process's CPU time and peak RSS, and from the JSON report each experiment's own
 * lifecycle overhead. Baselines in the same run: one experiment alone, and `node -e 0`.
 *
 * Flat and bounded are judged on what one more experiment costs (growth.ts): the gate's CPU time
 * and peak RSS per added experiment from 10 to 50 against 1 to 10. Wall time is reported, not
 * judged: on a small machine it is CPU time shared out, including whatever else runs there.
 */
import { join } from 'node:path'

import { startGateCli } from '../harness/gate-cli'
import { expectVerdicts, lifecycleOverheadMs, readGateReport } from '../harness/gate-report'
import { growthRow } from '../harness/growth'
import { writeLocalExperiments } from '../harness/local-experiment'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { expectExit, runNode } from '../harness/processes'
import { StubServer } from '../harness/stub-server'

/** Where N experiments run and how they are written. */
export interface ConcurrencyScenario {
  /** `local backend`, `simulated cluster, Litmus`. */
  readonly label: string
  readonly durationMs: number
  /** Writes N experiments into `dir`; returns extra CLI flags (a kubeconfig). */
  prepare(dir: string, n: number): Promise<readonly string[]>
}

/** One N (0 for the `node -e 0` baseline): samples over the repetitions. */
interface Level {
  readonly n: number
  readonly wallOverhead: number[]
  readonly cpu: number[]
  readonly rss: number[]
  /** Median per-experiment lifecycle overhead of each repetition. */
  readonly perExperiment: number[]
}

const level = (n: number): Level => ({ n, wallOverhead: [], cpu: [], rss: [], perExperiment: [] })

export async function measureConcurrency(
  ctx: BenchContext,
  scenario: ConcurrencyScenario
): Promise<Row[]> {
  const levels: Level[] = []
  const node = level(0)
  for (const n of [1, 10, 50]) {
    const l = level(n)
    for (let i = 0; i < ctx.reps(3, 1); i++) {
      await runLevel(ctx, scenario, l)
      await runNodeBaseline(ctx, node)
    }
    ctx.log(
      `${n} at once: wall overhead ${l.wallOverhead.map((ms) => ms.toFixed(0)).join(', ')} ms`
    )
    levels.push(l)
  }
  return [...levelRows(scenario, levels, node), ...growthRows(scenario, levels)]
}

async function runLevel(ctx: BenchContext, scenario: ConcurrencyScenario, l: Level): Promise<void> {
  const dir = ctx.tempDir(`concurrency-${l.n}`)
  const extraArgs = await scenario.prepare(dir, l.n)
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: dir,
    concurrency: l.n,
    extraArgs,
    usageFile: join(ctx.tempDir('usage'), 'usage.json'),
    timeoutMs: scenario.durationMs + 120_000
  })
  const done = await gate.finished
  expectExit(done, `chaos-gate run with ${l.n} concurrent experiments`)
  const report = readGateReport(gate.reportPath)
  expectVerdicts(report, ['pass'])
  l.wallOverhead.push(done.wallMs - scenario.durationMs)
  l.cpu.push(done.usage?.cpuMs ?? Number.NaN)
  l.rss.push(done.usage?.maxRssBytes ?? Number.NaN)
  l.perExperiment.push(measured(report.experiments.map(lifecycleOverheadMs), 'ms').summary.median)
}

/** `node -e 0`: the process floor under both wall time and memory. */
async function runNodeBaseline(ctx: BenchContext, node: Level): Promise<void> {
  const usageFile = join(ctx.tempDir('usage'), 'usage.json')
  const run = await runNode({ args: ['-e', '0'], cwd: ctx.root, usageFile, timeoutMs: 30_000 })
  node.wallOverhead.push(run.wallMs)
  node.rss.push(run.usage?.maxRssBytes ?? Number.NaN)
}

const median = (xs: readonly number[]): number => measured(xs, 'ms').summary.median

function levelRows(scenario: ConcurrencyScenario, levels: readonly Level[], node: Level): Row[] {
  const one = levels[0]
  const last = levels[levels.length - 1]
  if (!one || !last) return []
  return levels.flatMap((l): Row[] => {
    const against = l === one ? node : one
    const label = l === one ? '`node -e 0`' : '1 at once'
    const prefix = `${l.n} at once (${scenario.label})`
    const note =
      l === last
        ? `Each experiment's own lifecycle overhead (preflight to cleanup, minus the fault) was ${median(one.perExperiment).toFixed(0)} ms alone and ${median(last.perExperiment).toFixed(0)} ms with ${last.n} at once; the gate process used ${median(one.cpu).toFixed(0)} ms and ${median(last.cpu).toFixed(0)} ms of CPU.`
        : undefined
    return [
      {
        benchmark: 'Concurrency',
        case: `${prefix}: gate wall time beyond the ${scenario.durationMs / 1000} s fault`,
        value: measured(l.wallOverhead, 'ms'),
        baselines: [{ label, value: measured(against.wallOverhead, 'ms') }],
        ...(note !== undefined && { note })
      },
      {
        benchmark: 'Concurrency',
        case: `${prefix}: peak RSS`,
        value: measured(l.rss, 'bytes'),
        baselines: [{ label, value: measured(against.rss, 'bytes') }]
      }
    ]
  })
}

function growthRows(scenario: ConcurrencyScenario, levels: readonly Level[]): Row[] {
  const points = (pick: (l: Level) => number[]) =>
    levels.map((l) => ({ size: l.n, samples: pick(l) }))
  const common = { benchmark: 'Concurrency', per: 'experiment' }
  return [
    ...growthRow({
      ...common,
      label: `${scenario.label}: gate CPU time`,
      unit: 'ms',
      points: points((l) => l.cpu)
    }),
    ...growthRow({
      ...common,
      label: `${scenario.label}: peak RSS`,
      unit: 'bytes',
      points: points((l) => l.rss)
    })
  ]
}

export const concurrencyLocal: Benchmark = {
  id: 'concurrency',
  title: 'Scale: concurrent experiments',
  async run(ctx) {
    const stub = await StubServer.start()
    const duration = ctx.quick ? 2 : 3
    try {
      return await measureConcurrency(ctx, {
        label: 'local backend',
        durationMs: duration * 1000,
        prepare: (dir, n) => {
          const experiments = Array.from({ length: n }, (_, i) => ({
            name: `concurrent-${i}`,
            upstream: stub.url,
            duration: `${duration}s`
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
