/**
 * A Prometheus HTTP API client (docs/prometheus.md): instant and range queries, GET that
 * switches to a POST form when the URL would be long, one deadline per attempt (also sent as
 * `timeout=` so the server gives up first and says so), retries with back-off for transient
 * failures only, and every failure classified and masked. Sources never see axios.
 */
import axios, { type AxiosInstance } from 'axios'

import { unixSeconds } from '../../manifest/queries/query-template'
import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import { truncate } from '../../util/errors'
import type { Log } from '../../util/log'
import { type RetryDecision, type RetryPolicy, withRetry } from '../../util/retry'
import type { ApiSuccess } from './api-answer'
import { exchange } from './http-exchange'
import { PrometheusError } from './prometheus-error'
import { type QueryResult, readResultData } from './result-data'
import type { RequestSigner } from './sigv4-signer'
import { prepareTransport, type ReadFile, type Transport } from './transport'

/** What the client needs from the process. */
export interface PrometheusClientDeps {
  readonly clock: Clock
  readonly log: Log
  /** Where the proxy variables are read from (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly readFile?: ReadFile
  /** Signs each request (SigV4 for Amazon Managed Prometheus). */
  readonly sign?: RequestSigner
}

/** Per-call options. */
export interface QueryOptions {
  readonly signal: AbortSignal
  /** Evaluation time, epoch ms; the server's now when absent. */
  readonly time?: number
  /** Overrides the endpoint's retries (0 for a one-shot probe such as the server clock). */
  readonly retries?: number
  /** Overrides the endpoint's per-attempt timeout. */
  readonly timeoutMs?: number
}

/** A successful answer with the envelope's side notes. */
export interface QueryAnswer<R extends QueryResult = QueryResult> {
  readonly result: R
  readonly warnings: readonly string[]
  readonly infos: readonly string[]
}

type Matrix = Extract<QueryResult, { resultType: 'matrix' }>

export class PrometheusClient {
  private readonly http: AxiosInstance

  constructor(
    private readonly endpoint: PrometheusEndpoint,
    private readonly deps: PrometheusClientDeps,
    private readonly transport: Transport = prepareTransport(
      endpoint,
      deps.env,
      deps.readFile,
      deps.sign
    )
  ) {
    this.http = axios.create()
  }

  /** The base URL without credentials, for messages and reports. */
  get url(): string {
    return this.transport.base.href
  }

  /** Masks every secret this client knows in `text`. */
  mask(text: string): string {
    return this.transport.mask.mask(text)
  }

  /** An instant query (`/api/v1/query`). */
  async query(expr: string, opts: QueryOptions): Promise<QueryAnswer> {
    const params: Record<string, string> = { query: expr }
    if (opts.time !== undefined) params.time = unixSeconds(opts.time)
    const answer = await this.send('api/v1/query', params, opts)
    return { ...answer, result: readResultData(answer.data) }
  }

  /** A range query (`/api/v1/query_range`); start and end are inclusive, epoch ms. */
  async queryRange(
    expr: string,
    range: { readonly start: number; readonly end: number; readonly stepMs: number },
    opts: QueryOptions
  ): Promise<QueryAnswer<Matrix>> {
    const params = {
      query: expr,
      start: unixSeconds(range.start),
      end: unixSeconds(range.end),
      step: String(range.stepMs / 1000)
    }
    const answer = await this.send('api/v1/query_range', params, opts)
    const result = readResultData(answer.data)
    if (result.resultType !== 'matrix') {
      throw new PrometheusError(`a range query answered ${result.resultType}, not matrix`, {
        kind: 'server',
        transient: false
      })
    }
    return { ...answer, result }
  }

  /** Closes idle connections. */
  close(): void {
    this.transport.close()
  }

  private async send(
    path: string,
    params: Record<string, string>,
    opts: QueryOptions
  ): Promise<ApiSuccess> {
    const timeoutMs = opts.timeoutMs ?? this.endpoint.timeoutMs
    const form = new URLSearchParams({ ...params, timeout: serverTimeout(timeoutMs) })
    const url = new URL(path, this.transport.base).href
    const policy = retryPolicy((opts.retries ?? this.endpoint.retries) + 1)
    return withRetry(
      () =>
        exchange(
          this.http,
          this.transport,
          { url, form: form.toString(), timeoutMs, signal: opts.signal },
          () => this.deps.clock.now()
        ),
      (err) => retryDecision(err, policy),
      policy,
      this.deps.clock,
      opts.signal,
      (err, delayMs, attempt) =>
        this.deps.log.debug(
          `prometheus: attempt ${attempt} failed (${err instanceof Error ? err.message : 'error'}); retrying in ${delayMs} ms`
        )
    )
  }
}

/** The back-off for one request: quick first retry, capped so a tick is not held for long. */
export function retryPolicy(attempts: number): RetryPolicy {
  return { attempts, baseDelayMs: 250, maxDelayMs: 4000, jitter: 0.2 }
}

/** Retries transient failures only; a Retry-After beyond the cap is left to the next tick. */
function retryDecision(err: unknown, policy: RetryPolicy): RetryDecision {
  if (!(err instanceof PrometheusError) || !err.transient) return { retry: false }
  if (err.retryAfterMs !== undefined && err.retryAfterMs > policy.maxDelayMs)
    return { retry: false }
  return {
    retry: true,
    reason: truncate(err.message, 120),
    ...(err.retryAfterMs !== undefined && { afterMs: err.retryAfterMs })
  }
}

/** The server-side timeout: a little under the client's, so the server's own error arrives first. */
function serverTimeout(timeoutMs: number): string {
  return String(Math.max(0.001, Math.floor(timeoutMs * 0.9) / 1000))
}
