/**
 * Reading the bodies of the REST APIs the backends call without an SDK (Gremlin, Toxiproxy): the
 * same two steps in each client, so their errors read alike.
 */
import type { z } from 'zod'

/** A body as JSON, or the text itself where it is not JSON (proxies' error pages, plain ids). */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The first thing a schema found wrong with an answer: "unexpected response: <path> <message>". */
export function unexpectedResponse(error: z.ZodError): string {
  const issue = error.issues[0]
  return `unexpected response: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()
}
