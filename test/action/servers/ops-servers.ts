import { type RecordedRequest, RecordingServer, type ScriptedResponse } from './recording-server'

/** A silence as Alertmanager keeps it (api/v2 gettableSilence, the fields that matter here). */
export interface FakeSilence {
  id: string
  matchers: { name: string; value: string; isRegex: boolean; isEqual?: boolean }[]
  startsAt: string
  endsAt: string
  createdBy: string
  comment: string
  status: { state: 'active' | 'expired' }
}

/**
 * Alertmanager's v2 silence API on loopback, as its OpenAPI spec has it: POST /api/v2/silences
 * validates a postableSilence (matchers, startsAt, endsAt, createdBy, comment) and answers
 * `{silenceID}`; DELETE /api/v2/silence/{silenceID} expires it (404 when unknown); GET
 * /api/v2/silences lists them.
 */
export class AlertmanagerServer extends RecordingServer {
  readonly silences = new Map<string, FakeSilence>()
  private next = 1

  constructor() {
    super((req) => this.route(req))
  }

  private route(req: RecordedRequest): ScriptedResponse {
    if (req.method === 'POST' && req.path === '/api/v2/silences') return this.create(req)
    if (req.method === 'GET' && req.path === '/api/v2/silences')
      return { status: 200, body: [...this.silences.values()] }
    const one = /^\/api\/v2\/silence\/([^/]+)$/.exec(req.path)
    if (req.method === 'DELETE' && one?.[1]) {
      const silence = this.silences.get(decodeURIComponent(one[1]))
      if (!silence) return { status: 404, body: 'silence not found' }
      silence.status.state = 'expired'
      return { status: 200, body: '' }
    }
    return { status: 404, body: 'not found' }
  }

  private create(req: RecordedRequest): ScriptedResponse {
    const b = req.body as Partial<FakeSilence>
    const valid =
      Array.isArray(b.matchers) &&
      b.matchers.length > 0 &&
      b.matchers.every(
        (m) =>
          typeof m.name === 'string' &&
          typeof m.value === 'string' &&
          typeof m.isRegex === 'boolean'
      ) &&
      typeof b.startsAt === 'string' &&
      typeof b.endsAt === 'string' &&
      Date.parse(b.endsAt) > Date.parse(b.startsAt) &&
      typeof b.createdBy === 'string' &&
      b.createdBy !== '' &&
      typeof b.comment === 'string' &&
      b.comment !== ''
    if (!valid) return { status: 400, body: 'silence invalid' }
    const id = `silence-${this.next++}`
    this.silences.set(id, { ...(b as FakeSilence), id, status: { state: 'active' } })
    return { status: 200, body: { silenceID: id } }
  }
}

/** An annotation as Grafana keeps it. */
export interface FakeAnnotation {
  id: number
  dashboardUID?: string
  time: number
  timeEnd?: number
  tags: string[]
  text: string
}

/**
 * Grafana's annotations HTTP API on loopback: POST /api/annotations with a Bearer token (401
 * without), `text` required, answering `{message: 'Annotation added', id}`.
 */
export class GrafanaServer extends RecordingServer {
  readonly annotations: FakeAnnotation[] = []

  constructor() {
    super((req) => this.route(req))
  }

  private route(req: RecordedRequest): ScriptedResponse {
    if (!String(req.headers.authorization ?? '').startsWith('Bearer '))
      return { status: 401, body: { message: 'Unauthorized' } }
    if (req.method !== 'POST' || req.path !== '/api/annotations')
      return { status: 404, body: { message: 'Not found' } }
    const b = req.body as Partial<FakeAnnotation>
    if (typeof b.text !== 'string' || b.text === '' || typeof b.time !== 'number')
      return { status: 400, body: { message: 'Failed to save annotation' } }
    const id = this.annotations.length + 1
    this.annotations.push({ ...(b as FakeAnnotation), id })
    return { status: 200, body: { message: 'Annotation added', id } }
  }
}
