/**
 * API economy (product.md §10: requests to the API server per experiment independent of its
 * duration by watch, against duration/interval for a poll loop). One Litmus experiment of 30 s,
 * 5 min and 30 min on the simulated cluster, in simulated time: the gate, the cluster and the
 * peers share a clock running 100× faster than the wall clock (the 30-minute fault takes 18 s),
 * and a proxy scales the watch timeouts the gate asks for by the same factor, so watches end and
 * are re-established as often as on a real cluster. Counted from the simulated API server's
 * request log, by client. Baselines, on the same cluster at the same time: a peer's whole run
 * (create the engine, GET its ChaosResult every 5 s or 15 s until the verdict, delete it).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { RequestRecord } from '@chaos-gate/sim-cluster'

import { BACKEND_FACTORIES } from '../../src/backends/registry'
import {
  addServices,
  type BenchCluster,
  litmusEngine,
  litmusEngineYaml,
  NAMESPACE,
  startBenchCluster
} from '../harness/bench-cluster'
import { runGateInProcess } from '../harness/in-process-gate'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { peerRun } from '../harness/peer-poller'
import { SimHttp } from '../harness/sim-http'
import { WarpClock, WarpWindow } from '../harness/warp-clock'
import { startWatchTimeoutProxy } from '../harness/watch-timeout-proxy'

/** Simulated seconds per wall-clock second. */
export const FACTOR = 100
export const DURATIONS_S = [30, 300, 1800]
const POLLS_MS = [5_000, 15_000]
/**
 * What independent of the duration allows: the API server ends every watch after the timeout the
 * gate asks for (300 s, as client-go's reflectors do), so each of the collections a Litmus
 * experiment follows (its engine, its results) is watched again once per 5 minutes.
 */
export const WATCH_TIMEOUT_S = 300
export const FOLLOWED = 2
/** A policy that lets the 30-minute fault run (the default stops at 10 minutes). */
export const POLICY = 'blastRadius:\n  maxDuration: 1h\n'

/** Requests per client for one duration. */
export interface Counts {
  readonly seconds: number
  readonly gate: number
  /** The gate's list and watch requests on ChaosEngines and ChaosResults: following the fault. */
  readonly following: number
  readonly peers: readonly number[]
}

export const apiEconomy: Benchmark = {
  id: 'api-economy',
  title: 'API economy',
  unavailable: () =>
    Promise.resolve(
      BACKEND_FACTORIES.litmus ? undefined : 'the litmus backend is not in this build yet'
    ),
  async run(ctx) {
    const counts = await measureSimEconomy(ctx)
    ctx.log(
      counts
        .map(
          (c) =>
            `${c.seconds} s: gate ${c.gate} (${c.following} following), peers ${c.peers.join('/')}`
        )
        .join('; ')
    )
    return rows(counts)
  }
}

/** Every duration on one simulated cluster, in simulated time; also api-economy-real's baseline. */
export async function measureSimEconomy(ctx: BenchContext): Promise<Counts[]> {
  const clock = new WarpClock()
  const cluster = await startBenchCluster(ctx, {
    tls: false,
    clock,
    timing: { chaosSecondMs: 1000 }
  })
  const proxy = await startWatchTimeoutProxy(cluster.sim.url, FACTOR)
  try {
    const kubeconfig = join(ctx.tempDir('economy'), 'kubeconfig')
    writeFileSync(
      kubeconfig,
      cluster.sim.kubeconfig({ namespace: NAMESPACE }).replace(cluster.sim.url, proxy.url)
    )
    await addServices(cluster.sim, 1 + POLLS_MS.length)
    const counts: Counts[] = []
    for (const seconds of DURATIONS_S)
      counts.push(await measureDuration(ctx, cluster, kubeconfig, clock, seconds))
    return counts
  } finally {
    await proxy.close()
    await cluster.close()
  }
}

