/**
 * Whether two Kubernetes label selectors can match the same object. Answered from the selectors
 * alone, conservatively: "disjoint" only when some key is constrained by both in ways no label
 * value satisfies at once (`app=cart` vs `app=checkout`, `tier in (a)` vs `tier notin (a)`,
 * `canary` vs `!canary`). Anything else may overlap.
 */
import { splitRequirements } from '../manifest/adopt/label-selector'

/** What one selector requires of one key. */
interface KeyRule {
  /** Allowed values (`=`, `==`, `in`); undefined when any value will do. */
  readonly allowed?: ReadonlySet<string>
  /** Forbidden values (`!=`, `notin`). */
  readonly forbidden: ReadonlySet<string>
  /** `key` (true), `!key` (false), or not said. */
  readonly exists?: boolean
}

const SET = /^([^\s=!,()]+)\s+(in|notin)\s+\(([^()]*)\)$/
const EQUALITY = /^([^\s=!,()]+)\s*(==|=|!=)\s*([^\s=!,()]*)$/

/** True when no object can carry labels both selectors match. */
export function selectorsDisjoint(a: string, b: string): boolean {
  const ra = parse(a)
  const rb = parse(b)
  if (!ra || !rb) return false
  for (const [key, x] of ra) {
    const y = rb.get(key)
    if (y && !satisfiable(merge(x, y))) return true
  }
  return false
}

/** The rules of a selector by key; undefined when it cannot be read (treated as "may overlap"). */
function parse(selector: string): Map<string, KeyRule> | undefined {
  const rules = new Map<string, KeyRule>()
  for (const part of splitRequirements(selector)) {
    const rule = requirement(part.trim())
    if (!rule) return undefined
    rules.set(rule.key, merge(rules.get(rule.key) ?? { forbidden: new Set() }, rule.rule))
  }
  return rules
}

function requirement(text: string): { key: string; rule: KeyRule } | undefined {
  if (text === '') return undefined
  const set = SET.exec(text)
  if (set) {
    const [, key = '', op, list = ''] = set
    const values = new Set(list.split(',').map((v) => v.trim()))
    return {
      key,
      rule: op === 'in' ? { allowed: values, forbidden: new Set() } : { forbidden: values }
    }
  }
  const eq = EQUALITY.exec(text)
  if (eq) {
    const [, key = '', op, value = ''] = eq
    return {
      key,
      rule:
        op === '!='
          ? { forbidden: new Set([value]) }
          : { allowed: new Set([value]), forbidden: new Set() }
    }
  }
  if (/^![^\s=!,()]+$/.test(text))
    return { key: text.slice(1), rule: { forbidden: new Set(), exists: false } }
  if (/^[^\s=!,()]+$/.test(text)) return { key: text, rule: { forbidden: new Set(), exists: true } }
  return undefined
}

function merge(x: KeyRule, y: KeyRule): KeyRule {
  const allowed =
    x.allowed && y.allowed
      ? new Set([...x.allowed].filter((v) => y.allowed?.has(v)))
      : (x.allowed ?? y.allowed)
  const exists =
    x.exists === undefined
      ? y.exists
      : y.exists === undefined || x.exists === y.exists
        ? x.exists
        : undefined
  const conflicting = x.exists !== undefined && y.exists !== undefined && x.exists !== y.exists
  return {
    ...(allowed && { allowed }),
    forbidden: new Set([...x.forbidden, ...y.forbidden]),
    // `key` and `!key` together: nothing satisfies both, so neither may stand.
    ...(conflicting ? { allowed: new Set<string>() } : exists !== undefined && { exists })
  }
}

/** Some label state satisfies the rule. */
function satisfiable(rule: KeyRule): boolean {
  if (rule.exists === false) return rule.allowed === undefined
  if (!rule.allowed) return true
  return [...rule.allowed].some((v) => !rule.forbidden.has(v))
}
