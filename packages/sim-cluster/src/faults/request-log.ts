/** One request the simulated API server answered (or is still answering, for watches). */
export interface RequestRecord {
  readonly method: string
  readonly path: string
  /** The raw query string without the leading '?'. */
  readonly query: string
  readonly userAgent: string
  readonly watch: boolean
  /** HTTP status sent (0 when the connection was reset before a response). */
  status: number
  /** Epoch ms when the request arrived. */
  readonly startedAt: number
  /** Epoch ms when the response ended (for a watch: when the stream closed). */
  finishedAt?: number
}

/** A filter over the log, all fields optional. */
export interface RequestFilter {
  readonly method?: string
  readonly path?: string | RegExp
  readonly watch?: boolean
  /** Only requests that arrived at or after this epoch ms. */
  readonly since?: number
}

/**
 * Every request the server saw, in arrival order, so a benchmark can count API calls per
 * experiment (watch versus poll) and a test can assert on retries.
 */
export class RequestLog {
  private readonly records: RequestRecord[] = []

  add(record: RequestRecord): RequestRecord {
    this.records.push(record)
    return record
  }

  all(): readonly RequestRecord[] {
    return this.records
  }

  filter(filter: RequestFilter = {}): RequestRecord[] {
    return this.records.filter((r) => matches(r, filter))
  }

  count(filter: RequestFilter = {}): number {
    return this.filter(filter).length
  }

  clear(): void {
    this.records.length = 0
  }
}

function matches(record: RequestRecord, filter: RequestFilter): boolean {
  if (filter.method && record.method !== filter.method.toUpperCase()) return false
  if (filter.watch !== undefined && record.watch !== filter.watch) return false
  if (filter.since !== undefined && record.startedAt < filter.since) return false
  if (filter.path instanceof RegExp) return filter.path.test(record.path)
  if (typeof filter.path === 'string') return record.path === filter.path
  return true
}
