/** How a Datadog answer failed, and what Datadog said about it, for both query APIs. */
import type { SourceErrorKind } from '../model'

export class DatadogError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string
  ) {
    super(message)
  }
}

/** The `errors` list or text (or `error` text) of a Datadog answer, joined; undefined when it has none. */
export function errorsOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const b = body as Record<string, unknown>
  if (Array.isArray(b['errors'])) return b['errors'].map(String).join('; ')
  // The v2 timeseries API says it in one string.
  if (typeof b['errors'] === 'string' && b['errors'] !== '') return b['errors']
  return typeof b['error'] === 'string' && b['error'] !== '' ? b['error'] : undefined
}
