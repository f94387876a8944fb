/**
 * The `datadog` MetricSource: each check is a Datadog metric query, read through the v1 query API
 * (`GET /api/v1/query`), or queries and a formula read through the v2 timeseries API
 * (`POST /api/v2/query/timeseries`, datadog-v2.ts), over the check's window ending at the
 * measurement time. A series' value is
 * its last non-null point (Datadog leaves gaps and may not have filled the newest bucket yet); a
 * series with only null points is NaN, which the evaluator reads as no data. Keys travel only in
 * headers and never appear in a message. Like every source it never judges and never throws for
 * data problems: a refused key, a rate limit or a malformed answer is an error measurement.
 */
import type { CheckSpec, DatadogEndpoint, DatadogFormula } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import type { MeasureContext, MetricSource, RawMeasurement, SeriesSample } from '../model'
import { readWithGuard } from '../read-with-guard'
import { DatadogError, errorsOf } from './datadog-error'
import { timeseriesRequest, timeseriesSeries } from './datadog-v2'

export class DatadogSource implements MetricSource {
  readonly kind = 'datadog' as const

  constructor(
    private readonly endpoint: DatadogEndpoint,
    private readonly deps: { readonly clock: Clock; readonly fetch: typeof fetch }
  ) {}

  /** The API base, for logs: never carries a key. */
  get url(): string {
    return this.endpoint.url ?? `https://api.${this.endpoint.site}`
  }

  now(): Promise<number> {
    return Promise.resolve(this.deps.clock.now())
  }

  async measure(
    check: CheckSpec,
    at: number,
    _ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    return readWithGuard<string | DatadogFormula>(
      at,
      signal,
      { main: check.datadog ?? check.query, guard: check.guard?.query },
      (query) => this.query(query, at - check.windowMs, at, signal),
      (err) =>
        err instanceof DatadogError
          ? err
          : { kind: 'transport', message: `Datadog: ${errorMessage(err)}` }
    )
  }

  /** A plain query goes to v1 unless the endpoint says v2; a formula always goes to v2. */
  private async query(
    query: string | DatadogFormula,
    fromMs: number,
    toMs: number,
    signal: AbortSignal
  ): Promise<SeriesSample[]> {
    if (typeof query === 'string' && this.endpoint.api === 'v1') {
      const params = new URLSearchParams({
        from: String(Math.floor(fromMs / 1000)),
        to: String(Math.ceil(toMs / 1000)),
        query
      })
      return seriesOf(await this.send(`/api/v1/query?${params.toString()}`, undefined, signal))
    }
    const formula = typeof query === 'string' ? { queries: { a: query }, formula: 'a' } : query
    const body = JSON.stringify(timeseriesRequest(formula, fromMs, toMs))
    return timeseriesSeries(await this.send('/api/v2/query/timeseries', body, signal))
  }

  /** One request with both keys; the parsed JSON of a 2xx answer, else a classified error. */
  private async send(
    path: string,
    body: string | undefined,
    signal: AbortSignal
  ): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.endpoint.timeoutMs)
    let res: Response
    try {
      res = await this.deps.fetch(`${this.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          'DD-API-KEY': this.endpoint.apiKey,
          'DD-APPLICATION-KEY': this.endpoint.appKey,
          accept: 'application/json',
          ...(body !== undefined && { 'content-type': 'application/json' })
        },
        ...(body !== undefined && { body }),
        signal: AbortSignal.any([signal, timeout])
      })
    } catch (err) {
      if (!signal.aborted && timeout.aborted)
        throw new DatadogError(
          'timeout',
          `Datadog did not answer within ${this.endpoint.timeoutMs}ms`
        )
      throw err
    }
    const answer: unknown = await res.json().catch(() => undefined)
    if (!res.ok) throw httpError(res, answer)
    return answer
  }
}

function httpError(res: Response, body: unknown): DatadogError {
  const said = errorsOf(body)
  const detail = said ? `: ${said}` : ''
  if (res.status === 401 || res.status === 403)
    return new DatadogError(
      'auth',
      `Datadog refused the API or application key (${res.status})${detail}`
    )
  if (res.status === 429) {
    const reset = res.headers.get('x-ratelimit-reset')
    return new DatadogError(
      'server',
      `Datadog rate limit reached (429)${reset ? `; it resets in ${reset}s` : ''}${detail}`
    )
  }
  if (res.status >= 500)
    return new DatadogError('server', `Datadog answered ${res.status}${detail}`)
  return new DatadogError('query', `Datadog rejected the query (${res.status})${detail}`)
}

/** The series of a v1 query answer; anything else is a `server` error, never an empty result. */
function seriesOf(body: unknown): SeriesSample[] {
  if (typeof body !== 'object' || body === null)
    throw new DatadogError('server', 'Datadog answered something other than JSON')
  const b = body as Record<string, unknown>
  if (b['status'] === 'error' || errorsOf(body))
    throw new DatadogError(
      'query',
      `Datadog rejected the query: ${errorsOf(body) ?? 'no reason given'}`
    )
  if (!Array.isArray(b['series']))
    throw new DatadogError('server', 'Datadog answered without a series list')
  const list: readonly unknown[] = b['series']
  return list.map((s) => {
    const series = typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : {}
    const points: readonly unknown[] = Array.isArray(series['pointlist']) ? series['pointlist'] : []
    const values = points
      .map((p): unknown => (Array.isArray(p) ? (p as readonly unknown[])[1] : undefined))
      .filter((v): v is number => typeof v === 'number')
    const scope = typeof series['scope'] === 'string' ? series['scope'] : ''
    return { labels: { scope }, value: values.at(-1) ?? Number.NaN }
  })
}
