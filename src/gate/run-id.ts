/**
 * Run ids: short, DNS-safe (they go into object names and label values), unique across runs and
 * roughly ordered by time, so a person can tell which run came first.
 */

const RUN_ID = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/

/** A new run id: seconds since the epoch in base 36, then four random base-36 characters. */
export function newRunId(now: number, random: () => number = Math.random): string {
  const time = Math.floor(now / 1000).toString(36)
  let suffix = ''
  for (let i = 0; i < 4; i++) suffix += Math.floor(random() * 36).toString(36)
  return `${time}-${suffix}`
}

/** True when `id` can be used as a run id: lowercase letters, digits and dashes, at most 32 characters. */
export function isValidRunId(id: string): boolean {
  return RUN_ID.test(id)
}
