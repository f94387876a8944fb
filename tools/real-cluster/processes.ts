/**
 * The cluster's child processes. Each runs in a process group of its own (detached), so a Ctrl-C
 * in the terminal reaches only the launcher, which then stops them in order (kwok and the
 * controllers before the API server, the API server before etcd); stopping kills the whole group,
 * so nothing a component started can outlive it either. Output goes to a log file per component.
 *
 * A launcher that is SIGKILLed (or crashes) stops nothing, and detached groups outlive it. So each
 * group also holds a watchdog: a `sh` blocked reading a pipe whose only writer is the launcher. The
 * kernel closes that end when the launcher dies however it dies; the read returns, and the
 * watchdog SIGKILLs its own group, the component with it. Plain POSIX sh, no extra package;
 * PR_SET_PDEATHSIG (setpriv) would reach the component only, not its group.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import { join } from 'node:path'

export interface Component {
  readonly name: string
  readonly pid: number
  readonly log: string
  /** Resolves with the exit code (or signal) once the process has exited. */
  readonly exited: Promise<string>
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>
}

/** The last lines of a component's log, for an error message. */
export function tail(log: string, lines = 15): string {
  try {
    return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is gone already.
  }
}

/**
 * Run as `sh -c WATCHDOG name command args…` with the launcher's pipe on fd 3: forks the watchdog
 * (SIGTERM and SIGINT ignored, so it outlives a graceful stop until stop() SIGKILLs the group; its
 * command line names no state folder, so it is not taken for a component), then becomes the
 * component itself (exec: same pid, same group), which does not inherit the pipe.
 */
const WATCHDOG = `trap '' TERM INT
exec sh -c 'read -r _ || true; kill -KILL 0' <&3 &
trap - TERM INT
exec 3<&-
exec "$@"`

export function startComponent(
  name: string,
  command: string,
  args: readonly string[],
  logDir: string,
  env: NodeJS.ProcessEnv = process.env
): Component {
  const log = join(logDir, `${name}.log`)
  const fd = openSync(log, 'a')
  const child = spawn('sh', ['-c', WATCHDOG, name, command, ...args], {
    detached: true,
    stdio: ['ignore', fd, fd, 'pipe'],
    env
  })
  closeSync(fd)
  // The launcher's end of the watchdog's pipe: never written, closed only by the launcher's death
  // (or its exit), and no reason to keep the launcher's event loop alive.
  ;(child.stdio[3] as Socket | null)?.unref()
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code)))
  )
  child.once('error', () => undefined)
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`)
  let gone = false
  void exited.then(() => (gone = true))
  return {
    name,
    pid: child.pid,
    log,
    exited,
    stop: async (graceMs = 10_000) => {
      if (!gone) {
        signalGroup(child, 'SIGTERM')
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
        await exited
        clearTimeout(timer)
      }
      // The watchdog, and anything the component started in its group, go with it.
      signalGroup(child, 'SIGKILL')
    }
  }
}
