import type { CliIo } from '../../src/cli/command'
import { processInfo } from '../../src/process-deps'
import { FakeClock } from '../fakes/clock'

/** A CliIo that records what a command writes. */
export interface CapturedIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string
  err(): string
}

/** A terminal for one command run: no TTY, a fixed environment, virtual time. */
export function captureIo(options: {
  cwd: string
  env?: Record<string, string | undefined>
}): CapturedIo {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    env: options.env ?? {},
    cwd: options.cwd,
    clock: new FakeClock(),
    signal: new AbortController().signal,
    process: processInfo,
    out: () => stdout.join(''),
    err: () => stderr.join('')
  }
}
