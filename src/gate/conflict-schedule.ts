/**
 * Runs items at most `limit` at a time, never two that conflict at once: an item waits until every
 * running item it conflicts with has finished, and never overtakes an earlier waiting item it
 * conflicts with, so conflicting experiments run in file order. Items that conflict with nothing
 * keep the concurrency busy meanwhile. Results keep the input order.
 */

/** Why two items must not run at once, or undefined when they may. */
export type ConflictOf<T> = (a: T, b: T) => string | undefined

/** Told once per item that has to wait: which item it waits for, and why. */
export type OnWait<T> = (item: T, blocker: T, reason: string) => void

export async function mapWithoutConflicts<T, R>(
  items: readonly T[],
  limit: number,
  conflictOf: ConflictOf<T>,
  fn: (item: T, index: number) => Promise<R>,
  onWait: OnWait<T> = () => undefined
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  const waiting = items.map((_, i) => i)
  const running = new Map<number, Promise<number>>()
  const told = new Set<number>()
  const max = Math.max(1, limit)
  while (waiting.length > 0 || running.size > 0) {
    for (const index of [...waiting]) {
      if (running.size >= max) break
      const blocker = blockerOf(index, items, running, waiting, conflictOf)
      if (blocker) {
        if (!told.has(index)) onWait(items[index] as T, items[blocker.index] as T, blocker.reason)
        told.add(index)
        continue
      }
      waiting.splice(waiting.indexOf(index), 1)
      running.set(
        index,
        fn(items[index] as T, index).then((r) => ((results[index] = r), index))
      )
    }
    const done = await Promise.race(running.values())
    running.delete(done)
  }
  return results
}

/** The running item, or earlier waiting one, that `index` conflicts with. */
function blockerOf<T>(
  index: number,
  items: readonly T[],
  running: ReadonlyMap<number, unknown>,
  waiting: readonly number[],
  conflictOf: ConflictOf<T>
): { index: number; reason: string } | undefined {
  const item = items[index] as T
  const ahead = [...running.keys(), ...waiting.filter((w) => w < index)]
  for (const other of ahead) {
    const reason = conflictOf(item, items[other] as T)
    if (reason) return { index: other, reason }
  }
  return undefined
}
