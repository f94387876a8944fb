import type { Clock } from '../clock'
import type { JsonObject } from '../core/json'
import { creationTimestampOf, uidOf } from '../core/meta'

/**
 * When an operator first saw an object, in ms. metav1.Time has second precision, which is
 * noise at real time but swamps durations compressed to milliseconds (chaosSecondMs), so
 * operators count durations from this instead of creationTimestamp (at most one step later).
 * Only an object older than RECENT_MS when first seen (created while the operator was away)
 * counts from its creationTimestamp. The margin is wide because, compressed, a few seconds of
 * operator lag on a loaded machine would otherwise use up a whole duration before the first pass.
 */
const RECENT_MS = 5_000

export class FirstSeen {
  private readonly seen = new Map<string, number>()

  constructor(private readonly clock: Clock) {}

  of(obj: JsonObject): number {
    const uid = uidOf(obj)
    const known = this.seen.get(uid)
    if (known !== undefined) return known
    const created = Date.parse(creationTimestampOf(obj))
    const now = this.clock.now()
    const at = Number.isNaN(created) || now - created <= RECENT_MS ? now : created
    this.seen.set(uid, at)
    return at
  }

  forget(obj: JsonObject): void {
    this.seen.delete(uidOf(obj))
  }
}
