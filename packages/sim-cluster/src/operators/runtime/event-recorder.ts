import { randomBytes } from 'node:crypto'

import type { Clock } from '../../clock'
import { type JsonObject, stringAt } from '../../core/json'
import { nameOf, namespaceOf, resourceVersionOf, timestamp, uidOf } from '../../core/meta'
import { isNotFound, type KubeHttp } from './kube-http'

export type EventType = 'Normal' | 'Warning'

/**
 * client-go's EventRecorder over the API, simplified: core/v1 Events named `<object>.<hex>`,
 * aggregated by (object, reason, message) into a count (a merge patch of count and
 * lastTimestamp), written in the background (in order per aggregation key, concurrently
 * otherwise): recording never fails a reconcile, as
 * with client-go's broadcaster. The operators' client flushes the queue before each of its own
 * writes, so an event recorded before a state change is visible by the time the change is.
 */
export class HttpEventRecorder {
  /** (object uid, reason, message) → the Event aggregating them, like the recorder's cache. */
  private readonly aggregated = new Map<
    string,
    { namespace: string; name: string; count: number }
  >()
  /** The write chain of each aggregation key (writes for one key stay in order). */
  private readonly chains = new Map<string, Promise<void>>()

  constructor(
    private readonly http: KubeHttp,
    private readonly clock: Clock
  ) {}

  record(
    involved: JsonObject,
    type: EventType,
    reason: string,
    message: string,
    component: string
  ): void {
    const now = timestamp(this.clock.now())
    const key = `${uidOf(involved)}|${reason}|${message}`
    const previous = this.chains.get(key) ?? Promise.resolve()
    const chain = previous
      .then(() => this.write(key, involved, type, reason, message, component, now))
      .catch(() => {
        // Events are best effort, as in client-go (a terminating namespace refuses them).
      })
      .finally(() => {
        if (this.chains.get(key) === chain) this.chains.delete(key)
      })
    this.chains.set(key, chain)
  }

  /** Resolves once every event recorded so far is written (or given up). */
  async flush(): Promise<void> {
    await Promise.all([...this.chains.values()])
  }

  private async write(
    key: string,
    involved: JsonObject,
    type: EventType,
    reason: string,
    message: string,
    component: string,
    now: string
  ): Promise<void> {
    const namespace = namespaceOf(involved) || 'default'
    const known = this.aggregated.get(key)
    const events = `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`
    if (known) {
      known.count++
      try {
        await this.http.json(
          'PATCH',
          `${events}/${encodeURIComponent(known.name)}`,
          { count: known.count, lastTimestamp: now },
          'application/merge-patch+json'
        )
        return
      } catch (err) {
        if (!isNotFound(err)) throw err
        this.aggregated.delete(key)
      }
    }
    const created = await this.http.json('POST', events, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${nameOf(involved)}.${randomBytes(8).toString('hex')}`, namespace },
      involvedObject: {
        kind: stringAt(involved, 'kind') ?? '',
        namespace: namespaceOf(involved),
        name: nameOf(involved),
        uid: uidOf(involved),
        apiVersion: stringAt(involved, 'apiVersion') ?? '',
        resourceVersion: resourceVersionOf(involved)
      },
      reason,
      message,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: component,
      reportingInstance: ''
    })
    this.aggregated.set(key, { namespace, name: nameOf(created), count: 1 })
  }
}
