/**
 * Statistics of one probe window: the requests that completed in (from, to]. Failed requests
 * (bad status, connection error, timeout) count against availability and keep their latency.
 * Pure, so every number a probe check judges can be tested exactly.
 */
import type { ProbeMetric } from '../../manifest/steady-state-model'

/** One request the probe sent. */
export interface ProbeSample {
  readonly startedAt: number
  readonly endedAt: number
  /** The status was in the probe's okStatus ranges. */
  readonly ok: boolean
  /** From sending the request to the last byte of the body, or to the failure. */
  readonly latencyMs: number
  readonly status?: number
  /** Why the request failed without a status: `timeout`, `ECONNRESET`, ... */
  readonly error?: string
}

export interface WindowStats {
  readonly total: number
  readonly ok: number
  readonly values: Readonly<Record<ProbeMetric, number>>
}

/** Nearest-rank percentile of ascending values (`q` in 0–1). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] as number
}

/** The window's statistics, or undefined when no request completed in it (no data). */
export function windowStats(
  samples: readonly ProbeSample[],
  from: number,
  to: number
): WindowStats | undefined {
  const inWindow = samples.filter((s) => s.endedAt > from && s.endedAt <= to)
  if (inWindow.length === 0) return undefined
  const ok = inWindow.filter((s) => s.ok).length
  const latencies = inWindow.map((s) => s.latencyMs).sort((a, b) => a - b)
  const availability = ok / inWindow.length
  return {
    total: inWindow.length,
    ok,
    values: {
      availability,
      errorRatio: 1 - availability,
      latencyP50: percentile(latencies, 0.5),
      latencyP90: percentile(latencies, 0.9),
      latencyP95: percentile(latencies, 0.95),
      latencyP99: percentile(latencies, 0.99),
      latencyMax: latencies[latencies.length - 1] as number,
      throughput: inWindow.length / ((to - from) / 1000)
    }
  }
}
