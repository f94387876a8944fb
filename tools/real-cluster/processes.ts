/**
 * The cluster's child processes. Each runs in a process group of its own (detached), so a Ctrl-C
 * in the terminal reaches only the launcher, which then stops them in order (kwok and the
 * controllers before the API server, the API server before etcd); stopping kills the whole group,
 * so nothing a component started can outlive it either. Output goes to a log file per component.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
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

export function startComponent(
  name: string,
  command: string,
  args: readonly string[],
  logDir: string,
  env: NodeJS.ProcessEnv = process.env
): Component {
  const log = join(logDir, `${name}.log`)
  const fd = openSync(log, 'a')
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd], env })
  closeSync(fd)
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
      if (gone) return
      signalGroup(child, 'SIGTERM')
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
      // Anything the component started in its group goes with it.
      signalGroup(child, 'SIGKILL')
    }
  }
}
