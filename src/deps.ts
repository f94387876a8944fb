/**
 * The action's view of the process and the runner: environment, standard streams, signals,
 * @actions/core. With process-deps.ts (what the CLI needs, without the runner's modules), the only
 * modules that touch the process; entry files call these to build the dependencies they pass down.
 */
import pkg from '../package.json'
import type { ActionDeps } from './action/action-deps'
import type { ActionsCore } from './action/actions-core'
import { coreLog } from './action/core-log'
import { createGateEngine } from './action/lazy-gate-engine'
import { maskedCore } from './action/masked-core'
import { createGitHubApi } from './action/notify/github/lazy-github-api'
import * as core from './action/runner-core'
import { kubeConnector } from './backends/kube/kube-connector'
import { newRunId } from './gate/run-id'
import { processInfo, processSignal } from './process-deps'
import { TerminalProgress } from './report/terminal/live-view'
import { systemClock } from './util/clock'
import { guardExit } from './util/exit-guard'
import { SecretMask } from './util/secret-mask'

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

/**
 * The runner's cancellation timeline from the first SIGINT: SIGTERM at 7.5 s, kill at 10 s. The
 * engine aborts and cleans up first; reporting may run until 7 s; the watchdog exits at 9 s.
 */
const REPORT_GRACE_MS = 7_000
const EXIT_AFTER_CANCEL_MS = 9_000

/** Everything the action's main and post steps need, from the real process and runner. */
export function actionDeps(): ActionDeps {
  const secrets = new SecretMask()
  const actions = maskedCore(actionsCore(), secrets)
  const signal = processSignal()
  exitAfterCancel(signal, EXIT_AFTER_CANCEL_MS)
  return {
    core: actions,
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
    fetch: globalThis.fetch,
    signal,
    secrets,
    engine: createGateEngine({
      clock: systemClock,
      log: coreLog(actions),
      // The CLI's progress lines, one log line each (the step log is never a TTY).
      listener: new TerminalProgress({ write: (text) => logLines(actions, text) }, systemClock),
      groups: { start: (name) => core.startGroup(name), end: () => core.endGroup() },
      env: process.env,
      random: Math.random,
      pid: processInfo.pid,
      isProcessAlive: processInfo.isAlive,
      kube: (target) =>
        kubeConnector(target, process.env, systemClock, coreLog(actions), {
          secrets,
          cancel: signal
        }),
      version: pkg.version,
      secrets
    }),
    github: (token, gh, log, cutoff) =>
      createGitHubApi({
        token,
        apiUrl: gh.apiUrl,
        repository: gh.repository,
        log,
        userAgent: `chaos-gate/${pkg.version}`,
        signal: cutoff
      }),
    newRunId: () => newRunId(systemClock.now()),
    reportGraceMs: REPORT_GRACE_MS
  }
}

/**
 * An action step under the exit guard (util/exit-guard.ts): the step is failing from its first
 * line, and passes only if it returns without calling setFailed. If the loop drains before it
 * returns, `lastWords` records why (outputs, summary, setFailed) before the process ends.
 */
export function guardedStep(lastWords: (deps: ActionDeps) => Promise<void>): {
  readonly deps: ActionDeps
  returned(): void
} {
  const base = actionDeps()
  let failed = false
  const core: ActionsCore = {
    ...base.core,
    setFailed: (message) => {
      failed = true
      base.core.setFailed(message)
    }
  }
  const deps: ActionDeps = { ...base, core }
  const guard = guardExit(process, 1, (message) => core.error(message))
  guard.onUnfinished(() => lastWords(deps))
  return { deps, returned: () => guard.settle(failed ? 1 : 0) }
}

function logLines(actions: ActionsCore, text: string): void {
  for (const line of text.split('\n')) if (line !== '') actions.info(line)
}
