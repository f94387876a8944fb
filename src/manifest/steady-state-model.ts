/**
 * What an experiment's `steadyState` block says, every default applied: the checks, their sources'
 * endpoints and the probe load (docs/prometheus.md and docs/engine.md describe the model). The
 * manifest produces these; steady-state/ measures and judges them.
 */
import type { SourceLocation } from '../util/errors'

export type Phase = 'before' | 'during' | 'after'
export const PHASES: readonly Phase[] = ['before', 'during', 'after']

/** What the gate does with a measurement that has no data (empty vector, all NaN, guard unmet). */
export type NoDataPolicy = 'pass' | 'warn' | 'fail' | 'inconclusive'

/** Inclusive bounds; either side may be absent. */
export interface Bounds {
  readonly min?: number
  readonly max?: number
}

/** Breach relative to the pre-fault baseline (median per label set). Fractions: 0.5 means 50 %. */
export interface RelativeRule {
  readonly maxIncrease?: number
  readonly maxDecrease?: number
  /** Absolute allowance, so a tiny baseline cannot make any change a breach. */
  readonly slack: number
}

/** SLO burn-rate rule over the fault window (Google SRE workbook, adapted to short experiments). */
export interface SloRule {
  /** Target availability as a fraction (0.999). */
  readonly objective: number
  /** PromQL (or probe metric) giving the error ratio; may use {{window}}. */
  readonly errorRatio: string
  readonly periodMs: number
  /** Breach when both the long window (time since fault start) and `shortMs` burn faster than `max`. */
  readonly burnRate: readonly { readonly shortMs: number; readonly max: number }[]
  /** Fail at the end when the experiment spent more than this fraction of the period's budget. */
  readonly maxBudgetSpend?: number
}

/** A companion query that must hold for a measurement to mean anything (minimum traffic). */
export interface GuardRule {
  readonly query: string
  readonly min?: number
  readonly max?: number
  /** For a `cloudwatch` check: the guard's metric query (`query` is its display text). */
  readonly cloudwatch?: CloudWatchQuery
}

/** One CloudWatch metric, as GetMetricData's MetricStat names it. */
export interface CloudWatchMetric {
  readonly namespace: string
  readonly name: string
  readonly dimensions: Readonly<Record<string, string>>
  /** Average, Sum, Minimum, Maximum, SampleCount, p99, tm90, … */
  readonly stat: string
}

/**
 * A CloudWatch GetMetricData question: named metrics and, optionally, a metric math expression
 * over their ids. Without an expression the one metric is the value.
 */
export interface CloudWatchQuery {
  readonly metrics: Readonly<Record<string, CloudWatchMetric>>
  readonly expression?: string
  readonly periodSeconds: number
}

/** Datadog v2 timeseries: named metric queries and the formula over them that is the value. */
export interface DatadogFormula {
  readonly queries: Readonly<Record<string, string>>
  readonly formula: string
}

/** The probe metrics an HTTP probe source computes per window. Latencies are in milliseconds. */
export type ProbeMetric =
  | 'availability'
  | 'errorRatio'
  | 'latencyP50'
  | 'latencyP90'
  | 'latencyP95'
  | 'latencyP99'
  | 'latencyMax'
  | 'throughput'

export const PROBE_METRICS: readonly ProbeMetric[] = [
  'availability',
  'errorRatio',
  'latencyP50',
  'latencyP90',
  'latencyP95',
  'latencyP99',
  'latencyMax',
  'throughput'
]

/** Where a check is measured. */
export type SourceKind = 'probe' | 'prometheus' | 'kubernetes' | 'datadog' | 'cloudwatch'

/** One steady-state check, with every default already applied. */
export interface CheckSpec {
  readonly name: string
  /**
   * `probe`: `query` is a ProbeMetric; `prometheus`: `query` is PromQL; `kubernetes`: `query` is a
   * kubernetes check function (manifest/queries/kube-query.ts); `datadog`: a Datadog metric
   * query (or, with `datadog` set, the v2 formula); `cloudwatch`: the display text of `cloudwatch`.
   */
  readonly source: SourceKind
  readonly query: string
  /** The GetMetricData question of a `cloudwatch` check. */
  readonly cloudwatch?: CloudWatchQuery
  /** A `datadog` check measured through the v2 timeseries API with a formula. */
  readonly datadog?: DatadogFormula
  readonly threshold?: Bounds
  /** Inside the threshold but outside these bounds is `warn` (the grey zone). */
  readonly warn?: Bounds
  readonly relative?: RelativeRule
  readonly slo?: SloRule
  readonly guard?: GuardRule
  readonly phases: readonly Phase[]
  /** The check fails when `breaches` of the last `of` conclusive measurements breached (M-of-N). */
  readonly breaches: number
  readonly of: number
  /** More than this many consecutive error/nodata measurements make the check inconclusive. */
  readonly errorLimit: number
  readonly noData: NoDataPolicy
  /** `each`: every series must hold; `single`: more than one series is a configuration error. */
  readonly series: 'each' | 'single'
  /** Evaluated and reported, never affects the verdict. */
  readonly dryRun: boolean
  /** Substituted into {{window}}; also the probe aggregation window. */
  readonly windowMs: number
  readonly location: SourceLocation
}

