/**
 * Abort latency (product.md §10: from a breach becoming visible to the abort request ≤ one check
 * interval + 200 ms). The service behind the local fault proxy starts failing at a random moment
 * during the fault (uniform over a check interval, so every phase against the guard's ticks is
 * sampled); the breach is visible when it sends its first HTTP 500, and the abort request is the
 * engine calling backend.abort(). Baseline: the check interval itself.
 */
import { runGateInProcess } from '../harness/in-process-gate'
import { writeLocalExperiments } from '../harness/local-experiment'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { StubServer } from '../harness/stub-server'

/** Allowed beyond one check interval. */
const SLACK_MS = 200
/** The breach starts this long into the fault, plus a uniform share of one interval. */
const FIRST_BREACH_MS = 300

/** The probe guard: 20 requests/s, a 1 s window, abort when more than 5 % fail. */
function probeSteadyState(intervalMs: number): string {
  return `  steadyState:
    probe: { url: /, rate: 20, timeout: 1s }
    defaults: { interval: ${intervalMs}ms, window: 1s, minSamples: 1 }
    phases:
      before: { samples: 1, spacing: 100ms }
      during: { abortOnFail: true }
      after: { settle: 0s, timeout: 10s }
    checks:
      - name: error-ratio
        metric: errorRatio
        threshold: { max: 0.05 }`
}

/** One run: breach at a random moment, until the engine asks the backend to abort. */
async function probeRun(ctx: BenchContext, stub: StubServer, intervalMs: number): Promise<number> {
  stub.reset()
  const dir = writeLocalExperiments(ctx.tempDir('abort-probe'), [
    {
      name: 'abort-probe',
      upstream: stub.url,
      duration: '60s',
      steadyState: probeSteadyState(intervalMs)
    }
  ])
  let abortedAt: number | undefined
  let breakTimer: NodeJS.Timeout | undefined
  const report = await runGateInProcess({
    experiments: dir,
    stateDir: ctx.tempDir('abort-state'),
    listener: {
      phaseStarted: (_name, phase) => {
        if (phase !== 'during') return
        const delay = FIRST_BREACH_MS + Math.random() * intervalMs
        breakTimer = setTimeout(() => stub.setFailing(true), delay)
      }
    },
    onAbort: (_name, at) => {
      abortedAt ??= at
      stub.setFailing(false)
    }
  })
  clearTimeout(breakTimer)
  const exp = report.experiments[0]
  if (exp?.verdict !== 'aborted' || abortedAt === undefined || stub.firstFailureAt === undefined)
    throw new Error(
      `expected the guard to abort, got ${exp?.verdict ?? 'nothing'}: ${exp?.reasons[0] ?? ''}`
    )
  return abortedAt - stub.firstFailureAt
}

async function probeRows(ctx: BenchContext): Promise<Row[]> {
  const stub = await StubServer.start()
  try {
    const rows: Row[] = []
    for (const intervalMs of ctx.quick ? [1000] : [500, 1000]) {
      const samples: number[] = []
      for (let i = 0; i < ctx.reps(10, 4); i++) samples.push(await probeRun(ctx, stub, intervalMs))
      ctx.log(
        `probe, interval ${intervalMs} ms: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`
      )
      rows.push(latencyRow('HTTP probe (local backend)', samples, intervalMs))
    }
    return rows
  } finally {
    await stub.close()
  }
}

/** The row for one source and interval; the target is judged on the p95. */
export function latencyRow(source: string, samples: readonly number[], intervalMs: number): Row {
  const value = measured(samples, 'ms')
  const limit = intervalMs + SLACK_MS
  return {
    benchmark: 'Abort latency',
    case: `${source}, check interval ${intervalMs / 1000} s: breach visible → abort request`,
    value,
    p95: true,
    baselines: [{ label: 'check interval', value: measured([intervalMs], 'ms') }],
    target: {
      text: `p95 ≤ interval + ${SLACK_MS} ms (${limit} ms)`,
      met: value.summary.p95 <= limit
    }
  }
}

export const abortLatency: Benchmark = {
  id: 'abort-latency',
  title: 'Abort latency',
  run: (ctx) => probeRows(ctx)
}
