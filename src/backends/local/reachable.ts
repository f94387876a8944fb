/** Whether the upstream accepts TCP connections, checked before the proxy is put in front of it. */
import { createConnection } from 'node:net'

import { errorMessage } from '../../util/errors'

/** How long preflight waits to reach the upstream. */
const CONNECT_TIMEOUT_MS = 5_000

/** Undefined when a TCP connection to the URL's host and port succeeds, else why not. */
export function reachable(url: URL, signal: AbortSignal): Promise<string | undefined> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  return new Promise((resolve) => {
    const socket = createConnection({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port,
      timeout: CONNECT_TIMEOUT_MS,
      signal
    })
    const done = (problem: string | undefined): void => {
      socket.destroy()
      resolve(problem)
    }
    socket.once('connect', () => done(undefined))
    socket.once('timeout', () => done(`no answer within ${CONNECT_TIMEOUT_MS / 1000}s`))
    socket.once('error', (err) => done(errorMessage(err)))
  })
}
