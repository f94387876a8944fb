/**
 * A local Datadog metrics API on loopback, following the documented shapes of `GET /api/v1/query`:
 * `{status: 'ok', series: [{scope, pointlist: [[ms, value|null], …]}]}`, 400 with `{errors: […]}`,
 * 403 for a wrong key, and 429 with the X-RateLimit-* headers. The test decides each answer.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface DatadogRequest {
  readonly query: string
  readonly from: number
  readonly to: number
  readonly apiKey: string | undefined
  readonly appKey: string | undefined
}

export type DatadogAnswer =
  | {
      readonly kind: 'series'
      readonly series: readonly { scope: string; points: readonly (number | null)[] }[]
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
      const url = new URL(req.url ?? '/', 'http://localhost')
      const request: DatadogRequest = {
        query: url.searchParams.get('query') ?? '',
        from: Number(url.searchParams.get('from')),
        to: Number(url.searchParams.get('to')),
        apiKey: header(req, 'dd-api-key'),
        appKey: header(req, 'dd-application-key')
      }
      const dd = holder.dd
      if (!dd || url.pathname !== '/api/v1/query') return void res.writeHead(404).end()
      dd.requests.push(request)
      if (request.apiKey !== keys.apiKey || request.appKey !== keys.appKey)
        return json(res, 403, { errors: ['Forbidden'] })
      const answer = dd.answer(request)
      if (answer.kind === 'html')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>')
      if (answer.kind === 'status') return json(res, answer.status, answer.body, answer.headers)
      json(res, 200, {
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
