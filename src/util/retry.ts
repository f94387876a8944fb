import { type Clock, isAbortError } from './clock'

/** When and how often to retry. Pure data; the waiting goes through the injected clock. */
export interface RetryPolicy {
  /** Attempts in total, including the first one. */
  readonly attempts: number
  /** Delay before the second attempt; doubled for each later one. */
  readonly baseDelayMs: number
  /** Upper bound for one delay, including a server's Retry-After. */
  readonly maxDelayMs: number
  /** Fraction of each delay randomised (0 to 1), so that many clients do not retry in step. */
  readonly jitter: number
}

/** What the caller's classifier says about a failure. */
export type RetryDecision =
  | { readonly retry: false }
  | { readonly retry: true; readonly afterMs?: number; readonly reason: string }

/** The delay before attempt `attempt` (1-based count of failures so far). */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random
): number {
  const exp = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1)
  const capped = Math.min(exp, policy.maxDelayMs)
  const spread = capped * policy.jitter
  return Math.max(0, Math.round(capped - spread + random() * 2 * spread))
}

/**
 * Runs `op` until it succeeds, the classifier says a failure is permanent, or attempts run out.
 * The last error is rethrown unchanged. A Retry-After hint replaces the back-off delay, capped.
 */
export async function withRetry<T>(
  op: (attempt: number) => Promise<T>,
  classify: (err: unknown) => RetryDecision,
  policy: RetryPolicy,
  clock: Clock,
  signal?: AbortSignal,
  onRetry?: (err: unknown, delayMs: number, attempt: number) => void
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op(attempt)
    } catch (err) {
      if (isAbortError(err) && signal?.aborted) throw err
      const decision = classify(err)
      if (!decision.retry || attempt >= policy.attempts) throw err
      const delay = Math.min(decision.afterMs ?? backoffDelay(policy, attempt), policy.maxDelayMs)
      onRetry?.(err, delay, attempt)
      await clock.sleep(delay, signal)
    }
  }
}

/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
