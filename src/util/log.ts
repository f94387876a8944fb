/**
 * Where human-readable progress goes. The action maps it onto @actions/core, the CLI onto the
 * terminal; tests record it.
 */
export interface Log {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** A log that drops everything, for callers that have nothing to say to a user. */
export const silentLog: Log = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}
