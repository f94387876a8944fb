/**
 * A local CloudWatch-compatible endpoint for the real SDK (`endpoint`), speaking the protocol the
 * pinned @aws-sdk/client-cloudwatch sends: the query protocol, a POST form
 * (`Action=GetMetricData&Version=2010-08-01&MetricDataQueries.member.1.Id=…`) answered with the XML
 * of the API reference (`GetMetricDataResponse/GetMetricDataResult/MetricDataResults/member`,
 * StatusCode, NextToken, Messages) or an `ErrorResponse` (Throttling, InvalidParameterValue,
 * AccessDenied). The test decides each answer; a result may be split across pages with NextToken
 * (PartialData on every page but the last), as CloudWatch does for large answers.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedQuery {
  readonly id: string
  readonly expression?: string
  readonly namespace?: string
  readonly metricName?: string
  readonly dimensions: Readonly<Record<string, string>>
  readonly period?: number
  readonly stat?: string
  readonly returnData: boolean
}

export interface CloudWatchRequest {
  readonly action: string
  readonly version: string
  readonly queries: readonly RecordedQuery[]
  readonly startTime: string
  readonly endTime: string
  readonly scanBy: string | undefined
  readonly nextToken: string | undefined
  readonly authorization: string
  readonly amzDate: string
  readonly securityToken: string | undefined
}

export interface ResultAnswer {
  readonly id: string
  readonly label: string
  /** Newest first, as ScanBy TimestampDescending asks. */
  readonly values: readonly number[]
  readonly status?: 'Complete' | 'PartialData' | 'InternalError' | 'Forbidden'
  readonly messages?: readonly { code: string; value: string }[]
}

export type CloudWatchAnswer =
  | {
      readonly kind: 'results'
      readonly results: readonly ResultAnswer[]
      /** Split each result's values across this many pages (NextToken). */
      readonly pages?: number
      /** Leave NextToken on the last page too: an answer that never completes. */
      readonly endless?: boolean
    }
  | {
      readonly kind: 'error'
      readonly status: number
      readonly code: string
      readonly message: string
    }
  | {
      readonly kind: 'raw'
      readonly status: number
      readonly contentType: string
      readonly body: string
    }

const XMLNS = 'http://monitoring.amazonaws.com/doc/2010-08-01/'

export class LocalCloudWatch {
  readonly requests: CloudWatchRequest[] = []
  answer: (req: CloudWatchRequest) => CloudWatchAnswer = () => ({ kind: 'results', results: [] })

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<LocalCloudWatch> {
    const holder: { cw?: LocalCloudWatch } = {}
    const server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const cw = holder.cw
        if (!cw) return void res.writeHead(503).end()
        const request = parseRequest(req, new URLSearchParams(body))
        cw.requests.push(request)
        if (req.method !== 'POST' || request.action !== 'GetMetricData')
          return xml(res, 400, errorXml('InvalidAction', `unsupported ${request.action}`))
        send(res, request, cw.answer(request))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    holder.cw = new LocalCloudWatch(server)
    return holder.cw
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

function parseRequest(req: http.IncomingMessage, form: URLSearchParams): CloudWatchRequest {
  const queries: RecordedQuery[] = []
  for (let n = 1; form.has(`MetricDataQueries.member.${n}.Id`); n++) {
    const p = (k: string): string | undefined =>
      form.get(`MetricDataQueries.member.${n}.${k}`) ?? undefined
    const dimensions: Record<string, string> = {}
    for (let d = 1; p(`MetricStat.Metric.Dimensions.member.${d}.Name`) !== undefined; d++)
      dimensions[p(`MetricStat.Metric.Dimensions.member.${d}.Name`) ?? ''] =
        p(`MetricStat.Metric.Dimensions.member.${d}.Value`) ?? ''
    const period = p('MetricStat.Period') ?? p('Period')
    const expression = p('Expression')
    const namespace = p('MetricStat.Metric.Namespace')
    const metricName = p('MetricStat.Metric.MetricName')
    const stat = p('MetricStat.Stat')
    queries.push({
      id: p('Id') ?? '',
      dimensions,
      returnData: p('ReturnData') !== 'false',
      ...(expression !== undefined && { expression }),
      ...(namespace !== undefined && { namespace }),
      ...(metricName !== undefined && { metricName }),
      ...(stat !== undefined && { stat }),
      ...(period !== undefined && { period: Number(period) })
    })
  }
  const header = (name: string): string | undefined => {
    const v = req.headers[name]
    return Array.isArray(v) ? v[0] : v
  }
  return {
    action: form.get('Action') ?? '',
    version: form.get('Version') ?? '',
    queries,
    startTime: form.get('StartTime') ?? '',
    endTime: form.get('EndTime') ?? '',
    scanBy: form.get('ScanBy') ?? undefined,
    nextToken: form.get('NextToken') ?? undefined,
    authorization: header('authorization') ?? '',
    amzDate: header('x-amz-date') ?? '',
    securityToken: header('x-amz-security-token')
  }
}

function send(res: http.ServerResponse, req: CloudWatchRequest, answer: CloudWatchAnswer): void {
  if (answer.kind === 'raw')
    return void res
      .writeHead(answer.status, { 'content-type': answer.contentType })
      .end(answer.body)
  if (answer.kind === 'error') return xml(res, answer.status, errorXml(answer.code, answer.message))
  const pages = answer.pages ?? 1
  const page = req.nextToken === undefined ? 0 : Number(req.nextToken.replace('page-', ''))
  const last = page === pages - 1
  const results = answer.results.map((r) => {
    const size = Math.ceil(r.values.length / pages)
    const values = r.values.slice(page * size, (page + 1) * size)
    return resultXml({ ...r, values, status: last ? (r.status ?? 'Complete') : 'PartialData' }, req)
  })
  const token =
    !last || answer.endless ? `<NextToken>page-${last ? page : page + 1}</NextToken>` : ''
  xml(
    res,
    200,
    `<GetMetricDataResponse xmlns="${XMLNS}"><GetMetricDataResult><MetricDataResults>${results.join('')}</MetricDataResults>${token}<Messages/></GetMetricDataResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></GetMetricDataResponse>`
  )
}

function resultXml(r: ResultAnswer, req: CloudWatchRequest): string {
  // Timestamps newest first from EndTime, one period apart, as TimestampDescending returns them.
  const end = Date.parse(req.endTime)
  const period = (req.queries.find((q) => q.id === r.id)?.period ?? 60) * 1000
  const stamps = r.values.map((_, i) =>
    new Date(end - (i + 1) * period).toISOString().replace('.000Z', 'Z')
  )
  const members = (items: readonly string[]): string =>
    items.map((v) => `<member>${v}</member>`).join('')
  const messages = (r.messages ?? [])
    .map((m) => `<member><Code>${m.code}</Code><Value>${m.value}</Value></member>`)
    .join('')
  return `<member><Id>${r.id}</Id><Label>${escape(r.label)}</Label><Timestamps>${members(stamps)}</Timestamps><Values>${members(r.values.map(String))}</Values><StatusCode>${r.status ?? 'Complete'}</StatusCode><Messages>${messages}</Messages></member>`
}

function errorXml(code: string, message: string): string {
  return `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escape(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`
}

function xml(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId() }).end(body)
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

let requests = 0
function requestId(): string {
  requests++
  return `00000000-0000-4000-8000-${String(requests).padStart(12, '0')}`
}
