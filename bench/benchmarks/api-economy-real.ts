/**
 * API economy on the real control plane (issue 13 part 6), beside the simulator's count in the same
 * run: one Litmus pod-delete experiment of 30 s, 5 min and 30 min, run by the gate in process with
 * the least-privilege `chaos-gate` kubeconfig, its requests counted from kube-apiserver's audit log
 * (every request of that ServiceAccount, one per audit ID: tools/real-cluster/audit.ts, checked
 * against a counting transport in test/cluster/audit-count.real-test.ts).
 *
 * Time is compressed the way api-economy.ts compresses it, by the same factor, where the real
 * server allows it. The fault's own time: the simulated operators run a 10 ms chaos second, so the
 * 30-minute fault lasts 18 s. The watch timeouts: the real server ends a watch after the
 * `timeoutSeconds` it was asked for, in real seconds, so a proxy in front of it divides the gate's
 * 300 s by the same 100, and the server ends and the gate renews each watch as often per fault
 * second as against a 30-minute fault in real time. The proxy compresses the run's own seconds
 * around the fault too (submit, the operator's steps, the verdict), which the simulator's warp
 * window does not, so the longest row may see one renewal per collection more than the simulator's.
 * That is why these rows carry no target (api-economy's do); they show how far the simulator's
 * count is from the real server's. What is not compressed: the gate's own clock
 * (only its back-off waits use it, and a healthy run has none) and the server's bookmark timer
 * (bookmarks are not requests). A warped gate clock would not make the rows truer: the server's
 * real-time watch timeouts are what drives the renewals, and the proxy already scales those.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { auditLogOffset, settledAuditedRequests } from '../../tools/real-cluster/audit'
import { controlPlaneBinaries } from '../../tools/real-cluster/binaries'
import { type LaunchedCluster, launchRealCluster } from '../../tools/real-cluster/launch'
import { operatorsAvailable } from '../../tools/real-cluster/operators'
import { litmusEngineYaml } from '../harness/bench-cluster'
import { runGateInProcess } from '../harness/in-process-gate'
import { type BenchContext, type Benchmark, measured, type Row } from '../harness/model'
import { startWatchTimeoutProxy } from '../harness/watch-timeout-proxy'
import {
  type Counts,
  DURATIONS_S,
  FACTOR,
  FOLLOWED,
  label,
  measureSimEconomy,
  POLICY,
  WATCH_TIMEOUT_S
} from './api-economy'

/** The operators' chaos second: a real second divided by the factor. */
const CHAOS_SECOND_MS = 1000 / FACTOR
/** A demo Deployment with two replicas, as the simulator's benchmark services have. */
const APP = 'cart'

interface RealCounts {
  readonly seconds: number
  readonly gate: number
  /** Lists and watches of ChaosEngines and ChaosResults. */
  readonly following: number
  readonly wallMs: number
}

export const apiEconomyReal: Benchmark = {
  id: 'api-economy-real',
  title: 'API economy on the real control plane',
  unavailable: () => {
    if (!operatorsAvailable())
      return Promise.resolve('the simulated operators (tools/sim-operators.ts) are missing')
    try {
      execFileSync('go', ['version'], { stdio: 'ignore' })
      return Promise.resolve(undefined)
    } catch {
      return Promise.resolve('Go is not installed: the control plane cannot be built')
    }
  },
  async run(ctx) {
    // Built first, without the launcher's start-up timeout: a cold build takes tens of minutes.
    controlPlaneBinaries()
    const real = await launchRealCluster(join(ctx.tempDir('real'), 'kubeconfig'), [
      '--chaos-second-ms',
      String(CHAOS_SECOND_MS)
    ])
    let onReal: RealCounts[]
    try {
      if (!real.operators)
        throw new Error(`cluster:real started without its operators:\n${real.output()}`)
      onReal = await measureReal(ctx, real)
    } finally {
      await real.stop()
    }
    const onSim = await measureSimEconomy(ctx)
    ctx.log(
      onReal
        .map(
          (c) => `real ${c.seconds} s: gate ${c.gate} (${c.following} following) in ${c.wallMs} ms`
        )
        .join('; ')
    )
    return rows(onReal, onSim)
  }
}

