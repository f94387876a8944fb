/**
 * The baseline for following a fault: a status poll loop written the way the peers write theirs
 * (Litmus chaos-ci-lib: GET the ChaosResult every 5 s and compare the verdict; the Litmus GitHub
 * Action's CCL and the Chaos Mesh tooling: every 15 s). Sleep, GET, compare, repeat.
 */
import { performance } from 'node:perf_hooks'

import type { Clock } from '../../src/util/clock'
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
