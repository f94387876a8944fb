/**
 * How the metric sources without a query language of their own (CloudWatch, Datadog, the
 * Kubernetes API) turn one check into a measurement: the check's query and its guard's are read
 * at once, and any failure but the gate's own abort becomes a classified error measurement, never
 * an empty (passing) one.
 */
import type { RawMeasurement, SeriesSample, SourceErrorKind } from './model'

export interface ReadFailure {
  readonly kind: SourceErrorKind
  readonly message: string
}

export async function readWithGuard<Q>(
  at: number,
  signal: AbortSignal,
  queries: { readonly main: Q; readonly guard: Q | undefined },
  read: (query: Q) => Promise<readonly SeriesSample[]>,
  failure: (err: unknown) => ReadFailure
): Promise<RawMeasurement> {
  try {
    const [series, guard] = await Promise.all([
      read(queries.main),
      queries.guard === undefined ? undefined : read(queries.guard)
    ])
    return { kind: 'values', at, series, warnings: [], ...(guard && { guard }) }
  } catch (err) {
    if (signal.aborted) throw err
    const { kind, message } = failure(err)
    return { kind: 'error', at, errorKind: kind, message }
  }
}
