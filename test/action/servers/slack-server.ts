import { type RecordedRequest, RecordingServer, type ScriptedResponse } from './recording-server'

/**
 * A recording Slack on loopback: incoming webhooks under /services/... (answer `ok`) and the Web
 * API's chat.postMessage under /api (answers `{ok: true, ts}` for a bearer token, `invalid_auth`
 * otherwise). Script 429/500/4xx answers with `script`.
 */
export class SlackServer extends RecordingServer {
  constructor() {
    super((req) => route(req))
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
}

function route(req: RecordedRequest): ScriptedResponse {
  if (req.method === 'POST' && req.path.startsWith('/services/')) return { status: 200, body: 'ok' }
  if (req.method === 'POST' && req.path === '/api/chat.postMessage') {
    if (!String(req.headers.authorization ?? '').startsWith('Bearer xox')) {
      return { status: 200, body: { ok: false, error: 'invalid_auth' } }
    }
    const channel = (req.body as { channel?: string }).channel ?? ''
    return { status: 200, body: { ok: true, channel, ts: '1764158400.000100' } }
  }
  return { status: 404, body: 'no_service' }
}
