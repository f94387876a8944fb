/**
 * What a reader of a Kubernetes follower gets: the followers recompute an observation on every
 * watch change and every deadline, and most of those look the same, so only one that differs from
 * the one before is passed on, and the stream ends after the first terminal one (which also stops
 * the follower's watches).
 */
import type { Observation } from '../backend'

/** What makes two observations different for a reader. */
export function fingerprint(o: Observation): string {
  return [o.phase, o.verdict ?? '', o.affectedTargets ?? '', o.message, o.terminal].join('|')
}

/** Each observation of `looks` that differs from the last one passed on (by `keyOf`), up to a terminal one. */
export async function* distinctObservations(
  looks: AsyncIterable<Observation>,
  keyOf: (o: Observation) => string = fingerprint
): AsyncGenerator<Observation> {
  let last: string | undefined
  for await (const look of looks) {
    const key = keyOf(look)
    if (key !== last) {
      last = key
      yield look
    }
    if (look.terminal) return
  }
}
