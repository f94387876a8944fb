/**
 * Bandwidth limiting for the fault proxy: copies a body to the client no faster than a byte rate,
 * in small slices so the rate holds within a response, on the injected clock. When `release`
 * aborts (the fault was switched off) the rest of the body goes at full speed.
 */
import type { Readable, Writable } from 'node:stream'

import type { Clock } from '../../util/clock'

/** Slices of about 1/20 s of traffic keep the rate smooth without a timer per byte. */
const SLICES_PER_SECOND = 20

export async function copyThrottled(
  from: Readable,
  to: Writable,
  bytesPerSecond: number,
  clock: Clock,
  release: AbortSignal
): Promise<void> {
  const slice = Math.max(1, Math.floor(bytesPerSecond / SLICES_PER_SECOND))
  const start = clock.now()
  let sent = 0
  for await (const chunk of from) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    for (let i = 0; i < buf.length; i += slice) {
      const due = start + (sent / bytesPerSecond) * 1000
      if (!release.aborted && due > clock.now()) {
        await clock.sleep(due - clock.now(), release).catch(() => undefined)
      }
      const part = buf.subarray(i, i + slice)
      sent += part.length
      if (!to.write(part)) await waitDrain(to)
    }
  }
  to.end()
}

function waitDrain(to: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      to.off('drain', done)
      to.off('close', done)
      resolve()
    }
    to.once('drain', done)
    to.once('close', done)
  })
}
