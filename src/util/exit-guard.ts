/**
 * The rule that a process which ends without a verdict never exits 0. The exit code is a failing
 * one from the first line; it becomes the command's own only when the command returns. If Node's
 * event loop drains before that (the command awaits a promise nothing will ever settle), the
 * guard says so, gives the command one chance to leave its last words (an `error` report, a
 * failed step), and the process ends with the failing code.
 */

/** The part of `process` the guard needs; the real one in entry files, a fake in tests. */
export interface GuardedProcess {
  exitCode?: number | string | null | undefined
  once(event: 'beforeExit', listener: () => void): unknown
}

export interface ExitGuard {
  /**
   * What to do if the loop drains before `settle`: write an error report, fail the step. Later
   * registrations replace earlier ones (a command knows more about its run as it goes).
   */
  readonly onUnfinished: (lastWords: () => Promise<void> | void) => void
  /** The command returned: its exit code stands. */
  readonly settle: (code: number) => void
}

export const UNFINISHED_MESSAGE = 'internal error: the gate ended before a verdict'

export function guardExit(
  proc: GuardedProcess,
  failingCode: number,
  warn: (message: string) => void
): ExitGuard {
  proc.exitCode = failingCode
  let settled = false
  let lastWords: (() => Promise<void> | void) | undefined
  proc.once('beforeExit', () => {
    if (settled) return
    warn(UNFINISHED_MESSAGE)
    proc.exitCode = failingCode
    // The listener may start async work: the loop runs again until it is done, and `once`
    // keeps this from running twice when it drains the second time.
    void Promise.resolve()
      .then(lastWords)
      .catch((err: unknown) =>
        warn(
          `could not record the unfinished run: ${err instanceof Error ? err.message : String(err)}`
        )
      )
      .finally(() => {
        proc.exitCode = failingCode
      })
  })
  return {
    onUnfinished: (fn) => {
      lastWords = fn
    },
    settle: (code) => {
      settled = true
      proc.exitCode = code
    }
  }
}