async function measureDuration(
  ctx: BenchContext,
  cluster: BenchCluster,
  kubeconfig: string,
  clock: WarpClock,
  seconds: number
): Promise<Counts> {
  const first = cluster.sim.requests.all().length
  const dir = ctx.tempDir(`economy-${seconds}`)
  writeFileSync(join(dir, 'economy.yaml'), litmusEngineYaml(`economy-${seconds}`, 'svc-0', seconds))
  const stop = new AbortController()
  const peers = POLLS_MS.map((intervalMs) => new SimHttp(cluster.sim, `peer-poll-${intervalMs}`))
  // Fast from the gate's injection until its fault is off and the peers have their verdicts.
  const warp = new WarpWindow(clock, FACTOR, ['gate', 'peers'])
  let peersDone: Promise<void> = Promise.resolve()
  try {
    const report = await runGateInProcess({
      ...{ experiments: dir, stateDir: ctx.tempDir('economy-state'), kubeconfig, clock },
      policy: POLICY,
      listener: {
        phaseStarted: (_name, phase) => {
          if (phase === 'during') {
            warp.start()
            peersDone = runPeers(peers, clock, seconds, stop.signal).then(() => warp.done('peers'))
          }
          if (phase === 'after') warp.done('gate')
        }
      }
    })
    const exp = report.experiments[0]
    if (exp?.verdict !== 'pass')
      throw new Error(
        `the ${seconds} s experiment ended ${exp?.verdict ?? '?'}: ${exp?.reasons[0] ?? ''}`
      )
    await peersDone
  } finally {
    clock.warp(1)
    stop.abort()
    peers.forEach((p) => p.close())
  }
  return count(cluster.sim.requests.all().slice(first), peers, seconds)
}

/** One peer run per poll interval, each on a service of its own. */
async function runPeers(
  peers: readonly SimHttp[],
  clock: WarpClock,
  seconds: number,
  signal: AbortSignal
): Promise<void> {
  await Promise.all(
    peers.map((http, i) =>
      peerRun({
        http,
        namespace: NAMESPACE,
        engine: litmusEngine(`peer-${i}-${seconds}`, `svc-${i + 1}`, seconds),
        experiment: 'pod-delete',
        intervalMs: POLLS_MS[i] ?? 5_000,
        clock,
        signal
      })
    )
  )
}

/** The request log by client: the peers by User-Agent, the gate as everything else. */
function count(
  records: readonly RequestRecord[],
  peers: readonly SimHttp[],
  seconds: number
): Counts {
  const gate = records.filter((r) => !peers.some((p) => p.userAgent === r.userAgent))
  const collection = /\/(chaosengines|chaosresults)$/
  return {
    seconds,
    gate: gate.length,
    following: gate.filter((r) => r.method === 'GET' && collection.test(r.path)).length,
    peers: peers.map((p) => records.filter((r) => r.userAgent === p.userAgent).length)
  }
}

export function label(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${seconds / 60} min`
}

function rows(counts: readonly Counts[]): Row[] {
  const base = counts[0]
  return counts.map((c) => {
    const allowed = (base?.gate ?? 0) + FOLLOWED * Math.ceil(c.seconds / WATCH_TIMEOUT_S)
    return {
      benchmark: 'API economy',
      case: `requests to the API server for one ${label(c.seconds)} Litmus experiment (watch)`,
      value: measured([c.gate], 'requests'),
      baselines: POLLS_MS.map((ms, i) => ({
        label: `poll every ${ms / 1000} s`,
        value: measured([c.peers[i] ?? Number.NaN], 'requests')
      })),
      ...(c !== base && {
        target: {
          text: `≤ the 30 s count + ${FOLLOWED} per 5 min (${allowed})`,
          met: c.gate <= allowed
        }
      }),
      ...(c === counts[counts.length - 1] && {
        note: `Of the gate's requests, ${counts.map((k) => `${k.following} (${label(k.seconds)})`).join(', ')} follow the fault: lists and watches of ChaosEngines and ChaosResults. The rest are preflight, submit and cleanup, the same for every duration.`
      })
    }
  })
}
