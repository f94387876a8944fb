/**
 * Verdict detection (product.md §10: the gate reacts to a status change on the API server within
 * 100 ms, by watch, not a poll interval later). N Litmus experiments run at once on the simulated
 * cluster, each injecting for long enough that the benchmark plays litmus-go: once every fault is
 * injected it writes each final ChaosResult (verdict Pass) at a random moment. Measured
 * from just before that write to the gate's decision (the engine receiving the terminal backend
 * event, through GateListener). Baseline in the same run, on the same writes: poll loops written
 * as the peers write them, GET a ChaosResult every 5 s and every 15 s, each loop at a random
 * phase.
 */
import { setMaxListeners } from 'node:events'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { objectName } from '../../src/backends/labels'
import { BACKEND_FACTORIES } from '../../src/backends/registry'
import { newRunId } from '../../src/gate/run-id'
import { systemClock } from '../../src/util/clock'
import {
  addServices,
  type BenchCluster,
  litmusEngineYaml,
  startBenchCluster
} from '../harness/bench-cluster'
import { runGateInProcess } from '../harness/in-process-gate'
import { createAwaitedResult, resultPath, writePass } from '../harness/litmus-results'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { hasFinalVerdict, pollUntil } from '../harness/peer-poller'
import { SimHttp } from '../harness/sim-http'

const TARGET_MS = 100
const POLLS_MS = [5_000, 15_000]
/** Who polls so (design/peers.md): chaos-ci-lib's status helpers, and the Litmus GitHub Action's CCL. */
const PEERS = [
  'a 5 s poll loop (Litmus chaos-ci-lib helpers)',
  "a 15 s poll loop (the Litmus GitHub Action's CCL)"
]
/**
 * The faults run 600 chaos seconds (the default policy's 10-minute limit), 30 s of wall time: the
 * benchmark writes every verdict long before the simulated operator would.
 */
const CHAOS_SECONDS = 600
const CHAOS_SECOND_MS = 50
/** The verdicts are written this far apart, at random, after every fault is injected. */
const SPREAD_MS = 2_000

interface Samples {
  readonly watch: number[]
  readonly polls: Map<number, number[]>
}

export const verdictDetection: Benchmark = {
  id: 'verdict-detection',
  title: 'Verdict detection',
  unavailable: () =>
    Promise.resolve(
      BACKEND_FACTORIES.litmus ? undefined : 'the litmus backend is not in this build yet'
    ),
  async run(ctx) {
    const n = ctx.quick ? 10 : 20
    const cluster = await startBenchCluster(ctx, { timing: { chaosSecondMs: CHAOS_SECOND_MS } })
    const samples: Samples = { watch: [], polls: new Map(POLLS_MS.map((p) => [p, []])) }
    try {
      await addServices(cluster.sim, n)
      for (let i = 0; i < ctx.reps(2, 1); i++) await oneRound(ctx, cluster, n, samples)
    } finally {
      await cluster.close()
    }
    ctx.log(`watch: ${samples.watch.map((ms) => ms.toFixed(1)).join(', ')} ms`)
    return rows(samples)
  }
}

/** N experiments; each verdict is written once, seen by the gate and by one loop per interval. */
async function oneRound(
  ctx: BenchContext,
  cluster: BenchCluster,
  n: number,
  samples: Samples
): Promise<void> {
  const dir = ctx.tempDir('detection')
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `d-${i}.yaml`), litmusEngineYaml(`d-${i}`, `svc-${i}`, CHAOS_SECONDS))
  const runId = newRunId(Date.now())
  for (let i = 0; i < n; i++) createAwaitedResult(cluster.sim, peerResultName(i), `peer-d-${i}`)
  const injected = new Set<string>()
  const decided = new Map<string, number>()
  let allInjected: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (allInjected = resolve))
  const gate = runGateInProcess({
    experiments: dir,
    stateDir: ctx.tempDir('detection-state'),
    kubeconfig: cluster.kubeconfig,
    concurrency: n,
    runId,
    listener: {
      backendEvent: (name, event) => {
        if (event.phase === 'injected' && injected.add(name).size === n) allInjected()
        if (event.verdict === 'pass' && !decided.has(name)) decided.set(name, performance.now())
      }
    }
  })
  await Promise.race([
    ready,
    gate.then(() => Promise.reject(new Error('the gate ended before every fault was injected')))
  ])
  const written = await writeVerdicts(cluster, runId, n, samples)
  const report = await gate
  for (const [name, at] of written) {
    const seen = decided.get(name)
    if (seen === undefined)
      throw new Error(
        `${name}: the gate never decided (${report.experiments.find((e) => e.name === name)?.reasons[0] ?? '?'})`
      )
    samples.watch.push(seen - at)
  }
}

/** Starts the poll loops, writes every verdict at a random moment, waits for the loops to see them. */
async function writeVerdicts(
  cluster: BenchCluster,
  runId: string,
  n: number,
  samples: Samples
): Promise<Map<string, number>> {
  const http = new SimHttp(cluster.sim, 'peer-poll-loop')
  const stop = new AbortController()
  // Every peer loop waits on this one signal at once (each wait removes its listener when done):
  // more listeners than Node's default warning threshold of 10 is the design, not a leak.
  setMaxListeners(n * POLLS_MS.length, stop.signal)
  const written = new Map<string, number>()
  const peerWritten = new Map<string, number>()
  try {
    const loops = Array.from({ length: n }, (_, i) => {
      const path = resultPath(peerResultName(i))
      return POLLS_MS.map(async (intervalMs) => {
        const { seenAt } = await pollUntil({
          http,
          path,
          intervalMs,
          phaseMs: Math.random() * intervalMs,
          done: hasFinalVerdict,
          clock: systemClock,
          signal: stop.signal
        })
        const at = peerWritten.get(`d-${i}`)
        if (at === undefined)
          throw new Error(`d-${i}: the poll loop saw a verdict before it was written`)
        samples.polls.get(intervalMs)?.push(seenAt - at)
      })
    })
    const order = Array.from({ length: n }, (_, i) => ({ i, at: Math.random() * SPREAD_MS })).sort(
      (a, b) => a.at - b.at
    )
    const start = performance.now()
    for (const { i, at } of order) {
      await new Promise((r) => setTimeout(r, Math.max(0, start + at - performance.now())))
      written.set(`d-${i}`, writePass(cluster.sim, resultName(runId, i)))
      peerWritten.set(`d-${i}`, writePass(cluster.sim, peerResultName(i)))
    }
    await Promise.all(loops.flat())
    return written
  } finally {
    stop.abort()
    http.close()
  }
}

/**
 * The ChaosResult a poll loop follows: one of its own, written in the same step as the gate's, since
 * the gate deletes its results in cleanup while a 15 s loop may still be waiting for its next GET.
 */
function peerResultName(i: number): string {
  return `peer-d-${i}-pod-delete`
}

function resultName(runId: string, i: number): string {
  return `${objectName(runId, `d-${i}`)}-pod-delete`
}

function rows(samples: Samples): Row[] {
  const value = measured(samples.watch, 'ms')
  return [
    {
      benchmark: 'Verdict detection',
      case: "status written on the API server → the gate's decision (watch)",
      value,
      p95: true,
      baselines: POLLS_MS.map((intervalMs, i) => ({
        label: PEERS[i] ?? `poll every ${intervalMs / 1000} s`,
        value: measured(samples.polls.get(intervalMs) ?? [], 'ms')
      })),
      target: { text: `p95 ≤ ${TARGET_MS} ms`, met: value.summary.p95 <= TARGET_MS }
    }
  ]
}
