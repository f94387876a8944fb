/**
 * The runner masks `setSecret` values in the step log, but only as given: a server that quotes a
 * Basic header hands back the base64 of a URL password, and the job summary, the reports and the
 * check run are not the step log. This core registers every form of each secret with the runner
 * and with the process's mask, and masks every message and summary before the runner sees it.
 */
import { secretForms, type SecretMask } from '../util/secret-mask'
import type { ActionsCore } from './actions-core'

export function maskedCore(core: ActionsCore, secrets: SecretMask): ActionsCore {
  const m = (text: string): string => secrets.mask(text)
  return {
    getInput: (name) => core.getInput(name),
    getBooleanInput: (name) => core.getBooleanInput(name),
    setSecret: (value) => {
      const forms = secretForms(value)
      secrets.add(...forms)
      for (const form of forms) core.setSecret(form)
    },
    saveState: (name, value) => core.saveState(name, m(value)),
    getState: (name) => core.getState(name),
    setOutput: (name, value) => core.setOutput(name, m(value)),
    debug: (message) => core.debug(m(message)),
    info: (message) => core.info(m(message)),
    notice: (message, props) => core.notice(m(message), props),
    warning: (message, props) => core.warning(m(message), props),
    error: (message, props) => core.error(m(message), props),
    setFailed: (message) => core.setFailed(m(message)),
    appendSummary: (markdown) => core.appendSummary(m(markdown))
  }
}
