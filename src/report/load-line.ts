/** The steady load in words, as the Markdown summary and the terminal show it. */
import type { LoadRecord } from '../gate/result'

/** `1200 requests sent (GET https://shop/api at 5/s), 1198 answered OK` */
export function describeLoad(l: LoadRecord): string {
  return `${l.requests} requests sent (${l.method} ${l.url} at ${l.ratePerSecond}/s), ${l.ok} answered OK`
}
