import { type RecordedRequest, RecordingServer, type ScriptedResponse } from './recording-server'

/** A message the fake Slack keeps for conversations.history (top-level messages only). */
interface StoredMessage {
  readonly channel: string
  readonly ts: string
  readonly text: string
  readonly metadata?: unknown
}

/**
 * A recording Slack on loopback: incoming webhooks under /services/... (answer `ok`) and the Web
 * API under /api: chat.postMessage (answers `{ok: true, channel, ts}` for a bearer token,
 * `invalid_auth` otherwise; a `thread_ts` makes it a reply) and conversations.history (the
 * channel's top-level messages, newest first, with metadata only when `include_all_metadata`
 * is set, as Slack documents). Script 429/500/4xx or `ok: false` answers with `script`.
 */
export class SlackServer extends RecordingServer {
  private readonly stored: StoredMessage[] = []
  private nextTs = 1764158400

  constructor() {
    super((req) => this.route(req))
  }

  get webhookUrl(): string {
    return `${this.url}/services/T000/B000/secretpart`
  }

  get apiUrl(): string {
    return `${this.url}/api`
  }

  /** Message bodies posted, in order. */
  get messages(): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.body as Record<string, unknown>)
  }

  private route(req: RecordedRequest): ScriptedResponse {
    if (req.method === 'POST' && req.path.startsWith('/services/'))
      return { status: 200, body: 'ok' }
    if (!req.path.startsWith('/api/')) return { status: 404, body: 'no_service' }
    if (!String(req.headers.authorization ?? '').startsWith('Bearer xox')) {
      return { status: 200, body: { ok: false, error: 'invalid_auth' } }
    }
    if (req.method === 'POST' && req.path === '/api/chat.postMessage') return this.post(req)
    if (req.method === 'GET' && req.path === '/api/conversations.history') return this.history(req)
    return { status: 404, body: 'unknown_method' }
  }

  private post(req: RecordedRequest): ScriptedResponse {
    const body = req.body as {
      channel?: string
      text?: string
      thread_ts?: string
      metadata?: unknown
    }
    const channel = body.channel ?? ''
    const ts = `${this.nextTs++}.000100`
    // Replies live in their thread; conversations.history lists top-level messages only.
    if (!body.thread_ts)
      this.stored.push({
        channel,
        ts,
        text: body.text ?? '',
        ...(body.metadata !== undefined && { metadata: body.metadata })
      })
    return { status: 200, body: { ok: true, channel, ts } }
  }

  private history(req: RecordedRequest): ScriptedResponse {
    const channel = req.query.channel ?? ''
    if (!channel) return { status: 200, body: { ok: false, error: 'channel_not_found' } }
    const limit = Number(req.query.limit ?? 100)
    const withMetadata = req.query.include_all_metadata === 'true'
    const messages = this.stored
      .filter((m) => m.channel === channel)
      .reverse()
      .slice(0, limit)
      .map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        ...(withMetadata && m.metadata !== undefined && { metadata: m.metadata })
      }))
    return { status: 200, body: { ok: true, messages, has_more: false } }
  }
}
