/**
 * A small typed client for Gremlin's REST API (api.gremlin.com/v1, as its API reference and
 * gremlin-python call it), over fetch. There is no maintained Node client; the gate needs eight
 * calls, each response checked at the edge with the schema library it already uses.
 *
 * Every call names the team (`?teamId=`), authenticates with `Authorization: Key <api key>`, and
 * is bounded: 429 waits as long as Retry-After says, 5xx and dropped connections are retried with
 * a doubling back-off, all within the caller's deadline. 401 and 403 are not retried: they say
 * which setting to fix.
 */
import { z } from 'zod'

import { abortReason, type Clock, isAbortError } from '../../util/clock'
import { BackendError, errorMessage, truncate } from '../../util/errors'
import { jsonOrText, unexpectedResponse } from '../../util/response-body'
import { parseRetryAfter } from '../../util/retry'

/** Gremlin's public API. */
export const GREMLIN_API_URL = 'https://api.gremlin.com/v1'

/** How long one request may take. */
const REQUEST_TIMEOUT_MS = 15_000
/** Attempts per call (the first and its retries). */
const MAX_ATTEMPTS = 4
const FIRST_BACKOFF_MS = 500
/** The longest Retry-After honoured; a longer one fails the call with the wait named. */
const MAX_RETRY_AFTER_MS = 60_000

/** An attack as `GET /attacks/{guid}` and `GET /attacks/active` return it (fields the gate reads). */
const attackSchema = z.looseObject({
  guid: z.string(),
  stage: z.string(),
  stageLifecycle: z.string().optional(),
  startTime: z.string().nullish(),
  endTime: z.string().nullish(),
  targets: z.array(z.unknown()).nullish(),
  output: z.string().nullish()
})

export type GremlinAttack = z.output<typeof attackSchema>

/** A scenario run as `GET /scenarios/{id}/runs[/{run}]` return it. */
const scenarioRunSchema = z.looseObject({
  scenario_id: z.string().optional(),
  run_number: z.union([z.number(), z.string()]).optional(),
  hypothesis: z.string().nullish(),
  stage_info: z.looseObject({
    stage: z.string(),
    stageMetadata: z.record(z.string(), z.unknown()).nullish()
  })
})

export type GremlinScenarioRun = z.output<typeof scenarioRunSchema>

/** Where and as whom the client calls. */
export interface GremlinConnection {
  /** The API base, without a trailing slash (GREMLIN_API_URL in the environment overrides it). */
  readonly apiUrl: string
  readonly teamId: string
  readonly apiKey: string
}

/** The attack body of `POST /attacks/new`. */
export interface AttackRequest {
  readonly command: { readonly type: string; readonly args: readonly string[] }
  readonly target: Readonly<Record<string, unknown>>
  readonly includeNewTargets: boolean
}

export class GremlinApi {
  constructor(
    private readonly conn: GremlinConnection,
    private readonly clock: Clock,
    private readonly signal: AbortSignal,
    /** Epoch ms after which no retry starts. */
    private readonly deadline: number
  ) {}

  /** Creates the attack; its guid. */
  async createAttack(body: AttackRequest): Promise<string> {
    // A 500 may come after the attack exists, so only answers that say nothing was done retry.
    const { text } = await this.call('POST', '/attacks/new', 'create an attack in', [200, 201], {
      body,
      retry: [429, 502, 503, 504]
    })
    return this.id(text, 'create an attack in')
  }

  /** The attack, or undefined when Gremlin has none with that guid. */
  async attack(guid: string): Promise<GremlinAttack | undefined> {
    const { status, json } = await this.call(
      'GET',
      `/attacks/${encodeURIComponent(guid)}`,
      'read attack',
      [200, 404]
    )
    return status === 404 ? undefined : this.parse(attackSchema, json, `read attack ${guid}`)
  }

  /** The team's attacks still running. */
  async activeAttacks(): Promise<readonly GremlinAttack[]> {
    const { json } = await this.call('GET', '/attacks/active', 'list the active attacks of', [200])
    return this.parse(z.array(attackSchema), json, 'list active attacks')
  }

  /** Halts the attack; `gone` when Gremlin has no such attack (already removed). */
  async haltAttack(guid: string): Promise<'halted' | 'gone'> {
    const { status } = await this.call(
      'DELETE',
      `/attacks/${encodeURIComponent(guid)}`,
      'halt attack',
      [200, 202, 204, 404]
    )
    return status === 404 ? 'gone' : 'halted'
  }

  /** Whether the scenario exists in the team. */
  async scenarioExists(id: string): Promise<boolean> {
    const { status } = await this.call(
      'GET',
      `/scenarios/${encodeURIComponent(id)}`,
      'read scenario',
      [200, 404]
    )
    return status === 200
  }

  /** Runs the scenario; the run number. */
  async runScenario(id: string, hypothesis: string): Promise<string> {
    const { text } = await this.call(
      'POST',
      `/scenarios/${encodeURIComponent(id)}/runs`,
      'run scenario',
      [200, 201],
      { body: { hypothesis }, retry: [429, 502, 503, 504] }
    )
    return this.id(text, `run scenario ${id} in`)
  }

  /** One run of a scenario, or undefined when there is none. */
  async scenarioRun(id: string, run: string): Promise<GremlinScenarioRun | undefined> {
    const { status, json } = await this.call(
      'GET',
      `/scenarios/${encodeURIComponent(id)}/runs/${encodeURIComponent(run)}`,
      'read scenario run',
      [200, 404]
    )
    return status === 404
      ? undefined
      : this.parse(scenarioRunSchema, json, `read run ${run} of scenario ${id}`)
  }

