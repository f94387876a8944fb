/**
 * Simulated time for long faults: a Clock that runs `factor` times faster than the wall clock, so a
 * 30-minute fault passes in 18 s at factor 100. The gate and the simulated cluster share one, so
 * every wait, deadline and status timestamp agrees; only real network time is not scaled.
 */
import { performance } from 'node:perf_hooks'

import { type Clock, systemClock } from '../../src/util/clock'

export function scaledClock(factor: number): Clock {
  const epoch = Date.now()
  const origin = performance.now()
  return {
    now: () => Math.round(epoch + (performance.now() - origin) * factor),
    sleep: (ms, signal) => systemClock.sleep(ms / factor, signal)
  }
}
