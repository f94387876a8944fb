/**
 * Foldable log groups in the step log, one per experiment and phase ("checkout-pod-kill · during"),
 * around the progress lines of the listener it wraps. GitHub's log groups do not nest and cannot
 * interleave, so they are used only when experiments run one at a time (`concurrency: 1`); with
 * more, every line already starts with `[experiment]`. Verdict lines print outside any group, so
 * they show with every group folded.
 */
import type { GateListener } from '../gate/gate-deps'

/** `core.startGroup` / `core.endGroup`. */
export interface LogGroups {
  start(name: string): void
  end(): void
}

export interface GroupedListener extends GateListener {
  /** Ends the open group, if any: call when the run is over, however it ended. */
  close(): void
}

export function groupedListener(
  inner: GateListener | undefined,
  groups: LogGroups
): GroupedListener {
  let open = false
  const close = (): void => {
    if (open) groups.end()
    open = false
  }
  return {
    experimentStarted: (name, at) => inner?.experimentStarted?.(name, at),
    phaseStarted: (name, phase, at, expectedEnd, outlook) => {
      close()
      groups.start(`${name} · ${phase}`)
      open = true
      inner?.phaseStarted?.(name, phase, at, expectedEnd, outlook)
    },
    measured: (name, m) => inner?.measured?.(name, m),
    backendEvent: (name, e) => inner?.backendEvent?.(name, e),
    experimentFinished: (report) => {
      close()
      inner?.experimentFinished?.(report)
    },
    close
  }
}
