import type { FaultStatus, RequestMatch } from '../faults/fault-injector'

/** One validated control request: what to do to the simulated cluster. */
export type ControlAction =
  | { readonly op: 'latency'; readonly ms: number; readonly match: RequestMatch }
  | {
      readonly op: 'fail-next'
      readonly count: number
      readonly status: FaultStatus
      readonly match: RequestMatch
      readonly message?: string
    }
  | { readonly op: 'fail-matching'; readonly status: FaultStatus; readonly match: RequestMatch }
  | { readonly op: 'reset-next'; readonly count: number; readonly match: RequestMatch }
  | { readonly op: 'drop-watches'; readonly match: RequestMatch }
  | { readonly op: 'close-watches-after'; readonly ms: number | undefined }
  | { readonly op: 'clear' }
  | { readonly op: 'front-door-down' }
  | { readonly op: 'front-door-up' }
  | { readonly op: 'compact' }

/** A request the control endpoint refuses, with the HTTP status to answer. */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    message: string
  ) {
    super(message)
  }
}

const STATUSES: readonly FaultStatus[] = [410, 429, 500, 503, 504]

/** The routes, for GET / and for the 404 text. */
export const ROUTES: Readonly<Record<string, string>> = {
  'GET /': 'this list',
  'GET /state': '{ frontDoor: "up" | "down", url, resourceVersion }',
  'POST /faults/latency': '{ ms, match? }: delay every matching request',
  'POST /faults/fail-next':
    '{ count, status: 410|429|500|503|504, match?, message? }: the next count matching requests fail',
  'POST /faults/fail-matching': '{ status, match? }: every matching request fails until cleared',
  'POST /faults/reset-next': '{ count, match? }: destroy the connection of the next count requests',
  'POST /faults/drop-watches': '{ match? }: end the matching open watches now; answers { dropped }',
  'POST /faults/close-watches-after': '{ ms | null }: end each new watch ms after it starts',
  'POST /faults/clear': 'switch every fault off',
  'POST /front-door/down': 'close the API port (connections refused), keeping all state',
  'POST /front-door/up': 'listen on the same port again',
  'POST /compact': 'drop the watch history: resuming any older resourceVersion gets 410 Gone'
}

/**
 * Validates one control request (method, path, parsed JSON body) into a ControlAction. Every
 * problem names the field, what was expected and what came.
 */
export function parseControlRequest(method: string, path: string, body: unknown): ControlAction {
  const route = `${method} ${path}`
  if (!(route in ROUTES)) {
    const known = Object.keys(ROUTES).some((r) => r.endsWith(` ${path}`))
    throw known
      ? new ControlError(405, `${path} does not take ${method}; see GET / for the routes`)
      : new ControlError(404, `no control endpoint ${route}; see GET / for the routes`)
  }
  const fields = objectBody(body)
  switch (path) {
    case '/faults/latency':
      return { op: 'latency', ms: count(fields, 'ms', 0), match: match(fields) }
    case '/faults/fail-next': {
      const message = optionalString(fields, 'message')
      return {
        op: 'fail-next',
        count: count(fields, 'count', 1),
        status: status(fields),
        match: match(fields),
        ...(message !== undefined && { message })
      }
    }
    case '/faults/fail-matching':
      return { op: 'fail-matching', status: status(fields), match: match(fields) }
    case '/faults/reset-next':
      return { op: 'reset-next', count: count(fields, 'count', 1), match: match(fields) }
    case '/faults/drop-watches':
      return { op: 'drop-watches', match: match(fields) }
    case '/faults/close-watches-after':
      return {
        op: 'close-watches-after',
        ms: fields['ms'] === null ? undefined : count(fields, 'ms', 1)
      }
    case '/faults/clear':
      return { op: 'clear' }
    case '/front-door/down':
      return { op: 'front-door-down' }
    case '/front-door/up':
      return { op: 'front-door-up' }
    default:
      return { op: 'compact' }
  }
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {}
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    return body as Record<string, unknown>
  }
  throw new ControlError(400, `body: expected a JSON object, got ${JSON.stringify(body)}`)
}

function count(fields: Record<string, unknown>, name: string, min: number): number {
  const value = fields[name]
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value
  throw new ControlError(
    400,
    `${name}: expected an integer of at least ${min}, got ${JSON.stringify(value) ?? 'nothing'}`
  )
}

function status(fields: Record<string, unknown>): FaultStatus {
  const value = fields['status']
  const found = STATUSES.find((s) => s === value)
  if (found !== undefined) return found
  throw new ControlError(
    400,
    `status: expected one of ${STATUSES.join(', ')}, got ${JSON.stringify(value) ?? 'nothing'}`
  )
}

function optionalString(fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name]
  if (value === undefined || typeof value === 'string') return value
  throw new ControlError(400, `${name}: expected a string, got ${JSON.stringify(value)}`)
}

/** `match`: { method?, path? (exact), pathPattern? (a regular expression), watch? }. */
function match(fields: Record<string, unknown>): RequestMatch {
  const raw = fields['match']
  if (raw === undefined) return {}
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ControlError(400, `match: expected an object, got ${JSON.stringify(raw)}`)
  }
  const m = raw as Record<string, unknown>
  const unknown = Object.keys(m).filter(
    (k) => !['method', 'path', 'pathPattern', 'watch'].includes(k)
  )
  if (unknown.length > 0) {
    throw new ControlError(
      400,
      `match.${unknown[0]}: unknown field; expected method, path, pathPattern or watch`
    )
  }
  const method = optionalString(m, 'method')
  const path = optionalString(m, 'path')
  const pattern = optionalString(m, 'pathPattern')
  if (path !== undefined && pattern !== undefined) {
    throw new ControlError(400, 'match: give path or pathPattern, not both')
  }
  if (m['watch'] !== undefined && typeof m['watch'] !== 'boolean') {
    throw new ControlError(
      400,
      `match.watch: expected true or false, got ${JSON.stringify(m['watch'])}`
    )
  }
  return {
    ...(method !== undefined && { method: method.toUpperCase() }),
    ...(path !== undefined && { path }),
    ...(pattern !== undefined && { path: regex(pattern) }),
    ...(typeof m['watch'] === 'boolean' && { watch: m['watch'] })
  }
}

function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern)
  } catch (err) {
    throw new ControlError(
      400,
      `match.pathPattern: not a regular expression (${err instanceof Error ? err.message : String(err)})`
    )
  }
}
