/**
 * The `cloudwatch` MetricSource: each check is a GetMetricData question (metrics, and optionally a
 * metric math expression over them) over the check's window ending at the measurement time. A
 * series' value is its newest point; a series without points is NaN, which the evaluator reads as
 * no data. Like every source it never judges and never throws for data problems: missing
 * credentials, throttling, a rejected expression, an answer cut short (PartialData) or one the SDK
 * cannot read is an error measurement, never a value.
 */
import type { CheckSpec, CloudWatchQuery } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import type {
  MeasureContext,
  MetricSource,
  RawMeasurement,
  SeriesSample,
  SourceErrorKind
} from '../model'
import { readWithGuard } from '../read-with-guard'
import { type CloudWatchAnswer, type CloudWatchApi, VALUE_ID } from './cloudwatch-api'

class CloudWatchError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string
  ) {
    super(message)
  }
}

/** SDK error names, by what they mean for a measurement. */
const AUTH = new Set([
  'CredentialsProviderError',
  'AccessDenied',
  'AccessDeniedException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken'
])
const QUERY = new Set([
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'InvalidParameterCombination',
  'InvalidParameterCombinationException',
  'MissingParameter',
  'MissingRequiredParameterException',
  'InvalidNextToken',
  'ValidationError'
])
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded'])

export class CloudWatchSource implements MetricSource {
  readonly kind = 'cloudwatch' as const

  constructor(
    private readonly api: CloudWatchApi,
    private readonly deps: { readonly clock: Clock; readonly timeoutMs: number }
  ) {}

  now(): Promise<number> {
    return Promise.resolve(this.deps.clock.now())
  }

  async measure(
    check: CheckSpec,
    at: number,
    _ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    const range = { start: at - check.windowMs, end: at }
    return readWithGuard(
      at,
      signal,
      { main: required(check), guard: check.guard?.cloudwatch },
      (query) => this.query(query, range, signal),
      (err) => (err instanceof CloudWatchError ? err : classify(err, this.deps.timeoutMs))
    )
  }

  private async query(
    q: CloudWatchQuery,
    range: { readonly start: number; readonly end: number },
    signal: AbortSignal
  ): Promise<SeriesSample[]> {
    return samplesOf(await this.api.getMetricData(q, range, signal))
  }
}

function required(check: CheckSpec): CloudWatchQuery {
  if (!check.cloudwatch)
    throw new CloudWatchError('config', `check '${check.name}' has no cloudwatch question`)
  return check.cloudwatch
}

/** The value series of an answer; a failed or cut-short one is an error, never fewer values. */
function samplesOf(answer: CloudWatchAnswer): SeriesSample[] {
  const results = answer.series.filter((s) => s.id === VALUE_ID)
  for (const s of results) {
    const said = [...s.messages, ...answer.messages].join('; ')
    const detail = said ? `: ${said}` : ''
    if (s.status === 'Forbidden')
      throw new CloudWatchError(
        'auth',
        `CloudWatch refused to read '${s.label}' (Forbidden)${detail}`
      )
    if (s.status === 'InternalError')
      throw new CloudWatchError('server', `CloudWatch failed to compute '${s.label}'${detail}`)
    if (s.status === 'PartialData')
      throw new CloudWatchError(
        'partial',
        `CloudWatch answered part of '${s.label}' (PartialData)${detail}`
      )
  }
  return results.map((s) => ({ labels: { label: s.label }, value: s.values[0] ?? Number.NaN }))
}

function classify(err: unknown, timeoutMs: number): { kind: SourceErrorKind; message: string } {
  const name = err instanceof Error ? err.name : ''
  const text = errorMessage(err)
  const status = httpStatus(err)
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'timeout', message: `CloudWatch did not answer within ${timeoutMs}ms` }
  if (AUTH.has(name) || status === 401 || status === 403)
    return { kind: 'auth', message: `CloudWatch refused the credentials (${name}): ${text}` }
  if (THROTTLED.has(name))
    return { kind: 'server', message: `CloudWatch throttled the request (${name}): ${text}` }
  if (QUERY.has(name))
    return { kind: 'query', message: `CloudWatch rejected the query (${name}): ${text}` }
  if (status !== undefined)
    return { kind: 'server', message: `CloudWatch answered ${status} (${name}): ${text}` }
  // The SDK's parser could not read the answer (an HTML page, a proxy's error): no status known.
  if (err instanceof Error && '$response' in err)
    return { kind: 'server', message: `CloudWatch answered something the SDK cannot read: ${text}` }
  return { kind: 'transport', message: `CloudWatch: ${text}` }
}

function httpStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('$metadata' in err)) return undefined
  const meta = (err as { $metadata?: { httpStatusCode?: unknown } }).$metadata
  return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : undefined
}
