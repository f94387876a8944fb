/**
 * Posts a message to Slack: an incoming webhook (success is HTTP 200) or `chat.postMessage`
 * (HTTP 200 with `ok: true`; errors arrive as `ok: false`). 429 waits for Retry-After (capped) and
 * 5xx or network failures back off, through util/retry; any other 4xx is a configuration error
 * and is not retried. Errors never contain the webhook URL or the token.
 */
import type { Clock } from '../../util/clock'
import { BackendError, socketErrorCode } from '../../util/errors'
import type { Log } from '../../util/log'
import { parseRetryAfter, type RetryDecision, type RetryPolicy, withRetry } from '../../util/retry'
import { maskStrings, type SecretMask } from '../../util/secret-mask'
import type { SlackMessage } from './blocks'
import type { SlackDestination } from './settings'

export interface SlackTransportDeps {
  readonly fetch: typeof fetch
  readonly clock: Clock
  readonly log: Log
  readonly signal?: AbortSignal
  /** Masked out of the message: its text may quote a server that quoted a secret. */
  readonly secrets?: SecretMask
}

/** Three retries, at most 30 s apart (a longer Retry-After is capped). */
export const SLACK_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  jitter: 0.2
}
const REQUEST_TIMEOUT_MS = 10_000

/** A failed attempt, kept apart from BackendError so the classifier can read the status. */
class SlackHttpError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined
  ) {
    super(message)
  }
}

export async function postSlackMessage(
  destination: SlackDestination,
  message: SlackMessage,
  deps: SlackTransportDeps
): Promise<void> {
  const target =
    destination.kind === 'webhook' ? 'incoming webhook' : `channel ${destination.channel}`
  try {
    await withRetry(
      () => attempt(destination, message, deps),
      classify,
      SLACK_RETRY,
      deps.clock,
      deps.signal,
      (err, delay, n) =>
        deps.log.info(`Slack: attempt ${n} failed (${describe(err)}); retrying in ${delay}ms`)
    )
  } catch (err) {
    const status = err instanceof SlackHttpError ? err.status : undefined
    const reason = deps.signal?.aborted ? 'cancelled' : describe(err)
    throw new BackendError('slack', 'post message to', target, reason, status)
  }
}

async function attempt(
  destination: SlackDestination,
  unmasked: SlackMessage,
  deps: SlackTransportDeps
): Promise<void> {
  const bot = destination.kind === 'bot'
  const message = deps.secrets ? maskStrings(unmasked, deps.secrets) : unmasked
  const url = bot ? `${destination.apiUrl}/chat.postMessage` : destination.url
  const body = bot
    ? {
        channel: destination.channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false
      }
    : { text: message.text, blocks: message.blocks }
  const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])]
  let response: Response
  try {
    response = await deps.fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(bot && { authorization: `Bearer ${destination.token}` })
      },
      body: JSON.stringify(body),
      signal: AbortSignal.any(signals)
    })
  } catch (err) {
    if (deps.signal?.aborted) throw err
    // undici's message can carry the URL; keep only the error code.
    throw new SlackHttpError(`network error (${networkCode(err)})`, undefined, undefined)
  }
  const text = (await response.text()).slice(0, 300)
  if (response.status !== 200) {
    const retryAfter = parseRetryAfter(
      response.headers.get('retry-after') ?? undefined,
      deps.clock.now()
    )
    throw new SlackHttpError(
      `HTTP ${response.status} ${text.trim()}`.trim(),
      response.status,
      retryAfter
    )
  }
  if (bot) checkOk(text)
}

/** chat.postMessage answers 200 even for errors; `ok` says which. */
function checkOk(text: string): void {
  let ok = false
  let error = 'response was not JSON'
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) {
      ok = parsed.ok === true
      error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown error'
    }
  } catch {
    // keep the default message
  }
  if (!ok) throw new SlackHttpError(`chat.postMessage: ${error}`, 200, undefined)
}

function classify(err: unknown): RetryDecision {
  if (!(err instanceof SlackHttpError)) return { retry: false }
  if (err.status === undefined) return { retry: true, reason: err.message }
  if (err.status === 429) {
    return {
      retry: true,
      reason: 'rate limited',
      ...(err.retryAfterMs !== undefined && { afterMs: err.retryAfterMs })
    }
  }
  if (err.status >= 500) return { retry: true, reason: err.message }
  return { retry: false }
}

function describe(err: unknown): string {
  if (err instanceof SlackHttpError) return err.message
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return 'cancelled'
  }
  return 'unexpected error'
}

function networkCode(err: unknown): string {
  return (
    socketErrorCode(err) ??
    (err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'fetch failed')
  )
}