async function measureReal(ctx: BenchContext, real: LaunchedCluster): Promise<RealCounts[]> {
  const config = readFileSync(real.kubeconfig, 'utf8')
  const cluster = (parse(config) as { clusters: { cluster: Record<string, string> }[] }).clusters[0]
    ?.cluster
  const ca = cluster?.['certificate-authority-data']
  if (!ca) throw new Error(`${real.kubeconfig}: no certificate-authority-data`)
  const proxy = await startWatchTimeoutProxy(real.server, FACTOR, { ca: Buffer.from(ca, 'base64') })
  try {
    const kubeconfig = join(ctx.tempDir('economy-real'), 'kubeconfig')
    writeFileSync(kubeconfig, config.replace(real.server, proxy.url))
    const counts: RealCounts[] = []
    for (const seconds of DURATIONS_S) {
      const dir = ctx.tempDir(`economy-real-${seconds}`)
      writeFileSync(
        join(dir, 'economy.yaml'),
        litmusEngineYaml(`economy-real-${seconds}`, APP, seconds)
      )
      const offset = auditLogOffset(real.auditLog)
      const started = Date.now()
      const report = await runGateInProcess({
        experiments: dir,
        stateDir: ctx.tempDir('economy-real-state'),
        kubeconfig,
        policy: POLICY
      })
      const exp = report.experiments[0]
      if (exp?.verdict !== 'pass')
        throw new Error(
          `the ${seconds} s experiment ended ${exp?.verdict ?? '?'}: ${exp?.reasons[0] ?? ''}`
        )
      const requests = await settledAuditedRequests(real.auditLog, real.gateUser, offset)
      // Missing data is never a count: the gate's own requests must be in the log.
      if (requests.length === 0)
        throw new Error(`${real.auditLog} holds no request of ${real.gateUser}`)
      const collection = /\/(chaosengines|chaosresults)(\?|$)/
      counts.push({
        seconds,
        gate: requests.length,
        following: requests.filter(
          (r) => (r.verb === 'list' || r.verb === 'watch') && collection.test(r.requestURI)
        ).length,
        wallMs: Date.now() - started
      })
    }
    return counts
  } finally {
    await proxy.close()
  }
}

function rows(onReal: readonly RealCounts[], onSim: readonly Counts[]): Row[] {
  return onReal.map((c) => {
    const sim = onSim.find((s) => s.seconds === c.seconds)
    return {
      benchmark: 'API economy, real control plane',
      case: `requests to kube-apiserver for one ${label(c.seconds)} Litmus experiment (watch)`,
      value: measured([c.gate], 'requests'),
      baselines: [{ label: 'cluster:sim', value: measured([sim?.gate ?? Number.NaN], 'requests') }],
      ...(c === onReal[onReal.length - 1] && {
        note: `Counted from kube-apiserver's audit log (one per audit ID). Following the fault (lists and watches of ChaosEngines and ChaosResults): ${onReal.map((k) => `${k.following} (${label(k.seconds)})`).join(', ')} on the real server, ${onSim.map((k) => `${k.following}`).join(', ')} on the simulator. Time compressed ${FACTOR}×: the operators' chaos second is ${CHAOS_SECOND_MS} ms and a proxy divides the watch timeouts the gate asks for by ${FACTOR}. The proxy cannot tell the fault's seconds from the run's own (submit, the operator's steps, the verdict: about a second of wall time, ${FACTOR} s of watch time), so a long row can exceed the bound by one renewal per followed collection; the simulator's clock is fast only during the fault. No target here: api-economy's rows judge the gate (≤ the 30 s count + ${FOLLOWED} per ${WATCH_TIMEOUT_S / 60} min); these show how far the simulator is from the real server.`
      })
    }
  })
}
