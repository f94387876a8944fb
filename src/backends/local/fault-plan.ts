/**
 * What the fault proxy does to one request, decided up front from the fault spec and a source of
 * randomness. Pure, so the percentages can be tested with a scripted random source.
 */
import type { ProxyFaultSpec } from '../../manifest/model'

/** The treatment of one request. */
export interface RequestFault {
  /** Reset the client's connection instead of answering. */
  readonly reset: boolean
  /** Answer with this status and body instead of forwarding. */
  readonly error?: { readonly status: number; readonly body: string }
  /** Hold the request this long first. */
  readonly delayMs: number
  /** Send the response body no faster than this. */
  readonly bytesPerSecond?: number
}

export const CLEAN: RequestFault = { reset: false, delayMs: 0 }

/** Whether a request path is in the fault's scope: any path when `paths` is empty, else by prefix. */
export function inScope(spec: ProxyFaultSpec, path: string): boolean {
  return spec.paths.length === 0 || spec.paths.some((p) => path.startsWith(p))
}

/** True for `percent` (0–100) of the draws. */
function hit(percent: number, random: () => number): boolean {
  return percent >= 100 || random() * 100 < percent
}

/**
 * Decides the fault for one request. Each kind draws independently; a reset wins over an error,
 * and latency applies before either (a slow error is what a struggling upstream looks like).
 */
export function planFault(spec: ProxyFaultSpec, random: () => number): RequestFault {
  const { latency, error, reset, bandwidth } = spec
  const delayMs =
    latency && hit(latency.percent, random)
      ? Math.max(0, Math.round(latency.fixedMs + (random() * 2 - 1) * latency.jitterMs))
      : 0
  const isReset = reset !== undefined && hit(reset.percent, random)
  const isError = !isReset && error !== undefined && hit(error.percent, random)
  return {
    reset: isReset,
    delayMs,
    ...(isError && { error: { status: error.status, body: error.body } }),
    ...(bandwidth && { bytesPerSecond: bandwidth.bytesPerSecond })
  }
}

/** One line describing the fault, for observations and reports. */
export function describeFault(spec: ProxyFaultSpec): string {
  const parts: string[] = []
  const { latency, error, reset, bandwidth } = spec
  if (latency)
    parts.push(
      `latency ${latency.fixedMs}ms${latency.jitterMs ? ` ±${latency.jitterMs}ms` : ''} on ${latency.percent}%`
    )
  if (error) parts.push(`HTTP ${error.status} on ${error.percent}%`)
  if (reset) parts.push(`connection reset on ${reset.percent}%`)
  if (bandwidth) parts.push(`bandwidth ${bandwidth.bytesPerSecond} B/s`)
  const scope = spec.paths.length > 0 ? ` of ${spec.paths.join(', ')}` : ''
  return `${parts.join(', ') || 'no fault'}${scope}`
}
