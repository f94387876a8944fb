import type { Log } from '../util/log'
import type { ActionsCore } from './actions-core'

/**
 * The engine's Log onto the step log. Warnings stay plain log lines: the action decides which
 * problems become annotations (annotations.ts), so the per-step limits go to what matters.
 */
export function coreLog(core: ActionsCore): Log {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warn: (m) => core.info(`warning: ${m}`),
    error: (m) => core.info(`error: ${m}`)
  }
}
