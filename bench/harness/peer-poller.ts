/**
 * The baseline for following a fault: a status poll loop written the way the peers write theirs
 * (Litmus chaos-ci-lib: GET the ChaosResult every 5 s and compare the verdict; the Litmus GitHub
 * Action's CCL and the Chaos Mesh tooling: every 15 s). Sleep, GET, compare, repeat.
 */
import { performance } from 'node:perf_hooks'

import type { Clock } from '../../src/util/clock'
import type { EngineObject } from './bench-cluster'
import type { SimHttp } from './sim-http'

export interface PollOptions {
  readonly http: SimHttp
  readonly path: string
  readonly intervalMs: number
  /** Wait before the first GET: loops started together then sample every phase of an interval. */
  readonly phaseMs: number
  readonly done: (body: unknown) => boolean
  readonly clock: Clock
  readonly signal: AbortSignal
}

export interface PollOutcome {
  /** performance.now() when the answer that satisfied `done` arrived. */
  readonly seenAt: number
  readonly requests: number
}

export async function pollUntil(o: PollOptions): Promise<PollOutcome> {
  await o.clock.sleep(o.phaseMs, o.signal)
  for (let requests = 1; ; requests++) {
    const answer = await o.http.get(o.path)
    if (o.done(answer.body)) return { seenAt: performance.now(), requests }
    await o.clock.sleep(o.intervalMs, o.signal)
  }
}

/** A ChaosResult whose verdict is final (anything but Awaited), as the peers test it. */
export function hasFinalVerdict(body: unknown): boolean {
  const verdict = field(field(field(body, 'status'), 'experimentStatus'), 'verdict')
  return typeof verdict === 'string' && verdict !== '' && verdict !== 'Awaited'
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface PeerRun {
  readonly http: SimHttp
  readonly namespace: string
  readonly engine: EngineObject
  readonly experiment: string
  readonly intervalMs: number
  readonly clock: Clock
  readonly signal: AbortSignal
}

/**
 * A peer's whole run of one Litmus experiment: create the ChaosEngine, poll its ChaosResult until
 * the verdict is final (a 404 before the result exists is one more poll), delete the engine.
 */
export async function peerRun(o: PeerRun): Promise<void> {
  const engines = `/apis/litmuschaos.io/v1alpha1/namespaces/${o.namespace}/chaosengines`
  const created = await o.http.post(engines, o.engine)
  if (created.status !== 201) throw new Error(`creating the peer's engine: HTTP ${created.status}`)
  await pollUntil({
    http: o.http,
    path: `/apis/litmuschaos.io/v1alpha1/namespaces/${o.namespace}/chaosresults/${o.engine.metadata.name}-${o.experiment}`,
    intervalMs: o.intervalMs,
    phaseMs: o.intervalMs,
    done: hasFinalVerdict,
    clock: o.clock,
    signal: o.signal
  })
  await o.http.delete(`${engines}/${o.engine.metadata.name}`)
}
