import { randomBytes } from 'node:crypto'

import type { Clock } from '../../../src/util/clock'
import { type JsonObject, numberAt, objectAt, stringAt } from '../core/json'
import { nameOf, namespaceOf, resourceVersionOf, timestamp, uidOf } from '../core/meta'
import type { SystemClient } from './system-client'

export type EventType = 'Normal' | 'Warning'

/**
 * client-go's EventRecorder, simplified: core/v1 Events named `<object>.<hex>`, aggregated by
 * (object, reason, message) into a count, so `kubectl describe` and field-selector queries on
 * involvedObject.* behave as on a real cluster.
 */
export class EventRecorder {
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
    const existing = this.client
      .list('v1', 'Event', namespace)
      .find(
        (e) =>
          stringAt(objectAt(e, 'involvedObject'), 'uid') === uidOf(involved) &&
          e['reason'] === reason &&
          e['message'] === message
      )
    try {
      if (existing) {
        existing['count'] = (numberAt(existing, 'count') ?? 1) + 1
        existing['lastTimestamp'] = now
        this.client.update(existing)
        return
      }
      this.client.create({
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
    } catch {
      // Events are best effort, as in client-go (a terminating namespace refuses them).
    }
  }
}
