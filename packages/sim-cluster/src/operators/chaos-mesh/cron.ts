import { parseGoDuration } from '../go-duration'

/** When a schedule fires next, given the previous firing (epoch ms). */
export type NextFire = (after: number) => number | undefined

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *'
}

/**
 * robfig/cron as Chaos Mesh uses it: 5 fields, or 6 with seconds first, `@every <duration>`
 * and the @hourly-style macros. `@every` intervals are chaos time (scaled by `secondMs`);
 * calendar expressions follow the wall clock (UTC). Undefined for an unparsable spec.
 */
export function parseCron(spec: string, secondMs: number): NextFire | undefined {
  const trimmed = spec.trim()
  if (trimmed.startsWith('@every ')) {
    const ms = parseGoDuration(trimmed.slice('@every '.length))
    if (ms === undefined || ms <= 0) return undefined
    const interval = Math.max(1, (ms / 1000) * secondMs)
    return (after) => after + interval
  }
  const fields = (MACROS[trimmed] ?? trimmed).split(/\s+/)
  if (fields.length !== 5 && fields.length !== 6) return undefined
  const withSeconds = fields.length === 6 ? fields : ['0', ...fields]
  const ranges: [number, number, string[]?][] = [
    [0, 59],
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12, MONTHS],
    [0, 6, DAYS]
  ]
  const sets: Set<number>[] = []
  for (const [i, field] of withSeconds.entries()) {
    const parsed = parseField(field, ...(ranges[i] ?? [0, 0]))
    if (!parsed) return undefined
    sets.push(parsed)
  }
  const [sec, min, hour, dom, month, dow] = sets
  return (after) => {
    let t = Math.floor(after / 1000) * 1000 + 1000
    const limit = after + 366 * 86_400_000
    while (t < limit) {
      const d = new Date(t)
      if (
        !month?.has(d.getUTCMonth() + 1) ||
        !dom?.has(d.getUTCDate()) ||
        !dow?.has(d.getUTCDay())
      ) {
        t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1)
      } else if (!hour?.has(d.getUTCHours()))
        t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1)
      else if (!min?.has(d.getUTCMinutes()))
        t = Date.UTC(
          d.getUTCFullYear(),
          d.getUTCMonth(),
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes() + 1
        )
      else if (!sec?.has(d.getUTCSeconds())) t += 1000
      else return t
    }
    return undefined
  }
}

function parseField(
  field: string,
  lo: number,
  hi: number,
  names?: string[]
): Set<number> | undefined {
  const out = new Set<number>()
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    let from = lo
    let to = hi
    if (range !== '*' && range !== '?') {
      const [a = '', b] = range.split('-')
      from = value(a, names, lo)
      to = b === undefined ? (stepText === undefined ? from : hi) : value(b, names, lo)
    }
    if (!Number.isInteger(step) || step <= 0 || Number.isNaN(from) || Number.isNaN(to))
      return undefined
    if (from < lo || to > hi || from > to) return undefined
    for (let v = from; v <= to; v += step) out.add(v)
  }
  return out
}

function value(text: string, names: string[] | undefined, lo: number): number {
  const index = names?.indexOf(text.toUpperCase()) ?? -1
  return index >= 0 ? index + lo : Number(text)
}
