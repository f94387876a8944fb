/**
 * What two API servers may answer differently without either being wrong: identifiers, times,
 * resource versions, continue tokens and managedFields' timestamps. Those become placeholders so
 * the diff shows only differences of behaviour.
 */
const VOLATILE: Readonly<Record<string, string>> = {
  resourceVersion: '<rv>',
  uid: '<uid>',
  creationTimestamp: '<time>',
  deletionTimestamp: '<time>',
  time: '<time>',
  continue: '<continue>',
  lastTransitionTime: '<time>',
  lastUpdateTime: '<time>',
  lastHeartbeatTime: '<time>'
}

export function normalize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(v))
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      out[k] = typeof v === 'string' && v !== '' && VOLATILE[k] ? VOLATILE[k] : normalize(v, k)
    return out
  }
  // A resourceVersion inside a Status message ("too old resource version: 12 (40)").
  if (typeof value === 'string' && key === 'message')
    return value.replace(/\b\d{2,}\b/g, '<n>').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<uid>')
  return value
}

/** One difference: where, and what each server answered there (undefined: nothing). */
export interface Difference {
  readonly step: string
  readonly path: string
  readonly sim: unknown
  readonly real: unknown
}

/** Every leaf where the two normalized answers differ, by JSON path. */
export function diff(step: string, sim: unknown, real: unknown, path = ''): Difference[] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (isObj(sim) && isObj(real)) {
    const keys = [...new Set([...Object.keys(sim), ...Object.keys(real)])].sort()
    return keys.flatMap((k) => diff(step, sim[k], real[k], `${path}.${k}`))
  }
  if (Array.isArray(sim) && Array.isArray(real) && sim.length === real.length)
    return sim.flatMap((v, i) => diff(step, v, real[i], `${path}[${i}]`))
  return JSON.stringify(sim) === JSON.stringify(real)
    ? []
    : [{ step, path: path || '.', sim, real }]
}
