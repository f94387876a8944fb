import {
  type ApiError,
  expired,
  gatewayTimeout,
  internalError,
  serviceUnavailable,
  tooManyRequests
} from '../core/api-error'

/** Which requests a fault applies to; every given field must match. */
export interface RequestMatch {
  readonly method?: string
  /** Exact path, or a pattern tested against the path. */
  readonly path?: string | RegExp
  /** Only watch requests (true) or only non-watch requests (false). */
  readonly watch?: boolean
}

/** The HTTP errors a fault can answer with (410: a watch's resourceVersion is too old). */
export type FaultStatus = 410 | 429 | 500 | 503 | 504

/** What the server must do to one request before handling it. */
export interface FaultDecision {
  readonly latencyMs: number
  readonly failure?: ApiError
  readonly reset: boolean
}

interface Rule {
  readonly match: RequestMatch
  remaining: number
}

interface FailRule extends Rule {
  readonly status: FaultStatus
  readonly message?: string
}

interface OpenWatch {
  readonly method: string
  readonly path: string
  readonly close: () => void
}

/**
 * Run-time switchable faults for reliability tests: added latency, 5xx (or 429) for the next N
 * matching requests or for every matching request, connection resets, and server-side closing
 * of open watch streams (now, or a fixed time after each watch starts).
 */
export class FaultInjector {
  private latency: { ms: number; match: RequestMatch } | undefined
  private failures: FailRule[] = []
  private resets: Rule[] = []
  private readonly watches = new Set<OpenWatch>()
  private watchLifetimeMs: number | undefined

  /** Adds `ms` of latency to every matching request until cleared. */
  addLatency(ms: number, match: RequestMatch = {}): void {
    this.latency = { ms, match }
  }

  /**
   * Answers the next `count` matching requests with `status`; `message` replaces the Status's
   * message (a server or proxy that quotes the request back, for the secret-masking tests).
   */
  failNext(
    count: number,
    status: FaultStatus = 500,
    match: RequestMatch = {},
    message?: string
  ): void {
    this.failures.push({
      match,
      remaining: count,
      status,
      ...(message !== undefined && { message })
    })
  }

  /** Answers every matching request with `status` until cleared. */
  failMatching(match: RequestMatch, status: FaultStatus = 500): void {
    this.failures.push({ match, remaining: Number.POSITIVE_INFINITY, status })
  }

  /** Resets the TCP connection of the next `count` matching requests without answering. */
  resetNext(count: number, match: RequestMatch = {}): void {
    this.resets.push({ match, remaining: count })
  }

  /** Closes every open watch stream that matches, as an API server restart or LB would. */
  dropWatches(match: RequestMatch = {}): number {
    let dropped = 0
    for (const watch of [...this.watches]) {
      if (matches(match, watch.method, watch.path, true)) {
        watch.close()
        dropped++
      }
    }
    return dropped
  }

  /** From now on, the server closes each watch `ms` after it starts (undefined: never). */
  closeWatchesAfter(ms: number | undefined): void {
    this.watchLifetimeMs = ms
  }

  clear(): void {
    this.latency = undefined
    this.failures = []
    this.resets = []
    this.watchLifetimeMs = undefined
  }

  /** Consulted by the server for every request. */
  decide(method: string, path: string, watch: boolean): FaultDecision {
    const latencyMs =
      this.latency && matches(this.latency.match, method, path, watch) ? this.latency.ms : 0
    const reset = consume(this.resets, method, path, watch) !== undefined
    const failRule = reset ? undefined : consume(this.failures, method, path, watch)
    return {
      latencyMs,
      reset,
      ...(failRule ? { failure: failureFor(failRule.status, failRule.message) } : {})
    }
  }

  /** Registers an open watch so it can be dropped; returns its unregister function. */
  trackWatch(method: string, path: string, close: () => void): () => void {
    const entry = { method, path, close }
    this.watches.add(entry)
    const lifetime = this.watchLifetimeMs
    const timer = lifetime === undefined ? undefined : setTimeout(close, lifetime)
    return () => {
      if (timer) clearTimeout(timer)
      this.watches.delete(entry)
    }
  }
}

function consume<R extends Rule>(
  rules: R[],
  method: string,
  path: string,
  watch: boolean
): R | undefined {
  const rule = rules.find((r) => r.remaining > 0 && matches(r.match, method, path, watch))
  if (rule) rule.remaining--
  return rule
}

function matches(match: RequestMatch, method: string, path: string, watch: boolean): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false
  if (match.watch !== undefined && match.watch !== watch) return false
  if (match.path instanceof RegExp) return match.path.test(path)
  if (typeof match.path === 'string') return match.path === path
  return true
}

function failureFor(status: FaultStatus, message?: string): ApiError {
  switch (status) {
    case 410:
      return expired(message ?? 'too old resource version')
    case 429:
      return tooManyRequests(1)
    case 500:
      return internalError(message ?? 'simulated fault')
    case 503:
      return serviceUnavailable(
        message ?? 'the server is currently unable to handle the request',
        1
      )
    case 504:
      return gatewayTimeout(
        message ??
          'the server was unable to return a response in the time allotted, but may still be processing the request'
      )
  }
}
