/**
 * The only module that touches the process: environment, standard streams, signals. Entry files
 * call these to build the dependencies they pass down.
 */
import * as core from '@actions/core'

import type { ActionsCore } from './action/actions-core'
import type { CliIo } from './cli/command'
import { systemClock } from './util/clock'

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
export function cliIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
    signal: processSignal()
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

/** @actions/core as the action's port onto the runner (inputs, state, outputs, log, summary). */
export function actionsCore(): ActionsCore {
  return {
    getInput: (name) => core.getInput(name),
    getBooleanInput: (name) => core.getBooleanInput(name),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setOutput: (name, value) => core.setOutput(name, value),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, props) => core.notice(message, props),
    warning: (message, props) => core.warning(message, props),
    error: (message, props) => core.error(message, props),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write()
    }
  }
}

/**
 * Ends the process `ms` after the first SIGINT/SIGTERM even if something still hangs, so the
 * runner's kill (10 s after SIGINT) never lands mid-write. The timer is unref'd: a step that
 * finishes on its own exits as usual.
 */
export function exitAfterCancel(signal: AbortSignal, ms: number): void {
  signal.addEventListener(
    'abort',
    () => {
      const timer = setTimeout(() => {
        process.stderr.write(`chaos-gate: still busy ${ms}ms after cancellation; exiting\n`)
        process.exit(process.exitCode ?? 1)
      }, ms)
      timer.unref()
    },
    { once: true }
  )
}
