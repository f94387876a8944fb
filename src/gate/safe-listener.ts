/**
 * Progress views must never break a gate: a listener that throws (a closed pipe, a bug in a view)
 * is logged and ignored, so the fault is still aborted and cleaned up.
 */
import { errorMessage } from '../util/errors'
import type { Log } from '../util/log'
import type { GateListener } from './gate-deps'

export function safeListener(listener: GateListener, log: Log): GateListener {
  const run = (name: keyof GateListener, call: () => void): void => {
    try {
      call()
    } catch (err) {
      log.debug(`progress listener ${name} failed: ${errorMessage(err)}`)
    }
  }
  return {
    experimentStarted: (...a) => run('experimentStarted', () => listener.experimentStarted?.(...a)),
    phaseStarted: (...a) => run('phaseStarted', () => listener.phaseStarted?.(...a)),
    measured: (...a) => run('measured', () => listener.measured?.(...a)),
    backendEvent: (...a) => run('backendEvent', () => listener.backendEvent?.(...a)),
    experimentFinished: (...a) =>
      run('experimentFinished', () => listener.experimentFinished?.(...a))
  }
}
