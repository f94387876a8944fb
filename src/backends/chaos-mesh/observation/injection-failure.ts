/**
 * Why a chaos object did not inject, and whose fault that is. Chaos Mesh has no verdict of its own
 * and retries a failing Apply forever, so the gate decides: a target that refused the fault is a
 * `fail` (the experiment could not be run as declared); Chaos Mesh unable to reach its own
 * chaos-daemon, or no controller acting on the object at all, is an `error` (the backend could not
 * operate, like an unreachable API server).
 */
import type { Failing, RecordView } from '../status/chaos-status'

/** gRPC and transport failures between the controller and chaos-daemon: infrastructure, not the target. */
const INFRASTRUCTURE =
  /code = (Unavailable|DeadlineExceeded)|connection refused|transport: Error while dialing|no such host|daemon ?IP|chaos-daemon/i

/** Apply attempts in a row after which a fault that injected nowhere is judged never injected. */
export const FAILED_ATTEMPTS_LIMIT = 5

export interface InjectionFailure {
  readonly verdict: 'fail' | 'error'
  readonly message: string
}

/** The verdict and message for records none of which was ever injected. */
export function neverInjected(
  records: readonly RecordView[],
  why: 'bound' | 'attempts' | 'time-up',
  boundMs: number
): InjectionFailure {
  const failing = records.flatMap((r) => (r.failing ? [r.failing] : []))
  const last = worst(failing)
  const when =
    why === 'time-up'
      ? 'before its duration ended'
      : why === 'attempts'
        ? `after ${FAILED_ATTEMPTS_LIMIT} failed attempts on every target`
        : `within ${seconds(boundMs)}`
  const targets = records.length === 1 ? 'its target' : `any of its ${records.length} targets`
  if (!last)
    return {
      verdict: 'fail',
      message: `Chaos Mesh never injected the fault into ${targets} ${when}, and reported no failure`
    }
  return {
    verdict: INFRASTRUCTURE.test(last.message) ? 'error' : 'fail',
    message: `Chaos Mesh never injected the fault into ${targets} ${when}: ${last.message}`
  }
}

/** True when every record has failed to apply the fault `FAILED_ATTEMPTS_LIMIT` times in a row. */
export function applyGivenUp(records: readonly RecordView[]): boolean {
  return records.every(
    (r) =>
      r.failing !== undefined &&
      r.failing.operation === 'Apply' &&
      r.failing.count >= FAILED_ATTEMPTS_LIMIT
  )
}

/** Records whose Recover has failed `FAILED_ATTEMPTS_LIMIT` times in a row: stuck (chaos-mesh#4311). */
export function recoverFailing(records: readonly RecordView[]): readonly RecordView[] {
  return records.filter(
    (r) =>
      r.phase !== 'not-injected' &&
      r.failing?.operation === 'Recover' &&
      r.failing.count >= FAILED_ATTEMPTS_LIMIT
  )
}

/** The failure with the longest streak, so the message names the most persistent problem. */
function worst(failing: readonly Failing[]): Failing | undefined {
  return [...failing].sort((a, b) => b.count - a.count)[0]
}

export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`
}
