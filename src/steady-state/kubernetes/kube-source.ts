/**
 * The `kubernetes` MetricSource: reads workload status, pods and events through the same port the
 * backends use (kube/port.ts), so a check needs no metrics system at all. Like every source it
 * never judges and never throws for data problems: a missing workload, a refused request or an
 * unreachable API server is an error measurement, which is never a pass.
 *
 * Counters (`restarts`, `warningEvents`) count from the check's first measurement, normally the
 * first `before` sample: that is the baseline the "since the baseline" means.
 */
import { KubeApiError, type KubeObjects, type ObjectList } from '../../backends/kube/port'
import type { KubeObject } from '../../manifest/model'
import {
  describeKubeTarget,
  isKubeQueryProblem,
  type KubeQuery,
  parseKubeQuery
} from '../../manifest/queries/kube-query'
import type { CheckSpec } from '../../manifest/steady-state-model'
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
import {
  increaseSince,
  notReadyLongerThan,
  readWorkload,
  restartCounts,
  warningCounts
} from './kube-readings'

/** A measurement could not be made; carries the kind the report shows. */
class KubeReadError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string
  ) {
    super(message)
  }
}

/** The pods (and the objects events may be about) a query selects, at one moment. */
interface Selection {
  readonly pods: readonly KubeObject[]
  /** `Kind/name` of the workload, its ReplicaSets and pods: what Warning events may be about. */
  readonly involved: readonly string[]
}

export class KubeSource implements MetricSource {
  readonly kind = 'kubernetes' as const
  /** Counter values at each query's first measurement. */
  private readonly baselines = new Map<string, ReadonlyMap<string, number>>()
  /** Objects a query has ever selected, so events about a killed pod still count. */
  private readonly seen = new Map<string, Set<string>>()

  constructor(
    private readonly objects: KubeObjects,
    /** The experiment's namespace, for targets that name none. */
    private readonly namespace: string,
    private readonly clock: Clock
  ) {}

  /** The runner's clock: pod conditions are compared with it, as kubectl does. */
  now(): Promise<number> {
    return Promise.resolve(this.clock.now())
  }

  async measure(
    check: CheckSpec,
    at: number,
    _ctx: MeasureContext,
    signal: AbortSignal
  ): Promise<RawMeasurement> {
    return readWithGuard(
      at,
      signal,
      { main: check.query, guard: check.guard?.query },
      (query) => this.read(query, at, signal),
      (err) =>
        err instanceof KubeReadError ? err : { kind: classify(err), message: errorMessage(err) }
    )
  }

  private async read(text: string, at: number, signal: AbortSignal): Promise<SeriesSample[]> {
    const q = parseKubeQuery(text)
    if (isKubeQueryProblem(q))
      throw new KubeReadError('config', `'${text}': ${q.message}; expected ${q.expected}`)
    const namespace = q.namespace ?? this.namespace
    const labels = { target: describeKubeTarget(q, namespace) }
    const value = await this.value(text, q, namespace, at, signal)
    return value === undefined ? [] : [{ labels, value }]
  }

  private async value(
    key: string,
    q: KubeQuery,
    namespace: string,
    at: number,
    signal: AbortSignal
  ): Promise<number | undefined> {
    if (q.fn === 'readyReplicas' || q.fn === 'readyRatio') {
      const w = readWorkload(await this.workload(q, namespace, signal))
      if (q.fn === 'readyReplicas') return w.ready
      // Scaled to zero: no ratio exists, which is no data rather than a healthy 0/0.
      return w.desired === 0 ? Number.NaN : w.ready / w.desired
    }
    const selection = await this.select(key, q, namespace, signal)
    // No pod selected: zero restarts of nothing is no evidence of health, so no data.
    if (selection.pods.length === 0) return undefined
    if (q.fn === 'notReady') return notReadyLongerThan(selection.pods, at, q.notReadyForMs ?? 0)
    if (q.fn === 'restarts') return this.sinceBaseline(key, restartCounts(selection.pods))
    const events = await this.objects.list({ apiVersion: 'v1', kind: 'Event', namespace }, signal)
    const involved = this.remember(key, selection.involved)
    return this.sinceBaseline(key, warningCounts(events.items, involved, q.reasons))
  }

  private sinceBaseline(key: string, now: ReadonlyMap<string, number>): number {
    const baseline = this.baselines.get(key)
    if (!baseline) {
      this.baselines.set(key, now)
      return 0
    }
    return increaseSince(baseline, now)
  }

  private remember(key: string, involved: readonly string[]): ReadonlySet<string> {
    const seen = this.seen.get(key) ?? new Set<string>()
    for (const i of involved) seen.add(i)
    this.seen.set(key, seen)
    return seen
  }

  private async workload(
    q: KubeQuery,
    namespace: string,
    signal: AbortSignal
  ): Promise<KubeObject> {
    if (q.target.kind !== 'workload')
      throw new KubeReadError('config', `${q.fn} needs a workload, not a selector`)
    const ref = { apiVersion: 'apps/v1', kind: q.target.workload, namespace, name: q.target.name }
    const object = await this.objects.get(ref, signal)
    if (!object)
      throw new KubeReadError(
        'query',
        `${q.target.workload} ${namespace}/${q.target.name} does not exist`
      )
    return object
  }

  private async select(
    key: string,
    q: KubeQuery,
    namespace: string,
    signal: AbortSignal
  ): Promise<Selection> {
    const workload =
      q.target.kind === 'workload' ? await this.workload(q, namespace, signal) : undefined
    const selector = workload ? readWorkload(workload).selector : selectorOf(q)
    if (selector === '')
      throw new KubeReadError('query', `${describeKubeTarget(q, namespace)} has no pod selector`)
    const list = (kind: string, apiVersion: string): Promise<ObjectList> =>
      this.objects.list({ apiVersion, kind, namespace, labelSelector: selector }, signal)
    const [pods, replicaSets] = await Promise.all([
      list('Pod', 'v1'),
      q.fn === 'warningEvents' ? list('ReplicaSet', 'apps/v1') : undefined
    ])
    const involved = [
      ...(workload ? [`${workload.kind}/${workload.metadata.name ?? ''}`] : []),
      ...(replicaSets?.items ?? []).map((r) => `ReplicaSet/${r.metadata.name ?? ''}`),
      ...pods.items.map((p) => `Pod/${p.metadata.name ?? ''}`)
    ]
    this.remember(key, involved)
    return { pods: pods.items, involved }
  }
}

function selectorOf(q: KubeQuery): string {
  return q.target.kind === 'selector' ? q.target.selector : ''
}

/** What kind of failure an API error is, for the report and the errorLimit. */
function classify(err: unknown): SourceErrorKind {
  if (err instanceof KubeApiError) {
    if (err.status === 401 || err.status === 403) return 'auth'
    if (err.status === 408 || err.status === 504) return 'timeout'
    if (err.status >= 500 || err.status === 429) return 'server'
    return 'query'
  }
  // Refused connections, resets and TLS failures: the API server could not be asked.
  return 'transport'
}
