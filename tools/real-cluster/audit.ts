/**
 * The API server's audit log, to count the requests one identity makes (the gate's ServiceAccount)
 * among everyone else's: the controllers, kwok, the operators and the seed. The policy logs that
 * identity at level Metadata (who, what, which URI, the status code; no bodies) and nothing else,
 * so the log stays small enough to be on for every start.
 *
 * One request is one audit ID. Stage RequestReceived is left out by the policy; a short request
 * then logs ResponseComplete once, but a watch logs ResponseStarted when it is established and
 * ResponseComplete only when it ends, which may be after the count is taken. Counting distinct
 * audit IDs counts each request exactly once whether its watch is still open or not.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'

import { stringify } from 'yaml'

/** An audit policy: `users` at level Metadata, everyone else not at all. */
export function writeAuditPolicy(path: string, users: readonly string[]): void {
  writeFileSync(
    path,
    stringify({
      apiVersion: 'audit.k8s.io/v1',
      kind: 'Policy',
      omitStages: ['RequestReceived'],
      rules: [{ level: 'Metadata', users: [...users] }, { level: 'None' }]
    })
  )
}

/** One request as the audit log saw it. */
export interface AuditedRequest {
  readonly auditID: string
  readonly verb: string
  readonly requestURI: string
  readonly userAgent: string
  /** The last stage logged: ResponseStarted for a watch still open, else ResponseComplete. */
  readonly stage: string
  readonly code?: number
}

interface AuditEvent {
  readonly auditID?: string
  readonly stage?: string
  readonly verb?: string
  readonly requestURI?: string
  readonly userAgent?: string
  readonly user?: { readonly username?: string }
  readonly responseStatus?: { readonly code?: number }
}

/** Where the log ends now: counting from here leaves out everything before. */
export function auditLogOffset(log: string): number {
  try {
    return statSync(log).size
  } catch {
    return 0 // not written yet: the API server creates it on its first event
  }
}

/**
 * The requests `username` made, by audit ID in the order they were first logged, from byte
 * `offset` on. A line that is not an audit event fails loudly: a count over a log it cannot read
 * would be a wrong count.
 */
export function auditedRequests(log: string, username: string, offset = 0): AuditedRequest[] {
  const text = readFileSync(log).subarray(offset).toString('utf8')
  const byId = new Map<string, AuditedRequest>()
  // After the last newline: nothing, or a line the API server is still writing.
  const complete = text.split('\n').slice(0, -1)
  complete.forEach((line, i) => {
    let event: AuditEvent
    try {
      event = JSON.parse(line) as AuditEvent
    } catch {
      throw new Error(
        `${log}: line ${i + 1} after byte ${offset} is not a JSON audit event: ${line.slice(0, 120)}`
      )
    }
    if (event.user?.username !== username || !event.auditID) return
    const known = byId.get(event.auditID)
    const code = event.responseStatus?.code ?? known?.code
    byId.set(event.auditID, {
      auditID: event.auditID,
      verb: event.verb ?? known?.verb ?? '',
      requestURI: event.requestURI ?? known?.requestURI ?? '',
      userAgent: event.userAgent ?? known?.userAgent ?? '',
      stage: event.stage ?? known?.stage ?? '',
      ...(code !== undefined && { code })
    })
  })
  return [...byId.values()]
}

/**
 * auditedRequests once the log has stopped growing for `quietMs`: a request the client gave up
 * on (a watch stopped as it was being opened) is logged when the server has finished with it, a
 * moment after the client has moved on. Bounded by `boundMs`.
 */
export async function settledAuditedRequests(
  log: string,
  username: string,
  offset = 0,
  quietMs = 1_000,
  boundMs = 15_000
): Promise<AuditedRequest[]> {
  const deadline = Date.now() + boundMs
  let requests = auditedRequests(log, username, offset)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    const again = auditedRequests(log, username, offset)
    const same =
      again.length === requests.length && again.every((r, i) => r.stage === requests[i]?.stage)
    requests = again
    if (same || Date.now() > deadline) return requests
  }
}