/** Load the gate sends when a check's source is `probe`. */
export interface ProbeLoadSpec {
  /** Absolute URL, or a path resolved against the local fault proxy when the fault is `http-proxy`. */
  readonly url: string
  /** The probe sends GET, HEAD or POST; steady load (`steadyState.load`) any of these. */
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  readonly ratePerSecond: number
  readonly timeoutMs: number
  /** A response is good when its status is in one of these ranges (default 200–399). */
  readonly okStatus: readonly { readonly from: number; readonly to: number }[]
  readonly headers: Readonly<Record<string, string>>
}

/** Where and how to query Prometheus. Header values are secrets and are masked. */
export interface PrometheusEndpoint {
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly timeoutMs: number
  readonly retries: number
  readonly strictWarnings: boolean
  readonly insecureSkipVerify: boolean
  readonly caFile?: string
  /**
   * The scrape interval of the queried targets; windows computed by the gate (the SLO long window,
   * `{{duration}}`) are at least twice this. Prometheus's default, 1m, when unset.
   */
  readonly scrapeIntervalMs?: number
  /** Where a bearer token comes from (managed Prometheus); it becomes the Authorization header. */
  readonly bearerToken?: BearerTokenSource
  /** Amazon Managed Prometheus: every request signed with SigV4 (default-chain credentials). */
  readonly sigv4?: SigV4Setting
}

/** A token file (re-read for each experiment) or a command that prints a token. */
export type BearerTokenSource = { readonly file: string } | { readonly command: readonly string[] }

/** Where and how to query Datadog. `apiKey` and `appKey` are secrets. */
export interface DatadogEndpoint {
  /** `datadoghq.com`, `datadoghq.eu`, `us3.datadoghq.com`, … */
  readonly site: string
  /** Overrides `https://api.<site>` (a proxy, or a local server in tests). */
  readonly url?: string
  readonly apiKey: string
  readonly appKey: string
  readonly timeoutMs: number
  /**
   * `v1`: GET /api/v1/query; `v2`: POST /api/v2/query/timeseries (a plain query becomes query `a`
   * and formula `a`). A check with a formula always uses v2.
   */
  readonly api: 'v1' | 'v2'
}

/** Where CloudWatch is read. Credentials come only from the AWS SDK's default chain. */
export interface CloudWatchEndpoint {
  /** Unset: the default chain's (AWS_REGION, the profile). */
  readonly region?: string
  /** Overrides the regional endpoint (a VPC endpoint); else AWS_ENDPOINT_URL_CLOUDWATCH. */
  readonly url?: string
  readonly timeoutMs: number
  /** SDK attempts per call (throttling and 5xx are retried by the SDK with back-off). */
  readonly maxAttempts: number
}

/** How Prometheus requests are signed for Amazon Managed Prometheus (SigV4). */
export interface SigV4Setting {
  /** Unset: the default chain's region. */
  readonly region?: string
  /** `aps` for Amazon Managed Service for Prometheus. */
  readonly service: string
}

/** The whole steady-state block of an experiment, defaults applied. */
export interface SteadyStateSpec {
  readonly checks: readonly CheckSpec[]
  /** Time between measurements during the fault and in recovery. */
  readonly intervalMs: number
  /** Conclusive measurements required per gated phase; fewer is inconclusive. */
  readonly minSamples: number
  readonly before: { readonly samples: number; readonly spacingMs: number }
  readonly during: { readonly abortOnFail: boolean }
  readonly after: { readonly settleMs: number; readonly timeoutMs: number }
  readonly probe?: ProbeLoadSpec
  /**
   * Traffic the gate sends from before the first baseline sample until the experiment is cleaned
   * up, so checks of any source see requests on a quiet system. Never measured itself.
   */
  readonly load?: ProbeLoadSpec
  readonly prometheus?: PrometheusEndpoint
  readonly datadog?: DatadogEndpoint
  readonly cloudwatch?: CloudWatchEndpoint
  /**
   * Where `kubernetes` checks look when their query names no namespace: the Experiment's
   * metadata.namespace, else the namespace setting; unset, the fault's, then the kubeconfig's.
   */
  readonly namespace?: string
  /** How check outcomes map onto the experiment: inconclusive fails closed unless relaxed. */
  readonly verdict: { readonly inconclusive: 'fail' | 'warn'; readonly warn: 'pass' | 'fail' }
}
