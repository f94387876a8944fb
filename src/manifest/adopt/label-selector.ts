/**
 * Kubernetes label selectors: the string form (`app=checkout,tier!=db,env in (a,b)`) checked for
 * syntax, and map/expression forms rendered into it, so every backend hands preflight one form.
 */

const NAME = '[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?'
const KEY = new RegExp(
  `^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?${NAME}$`
)
const VALUE = new RegExp(`^(${NAME})?$`)

const EQUALITY = /^(!?)\s*([^\s=!,()]+)\s*(?:(==|=|!=)\s*([^\s=!,()]*))?$/
const SET = /^([^\s=!,()]+)\s+(in|notin)\s+\(([^()]*)\)$/

/** True for a valid label key (`app`, `app.kubernetes.io/name`). */
export function isLabelKey(key: string): boolean {
  return key.length <= 316 && KEY.test(key)
}

/** True for a valid label value (possibly empty). */
export function isLabelValue(value: string): boolean {
  return VALUE.test(value)
}

/** Why `selector` is not a valid label selector string, or undefined when it is. */
export function labelSelectorProblem(selector: string): string | undefined {
  if (selector.trim() === '') return 'the selector is empty'
  for (const part of splitRequirements(selector)) {
    const problem = requirementProblem(part.trim())
    if (problem) return problem
  }
  return undefined
}

function requirementProblem(req: string): string | undefined {
  const set = SET.exec(req)
  if (set) {
    const [, key = '', , values = ''] = set
    if (!isLabelKey(key)) return `'${key}' is not a valid label key`
    const bad = values
      .split(',')
      .map((v) => v.trim())
      .find((v) => !isLabelValue(v))
    return bad === undefined ? undefined : `'${bad}' is not a valid label value`
  }
  const eq = EQUALITY.exec(req)
  if (!eq)
    return `'${req}' is not a label requirement (key, !key, key=value, key!=value, key in (a,b))`
  const [, not = '', key = '', op, value = ''] = eq
  if (not && op) return `'${req}' mixes '!' with an operator`
  if (!isLabelKey(key)) return `'${key}' is not a valid label key`
  if (op && !isLabelValue(value)) return `'${value}' is not a valid label value`
  return undefined
}

/** Splits a selector string into its requirements: on commas outside parentheses. */
export function splitRequirements(selector: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i))
      start = i + 1
    }
  }
  parts.push(selector.slice(start))
  return parts
}

/** One set-based requirement, as Kubernetes LabelSelector and Chaos Mesh expressionSelectors write it. */
export interface LabelExpression {
  readonly key: string
  readonly operator: string
  readonly values?: readonly string[] | undefined
}

/** Renders matchLabels and expressions as one selector string. */
export function formatLabelSelector(
  labels: Readonly<Record<string, string>>,
  expressions: readonly LabelExpression[] = []
): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`)
  for (const e of expressions) {
    const values = (e.values ?? []).join(',')
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`)
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`)
    else if (e.operator === 'Exists') parts.push(e.key)
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`)
  }
  return parts.join(',')
}
