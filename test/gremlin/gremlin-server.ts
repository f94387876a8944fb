/**
 * A local Gremlin-compatible API (GREMLIN_API_URL) for the calls the backend makes, in the shapes
 * of Gremlin's API reference and gremlin-python: `POST /attacks/new?teamId=` answers the new
 * attack's guid as text/plain; `GET /attacks/{guid}` the attack with `stage`, `stageLifecycle`
 * (NotStarted, Active, Complete), `targets`, `startTime`, `endTime`; `DELETE /attacks/{guid}`
 * halts; scenario runs carry `stage_info.stage` and are halted by
 * `POST /scenarios/halt/{id}/runs/{n}`. Every call needs `Authorization: Key <key>` (401 without
 * it) and the team the key belongs to (403 for another). Each attack and run walks a scripted
 * stage sequence, one step per read; `failNext` answers the next calls with 429 (Retry-After),
 * 5xx or anything else first. Requests are recorded for assertions.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Json = Record<string, unknown>

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly teamId: string | null
  readonly body: unknown
  readonly authorization: string
}

/** A response to give before the real one: status, optional Retry-After, optional body. */
export interface Failure {
  readonly status: number
  readonly retryAfter?: string
  readonly body?: string
}

interface Walker {
  readonly script: readonly string[]
  step: number
  halted: boolean
}

interface Attack extends Walker {
  readonly guid: string
  readonly body: Json
  readonly createdAt: string
}

interface Run extends Walker {
  readonly scenario: string
  readonly number: number
  readonly hypothesis: string
}

/** Stages after which an attack or run no longer changes. */
const FINAL = new Set([
  'Successful',
  'Failed',
  'Halted',
  'InitializationFailed',
  'TargetNotFound',
  'LostCommunication',
  'ClientAborted',
  'UserHalted'
])

/** Stages in which an attack has not ended; any other stage reports `stageLifecycle: Complete`. */
const UNDER_WAY = new Set([
  'Pending',
  'Distributed',
  'Initializing',
  'Running',
  'HaltRequested',
  'HaltDistributed',
  'TearingDown'
])

export class GremlinServer {
  readonly requests: RecordedRequest[] = []
  apiKey = 'gremlin-test-key-0123456789'
  teamId = 'c46c15ac-2277-4c29-9c32-73010eb72177'
  /** The stages each new attack walks, one per read; the last one stays. */
  attackScript: string[] = ['Pending', 'Distributed', 'Running', 'Successful']
  /** The stages each new scenario run walks. */
  runScript: string[] = ['NotStarted', 'Active', 'Successful']
  /** Targets a running attack reports. */
  targets: string[] = ['host-1']
  /** Scenarios that exist. */
  readonly scenarios = new Set<string>(['522ceaff-995f-43f4-acea-ff995f03f44e'])
  /** Answered before the real response, one per request, in order. */
  failNext: Failure[] = []
  /** Called with each stage an attack or run shows. */
  onStage: (stage: string) => void = () => undefined
  private readonly attacks = new Map<string, Attack>()
  private readonly runs: Run[] = []
  private readonly server = http.createServer((req, res) => void this.handle(req, res))

