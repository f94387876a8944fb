import type { ServerResponse } from 'node:http'

import type { ApiError } from '../core/api-error'
import type { JsonValue } from '../core/json'

/** Writes a JSON body with the headers the real server sends. */
export function sendJson(
  res: ServerResponse,
  code: number,
  body: JsonValue,
  warnings: readonly string[] = []
): void {
  const text = JSON.stringify(body)
  const headers: Record<string, string | string[]> = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'Content-Length': String(Buffer.byteLength(text))
  }
  if (warnings.length > 0) headers['Warning'] = warnings.map(warningHeader)
  res.writeHead(code, headers)
  res.end(text)
}

/** A failed call: the Status body, plus Retry-After when the error carries one. */
export function sendError(res: ServerResponse, error: ApiError): void {
  if (error.retryAfterSeconds !== undefined)
    res.setHeader('Retry-After', String(error.retryAfterSeconds))
  sendJson(res, error.code, error.toStatus())
}

/** RFC 7234 warning as the apiserver formats it: `299 - "unknown field \"spec.x\""`. */
export function warningHeader(text: string): string {
  return `299 - ${JSON.stringify(text)}`
}
