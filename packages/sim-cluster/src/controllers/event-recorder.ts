import { randomBytes } from 'node:crypto'

import type { Clock } from '../clock'
import { type JsonObject, numberAt, stringAt } from '../core/json'
import { nameOf, namespaceOf, resourceVersionOf, timestamp, uidOf } from '../core/meta'
import type { SystemClient } from './system-client'

export type EventType = 'Normal' | 'Warning'

/**
 * client-go's EventRecorder, simplified: core/v1 Events named `<object>.<hex>`, aggregated by
 * (object, reason, message) into a count, so `kubectl describe` and field-selector queries on
 * involvedObject.* behave as on a real cluster.
 */
export class EventRecorder {
  /** (object uid, reason, message) → the Event aggregating them, like the recorder's cache. */
  private readonly aggregated = new Map<string, { namespace: string; name: string }>()

  constructor(
    private readonly client: SystemClient,
    private readonly clock: Clock
  ) {}

  record(
    involved: JsonObject,
    type: EventType,
    reason: string,
    message: string,
    component: string
  ): void {
    const namespace = namespaceOf(involved) || 'default'
    const now = timestamp(this.clock.now())
    const key = `${uidOf(involved)}|${reason}|${message}`
    const known = this.aggregated.get(key)
    const existing = known && this.client.get({ apiVersion: 'v1', kind: 'Event', ...known })
    try {
      if (existing) {
        existing['count'] = (numberAt(existing, 'count') ?? 1) + 1
        existing['lastTimestamp'] = now
        this.client.update(existing)
        return
      }
      const created = this.client.create({
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
      this.aggregated.set(key, { namespace, name: nameOf(created) })
    } catch {
      // Events are best effort, as in client-go (a terminating namespace refuses them).
    }
  }
}
