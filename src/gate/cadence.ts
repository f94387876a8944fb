/**
 * The next tick on a fixed cadence from `start`, strictly after `now`. Measuring keeps this rhythm:
 * a slow measurement does not push later ones back, and missed ticks are skipped, not bunched.
 */
export function nextTick(start: number, intervalMs: number, now: number): number {
  return start + (Math.floor((now - start) / intervalMs) + 1) * intervalMs
}
