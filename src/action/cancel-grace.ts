/**
 * After SIGINT the runner sends SIGTERM 7.5 s later and kills the process 2.5 s after that. The
 * engine aborts and cleans up first; reporting (check run, Slack) may use what is left of the
 * grace period, and no more, so main exits before the kill and post picks up the rest.
 */

/** A signal that aborts `graceMs` after `cancel` does; never before. */
export function graceAfter(cancel: AbortSignal, graceMs: number): AbortSignal {
  const controller = new AbortController()
  const start = (): void => {
    const timer = setTimeout(
      () => controller.abort(new Error(`out of time ${graceMs}ms after cancellation`)),
      graceMs
    )
    // Only a bound, and its owner (the running step) holds the loop already: unref'd so a step
    // that finished early is not kept alive until the grace period ends.
    timer.unref()
  }
  if (cancel.aborted) start()
  else cancel.addEventListener('abort', start, { once: true })
  return controller.signal
}
