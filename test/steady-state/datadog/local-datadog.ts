/**
 * A local Datadog metrics API on loopback, following the documented shapes of `GET /api/v1/query`:
 * `{status: 'ok', series: [{scope, pointlist: [[ms, value|null], …]}]}`, 400 with `{errors: […]}`,
 * 403 for a wrong key, and 429 with the X-RateLimit-* headers; and of the v2 timeseries API,
 * `POST /api/v2/query/timeseries` with `{data: {type: 'timeseries_request', attributes: {from, to,
 * queries, formulas}}}`, answered `{data: {type: 'timeseries_response', attributes: {series:
 * [{group_tags, query_index, unit}], times, values}}, errors?}`. The test decides each answer.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface DatadogRequest {
  readonly api: 'v1' | 'v2'
  /** v1: the query; v2: the formula. */
  readonly query: string
  /** Seconds for v1, milliseconds for v2, as each API takes them. */
  readonly from: number
  readonly to: number
  /** v2: the named queries. */
  readonly queries?: readonly { name: string; query: string; data_source: string }[]
  /** v2: the content type the request declared. */
  readonly contentType?: string | undefined
  readonly apiKey: string | undefined
  readonly appKey: string | undefined
}

export type DatadogAnswer =
  | {
      readonly kind: 'series'
      readonly series: readonly { scope: string; points: readonly (number | null)[] }[]
      /** v2: the answer's `errors` text, as Datadog sends with partial results. */
      readonly errors?: string
    }
  | {
      readonly kind: 'status'
      readonly status: number
      readonly body: unknown
      readonly headers?: Record<string, string>
    }
  | { readonly kind: 'html' }

export class LocalDatadog {
  readonly requests: DatadogRequest[] = []
  answer: (req: DatadogRequest) => DatadogAnswer = () => ({ kind: 'series', series: [] })

  private constructor(private readonly server: http.Server) {}

  static async start(keys = { apiKey: 'dd-api', appKey: 'dd-app' }): Promise<LocalDatadog> {
    const holder: { dd?: LocalDatadog } = {}
    const server = http.createServer((req, res) => {
      let text = ''
      req.on('data', (c: Buffer) => (text += c.toString()))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://localhost')
        const v2 = req.method === 'POST' && url.pathname === '/api/v2/query/timeseries'
        const dd = holder.dd
        if (!dd || (!v2 && url.pathname !== '/api/v1/query')) return void res.writeHead(404).end()
        const request = v2 ? v2Request(req, text) : v1Request(req, url)
        if (!request) return json(res, 400, { errors: ['malformed timeseries_request'] })
        dd.requests.push(request)
        if (request.apiKey !== keys.apiKey || request.appKey !== keys.appKey)
          return json(res, 403, { errors: ['Forbidden'] })
        const answer = dd.answer(request)
        if (answer.kind === 'html')
          return void res
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<html>Sign in</html>')
        if (answer.kind === 'status') return json(res, answer.status, answer.body, answer.headers)
        json(res, 200, v2 ? v2Body(request, answer) : v1Body(request, answer))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    holder.dd = new LocalDatadog(server)
    return holder.dd
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

function v1Request(req: http.IncomingMessage, url: URL): DatadogRequest {
  return {
    api: 'v1',
    query: url.searchParams.get('query') ?? '',
    from: Number(url.searchParams.get('from')),
    to: Number(url.searchParams.get('to')),
    apiKey: header(req, 'dd-api-key'),
    appKey: header(req, 'dd-application-key')
  }
}

/** The documented request body, or undefined when it is not one (the test then fails on a 400). */
function v2Request(req: http.IncomingMessage, text: string): DatadogRequest | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  const data = (body as { data?: { type?: unknown; attributes?: Record<string, unknown> } }).data
  const a = data?.attributes
  if (data?.type !== 'timeseries_request' || !a) return undefined
  const queries = a['queries'] as { name: string; query: string; data_source: string }[] | undefined
  const formulas = a['formulas'] as { formula: string }[] | undefined
  if (typeof a['from'] !== 'number' || typeof a['to'] !== 'number' || !queries || !formulas)
    return undefined
  return {
    api: 'v2',
    query: formulas.map((f) => f.formula).join('; '),
    from: a['from'],
    to: a['to'],
    queries,
    contentType: header(req, 'content-type'),
    apiKey: header(req, 'dd-api-key'),
    appKey: header(req, 'dd-application-key')
  }
}

function v1Body(
  request: DatadogRequest,
  answer: Extract<DatadogAnswer, { kind: 'series' }>
): unknown {
  return {
    status: 'ok',
    res_type: 'time_series',
    query: request.query,
    from_date: request.from * 1000,
    to_date: request.to * 1000,
    series: answer.series.map((s) => ({
      metric: request.query,
      scope: s.scope,
      tag_set: s.scope === '*' ? [] : s.scope.split(','),
      pointlist: s.points.map((v, i) => [(request.from + i * 10) * 1000, v]),
      length: s.points.length,
      interval: 10,
      aggr: 'avg'
    }))
  }
}

function v2Body(
  request: DatadogRequest,
  answer: Extract<DatadogAnswer, { kind: 'series' }>
): unknown {
  const length = Math.max(0, ...answer.series.map((s) => s.points.length))
  return {
    data: {
      type: 'timeseries_response',
      id: '0',
      attributes: {
        series: answer.series.map((s) => ({
          group_tags: s.scope === '*' ? [] : s.scope.split(','),
          query_index: 0,
          unit: null
        })),
        times: Array.from({ length }, (_, i) => request.from + i * 10_000),
        values: answer.series.map((s) => s.points)
      }
    },
    ...(answer.errors !== undefined && { errors: answer.errors })
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body))
}
