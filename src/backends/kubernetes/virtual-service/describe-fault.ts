/** `delay 7s for 100% + abort 500 for 10%`: the faults of a VirtualService's HTTP routes, for messages. */
import type { KubeObject } from '../../../manifest/model'
import { isRecord } from '../../kube/status'

export function describeFault(vs: KubeObject): string {
  const spec = isRecord(vs.spec) ? vs.spec : {}
  const routes = Array.isArray(spec.http) ? spec.http.filter(isRecord) : []
  const faults = routes.flatMap((r) => (isRecord(r.fault) ? [r.fault] : []))
  const parts = faults.flatMap((f) => [
    ...(isRecord(f.delay) ? [`delay ${scalar(f.delay.fixedDelay)} for ${percent(f.delay)}`] : []),
    ...(isRecord(f.abort)
      ? [`abort ${scalar(f.abort.httpStatus ?? f.abort.grpcStatus)} for ${percent(f.abort)}`]
      : [])
  ])
  return parts.length > 0 ? parts.join(' + ') : 'the fault'
}

function percent(action: Readonly<Record<string, unknown>>): string {
  const value = isRecord(action.percentage) ? action.percentage.value : action.percent
  return typeof value === 'number' ? `${value}%` : '100%'
}

function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?'
}
