/**
 * What the CLI and the action both take from the process: the cancel signal, this process's id, and
 * the CLI's standard streams. Kept apart from deps.ts so that the CLI never loads the runner's
 * modules (@actions/core's file commands load node:crypto, about a quarter of starting Node 24).
 */
import type { CliIo } from './cli/command'
import { systemClock } from './util/clock'
import type { ExitGuard } from './util/exit-guard'

/**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner sends SIGINT, then SIGTERM 7.5 s
 * later, then kills 2.5 s after that, so the first signal must start the abort at once; a second
 * signal is left to Node's default handling only after the abort has had its chance.
 */
export function processSignal(): AbortSignal {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(new Error(`received ${name}`))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return controller.signal
}

/** The CLI's view of the process. */
export function cliIo(guard: ExitGuard): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
    signal: processSignal(),
    process: processInfo,
    onUnfinished: guard.onUnfinished
  }
}

/**
 * This process's id, and whether another process is still alive: run-state files record the
 * gate's pid so a later cleanup can tell a live in-process fault from one that died with its run.
 */
export const processInfo = {
  pid: process.pid,
  isAlive: (pid: number): boolean => {
    try {
      process.kill(pid, 0)
      return true
    } catch (err) {
      // EPERM: the process exists but belongs to someone else.
      return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM'
    }
  }
} as const
