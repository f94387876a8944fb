/**
 * Posts a message to Slack: an incoming webhook (success is HTTP 200) or `chat.postMessage`
 * (HTTP 200 with `ok: true`; errors arrive as `ok: false`). 429 waits for Retry-After (capped) and
 * 5xx or network failures back off, through util/retry; any other 4xx is a configuration error
 * and is not retried. Errors never contain the webhook URL or the token.
 */
import type { Clock } from '../../../util/clock'
import { BackendError, socketErrorCode } from '../../../util/errors'
import type { Log } from '../../../util/log'
import {
  parseRetryAfter,
  type RetryDecision,
  type RetryPolicy,
  withRetry
} from '../../../util/retry'
import { maskStrings, type SecretMask } from '../../../util/secret-mask'
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

/**
 * Slack message metadata (docs.slack.dev, "Message metadata"): machine-readable facts attached to
 * a bot's message, returned by conversations.history with `include_all_metadata`. The gate uses
 * it to find its own last message about the same check.
 */
export interface SlackMetadata {
  readonly event_type: string
  readonly event_payload: Readonly<Record<string, string>>
}

export interface PostOptions {
  /** Reply in this message's thread instead of starting a new one (bot tokens only). */
  readonly threadTs?: string
  readonly metadata?: SlackMetadata
}

/** Where a bot message landed; empty for a webhook, which answers only `ok`. */
export interface PostedMessage {
  readonly ts?: string
  readonly channel?: string
}

export async function postSlackMessage(
  destination: SlackDestination,
  message: SlackMessage,
  deps: SlackTransportDeps,
  options: PostOptions = {}
): Promise<PostedMessage> {
  const target =
    destination.kind === 'webhook' ? 'incoming webhook' : `channel ${destination.channel}`
  try {
    return await withRetry(
      () => attempt(destination, message, deps, options),
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
  deps: SlackTransportDeps,
  options: PostOptions
): Promise<PostedMessage> {
  const bot = destination.kind === 'bot'
  const message = deps.secrets ? maskStrings(unmasked, deps.secrets) : unmasked
  const url = bot ? `${destination.apiUrl}/chat.postMessage` : destination.url
  const body = bot
    ? {
        channel: destination.channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        ...(options.threadTs && { thread_ts: options.threadTs }),
        ...(options.metadata && { metadata: options.metadata })
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
  if (!bot) return {}
  const posted = checkOk('chat.postMessage', text)
  const ts = stringField(posted, 'ts')
  const channel = stringField(posted, 'channel')
  return { ...(ts && { ts }), ...(channel && { channel }) }
}

/** A bot message as conversations.history returns it, with the gate's metadata when it has any. */
export interface HistoryMessage {
  readonly ts: string
  readonly metadata?: SlackMetadata
}

/**
 * The channel's latest messages, newest first, with their metadata (conversations.history, one
 * page of `limit`). Needs the bot's `channels:history` (or `groups:history`) scope and a channel
 * ID; one attempt, no retry: a lookup that fails only means a new message instead of a reply.
 */
export async function channelHistory(
  destination: Extract<SlackDestination, { kind: 'bot' }>,
  limit: number,
  deps: SlackTransportDeps
): Promise<readonly HistoryMessage[]> {
  const query = new URLSearchParams({
    channel: destination.channel,
    limit: String(limit),
    include_all_metadata: 'true'
  })
  const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(deps.signal ? [deps.signal] : [])]
  let response: Response
  try {
    response = await deps.fetch(`${destination.apiUrl}/conversations.history?${query.toString()}`, {
      headers: { authorization: `Bearer ${destination.token}` },
      signal: AbortSignal.any(signals)
    })
  } catch (err) {
    throw new BackendError(
      'slack',
      'read history of',
      `channel ${destination.channel}`,
      `network error (${networkCode(err)})`
    )
  }
  const text = await response.text()
  let parsed: unknown
  try {
    if (response.status !== 200)
      throw new SlackHttpError(`HTTP ${response.status}`, response.status, undefined)
    parsed = checkOk('conversations.history', text)
  } catch (err) {
    throw new BackendError(
      'slack',
      'read history of',
      `channel ${destination.channel}`,
      describe(err),
      response.status
    )
  }
  const messages =
    typeof parsed === 'object' &&
    parsed !== null &&
    'messages' in parsed &&
    Array.isArray(parsed.messages)
      ? (parsed.messages as unknown[])
      : []
  return messages.flatMap((m): HistoryMessage[] => {
    const ts = stringField(m, 'ts')
    if (!ts) return []
    const metadata = readMetadata(
      typeof m === 'object' && m !== null && 'metadata' in m ? m.metadata : undefined
    )
    return [{ ts, ...(metadata && { metadata }) }]
  })
}

function readMetadata(value: unknown): SlackMetadata | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const type = stringField(value, 'event_type')
  const payload = 'event_payload' in value ? value.event_payload : undefined
  if (!type || typeof payload !== 'object' || payload === null) return undefined
  const strings = Object.entries(payload).filter(
    (e): e is [string, string] => typeof e[1] === 'string'
  )
  return { event_type: type, event_payload: Object.fromEntries(strings) }
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined
  const field: unknown = (value as Record<string, unknown>)[key]
  return typeof field === 'string' && field !== '' ? field : undefined
}

/** The Web API answers 200 even for errors; `ok` says which. Returns the parsed body. */
function checkOk(method: string, text: string): unknown {
  let ok = false
  let error = 'response was not JSON'
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) {
      ok = parsed.ok === true
      error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown error'
    }
  } catch {
    // keep the default message
  }
  if (!ok) throw new SlackHttpError(`${method}: ${error.slice(0, 100)}`, 200, undefined)
  return parsed
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