  /** The runs of a scenario. */
  async scenarioRuns(id: string): Promise<readonly GremlinScenarioRun[]> {
    const { status, json } = await this.call(
      'GET',
      `/scenarios/${encodeURIComponent(id)}/runs`,
      'list the runs of scenario',
      [200, 404]
    )
    return status === 404 ? [] : this.parse(z.array(scenarioRunSchema), json, `list runs of ${id}`)
  }

  /** Halts a scenario run; `gone` when there is no such run. */
  async haltScenarioRun(id: string, run: string): Promise<'halted' | 'gone'> {
    const { status } = await this.call(
      'POST',
      `/scenarios/halt/${encodeURIComponent(id)}/runs/${encodeURIComponent(run)}`,
      'halt scenario run',
      [200, 202, 204, 404]
    )
    return status === 404 ? 'gone' : 'halted'
  }

  private async call(
    method: string,
    path: string,
    op: string,
    expected: readonly number[],
    opts: { readonly body?: unknown; readonly retry?: readonly number[] } = {}
  ): Promise<{ status: number; text: string; json: unknown }> {
    const url = `${this.conn.apiUrl}${path}?teamId=${encodeURIComponent(this.conn.teamId)}`
    const where = `${this.conn.apiUrl}${path}`
    let backoff = FIRST_BACKOFF_MS
    for (let attempt = 1; ; attempt++) {
      let res: Response
      try {
        res = await fetch(url, {
          method,
          signal: AbortSignal.any([this.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
          headers: {
            authorization: authorization(this.conn.apiKey),
            accept: 'application/json, text/plain',
            ...(opts.body === undefined ? {} : { 'content-type': 'application/json' })
          },
          ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) })
        })
      } catch (err) {
        if (this.signal.aborted) throw abortReason(this.signal)
        // No answer: nothing was done, so every call may try again.
        if (attempt < MAX_ATTEMPTS && (await this.wait(backoff))) {
          backoff *= 2
          continue
        }
        throw this.error(op, where, `no answer (${errorMessage(err)})`, undefined, err)
      }
      const text = await res.text()
      if (expected.includes(res.status)) return { status: res.status, text, json: jsonOrText(text) }
      if (res.status === 401 || res.status === 403) throw this.denied(op, where, res.status, text)
      const retryable = opts.retry ?? [429, 500, 502, 503, 504]
      if (attempt < MAX_ATTEMPTS && retryable.includes(res.status)) {
        const after =
          res.status === 429
            ? parseRetryAfter(res.headers.get('retry-after') ?? undefined, this.clock.now())
            : undefined
        if (after !== undefined && after > MAX_RETRY_AFTER_MS)
          throw this.error(
            op,
            where,
            `429 rate limited; Gremlin asks to wait ${Math.round(after / 1000)}s, longer than the gate waits`,
            429
          )
        if (await this.wait(after ?? backoff)) {
          backoff *= 2
          continue
        }
      }
      throw this.error(op, where, `${res.status} ${serverMessage(text)}`, res.status)
    }
  }

  /** Sleeps `ms` on the injected clock; false when that would pass the deadline. */
  private async wait(ms: number): Promise<boolean> {
    if (this.clock.now() + ms > this.deadline) return false
    try {
      await this.clock.sleep(ms, this.signal)
      return true
    } catch (err) {
      if (isAbortError(err)) throw abortReason(this.signal)
      throw err
    }
  }

  private denied(op: string, where: string, status: number, text: string): BackendError {
    const said = serverMessage(text)
    const fix =
      status === 401
        ? 'Gremlin did not accept the API key: set gremlin-api-key (GREMLIN_API_KEY) to a current team API key (Gremlin: Team Settings → API Keys)'
        : `the API key may not do this in team ${this.conn.teamId}: set gremlin-team-id (GREMLIN_TEAM_ID) to the team the key belongs to, and give the key's user a role that can run attacks (Team User or Team Admin)`
    return this.error(op, where, `${status}${said === '' ? '' : ` ${said}`}; ${fix}`, status)
  }

  private id(text: string, op: string): string {
    const value = text.trim().replace(/^"|"$/g, '')
    if (!/^[A-Za-z0-9-]+$/.test(value))
      throw this.error(op, this.conn.apiUrl, `unexpected response: '${truncate(text, 80)}'`)
    return value
  }

  private parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body)
    if (parsed.success) return parsed.data
    throw this.error(what, this.conn.apiUrl, unexpectedResponse(parsed.error))
  }

  private error(
    op: string,
    target: string,
    message: string,
    status?: number,
    cause?: unknown
  ): BackendError {
    return new BackendError('gremlin', op, target, message, status, { cause })
  }
}

/** `Key <key>`, unless the value already names its scheme (a `Bearer` token works as well). */
export function authorization(apiKey: string): string {
  return /^(Key|Bearer)\s/i.test(apiKey) ? apiKey : `Key ${apiKey}`
}

/** Gremlin's errors are JSON with a `message`, or plain text; either is echoed, cut short. */
function serverMessage(text: string): string {
  const parsed = z.looseObject({ message: z.string() }).safeParse(jsonOrText(text))
  return parsed.success ? parsed.data.message : truncate(text.trim())
}