  static async start(): Promise<GremlinServer> {
    const s = new GremlinServer()
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve))
    return s
  }

  /** The API base, as GREMLIN_API_URL takes it. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
  }

  /** Each attack's current stage, by guid. */
  attackStages(): Record<string, string> {
    return Object.fromEntries([...this.attacks].map(([g, a]) => [g, this.stage(a)]))
  }

  /** Each scenario run's current stage, by `scenario/number`. */
  runStages(): Record<string, string> {
    return Object.fromEntries(this.runs.map((r) => [`${r.scenario}/${r.number}`, this.stage(r)]))
  }

  /** The attack bodies as created. */
  attackBodies(): Json[] {
    return [...this.attacks.values()].map((a) => a.body)
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://x')
    const method = req.method ?? 'GET'
    const authorization = req.headers.authorization ?? ''
    this.requests.push({
      method,
      path: url.pathname,
      teamId: url.searchParams.get('teamId'),
      body: raw === '' ? undefined : safeJson(raw),
      authorization
    })
    const failure = this.failNext.shift()
    if (failure) {
      res.writeHead(failure.status, {
        'content-type': 'application/json',
        ...(failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter })
      })
      res.end(failure.body ?? JSON.stringify({ message: http.STATUS_CODES[failure.status] }))
      return
    }
    if (authorization !== `Key ${this.apiKey}`)
      return json(res, 401, { message: 'Unauthorized: invalid or expired API key' })
    if (url.searchParams.get('teamId') !== this.teamId)
      return json(res, 403, { message: 'Forbidden: not a member of this team' })
    this.route(method, url.pathname.replace(/^\/v1/, ''), raw, res)
  }

  private route(method: string, path: string, raw: string, res: http.ServerResponse): void {
    let m: RegExpExecArray | null
    if (method === 'POST' && path === '/attacks/new') {
      const body = safeJson(raw) as Json
      const command = body.command as Json | undefined
      if (
        !command ||
        typeof command.type !== 'string' ||
        !Array.isArray(command.args) ||
        !body.target
      )
        return json(res, 400, { message: 'command.type, command.args and target are required' })
      const guid = randomUUID()
      this.attacks.set(guid, {
        guid,
        body,
        createdAt: new Date().toISOString(),
        script: this.attackScript,
        step: 0,
        halted: false
      })
      res.writeHead(201, { 'content-type': 'text/plain' })
      res.end(guid)
      return
    }
    if (method === 'GET' && path === '/attacks/active')
      return json(
        res,
        200,
        [...this.attacks.values()].filter((a) => !FINAL.has(this.stage(a))).map((a) => this.view(a))
      )
    if ((m = /^\/attacks\/([^/]+)$/.exec(path))) {
      const attack = this.attacks.get(decodeURIComponent(m[1] ?? ''))
      if (!attack) return json(res, 404, { message: 'attack not found' })
      if (method === 'DELETE') {
        if (!FINAL.has(this.stage(attack))) attack.halted = true
        this.onStage(this.stage(attack))
        res.writeHead(202)
        res.end()
        return
      }
      const view = this.view(attack)
      if (!FINAL.has(this.stage(attack))) attack.step++
      return json(res, 200, view)
    }
    if ((m = /^\/scenarios\/halt\/([^/]+)\/runs\/(\d+)$/.exec(path)) && method === 'POST') {
      const run = this.runs.find((r) => r.scenario === m?.[1] && String(r.number) === m[2])
      if (!run) return json(res, 404, { message: 'scenario run not found' })
      if (!FINAL.has(this.stage(run))) run.halted = true
      this.onStage(this.stage(run))
      return json(res, 200, { message: 'halt requested' })
    }
    if ((m = /^\/scenarios\/([^/]+)\/runs$/.exec(path))) {
      const id = m[1] ?? ''
      if (!this.scenarios.has(id)) return json(res, 404, { message: 'scenario not found' })
      if (method === 'GET')
        return json(
          res,
          200,
          this.runs.filter((r) => r.scenario === id).map((r) => this.runView(r))
        )
      const body = (safeJson(raw) ?? {}) as Json
      const run: Run = {
        scenario: id,
        number: this.runs.filter((r) => r.scenario === id).length + 1,
        hypothesis: typeof body.hypothesis === 'string' ? body.hypothesis : '',
        script: this.runScript,
        step: 0,
        halted: false
      }
      this.runs.push(run)
      res.writeHead(201, { 'content-type': 'text/plain' })
      res.end(String(run.number))
      return
    }
    if ((m = /^\/scenarios\/([^/]+)\/runs\/(\d+)$/.exec(path)) && method === 'GET') {
      const run = this.runs.find((r) => r.scenario === m?.[1] && String(r.number) === m[2])
      if (!run) return json(res, 404, { message: 'scenario run not found' })
      const view = this.runView(run)
      if (!FINAL.has(this.stage(run))) run.step++
      return json(res, 200, view)
    }
    if ((m = /^\/scenarios\/([^/]+)$/.exec(path)) && method === 'GET') {
      const id = m[1] ?? ''
      return this.scenarios.has(id)
        ? json(res, 200, { guid: id, name: 'scenario', state: 'PUBLISHED' })
        : json(res, 404, { message: 'scenario not found' })
    }
    json(res, 404, { message: `no route ${method} ${path}` })
  }

  private stage(w: Walker): string {
    if (w.halted) return 'Halted'
    return w.script[Math.min(w.step, w.script.length - 1)] ?? 'Pending'
  }

  private view(a: Attack): Json {
    const stage = this.stage(a)
    this.onStage(stage)
    const complete = !UNDER_WAY.has(stage)
    const started = stage !== 'Pending' && stage !== 'Distributed'
    return {
      guid: a.guid,
      stage,
      stageLifecycle: complete ? 'Complete' : started ? 'Active' : 'NotStarted',
      createSource: 'Api',
      args: (a.body.command as Json).args,
      commandTemplate: a.body.command,
      targetTemplate: a.body.target,
      targets: started ? this.targets : [],
      createdAt: a.createdAt,
      startTime: started ? a.createdAt : null,
      endTime: complete ? new Date().toISOString() : null,
      output: stage === 'Failed' ? 'impact failed on host-1' : null
    }
  }

  private runView(r: Run): Json {
    const stage = this.stage(r)
    this.onStage(stage)
    return {
      scenario_id: r.scenario,
      run_number: r.number,
      hypothesis: r.hypothesis,
      stage_info: {
        stage,
        stageMetadata: stage === 'Failed' ? { failedReason: 'status check failed' } : {}
      }
    }
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
