import type { CliIo } from '../../src/cli/command'
import { processInfo } from '../../src/process-deps'
import type { Clock } from '../../src/util/clock'
import { systemClock } from '../../src/util/clock'

/** A CliIo that records what a command writes. */
export function captureIo(
  cwd: string,
  options: { clock?: Clock; env?: Record<string, string>; signal?: AbortSignal } = {}
) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t), isTTY: false },
    stderr: { write: (t: string) => err.push(t), isTTY: false },
    env: options.env ?? {},
    cwd,
    clock: options.clock ?? systemClock,
    signal: options.signal ?? new AbortController().signal,
    process: processInfo
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join('') }
}
