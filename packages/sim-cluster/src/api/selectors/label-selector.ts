import { badRequest } from '../../core/api-error'

type Operator = 'exists' | 'notexists' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt'

/** One requirement of a label selector. */
export interface Requirement {
  readonly key: string
  readonly operator: Operator
  readonly values: readonly string[]
}

/** A parsed label selector: all requirements must hold (an empty selector matches everything). */
export type LabelSelector = readonly Requirement[]

/**
 * Parses the string form (`app=checkout,tier!=db,env in (a,b),!legacy`) with the grammar of
 * k8s.io/apimachinery/pkg/labels. Errors are 400 Bad Request, as the server answers them.
 */
export function parseLabelSelector(text: string | undefined): LabelSelector {
  if (!text || text.trim() === '') return []
  return splitTopLevel(text).map((part) => parseRequirement(part.trim()))
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of text) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  parts.push(current)
  return parts
}

const SET_RE = /^([^\s!=<>()]+)\s+(in|notin)\s*\(([^()]*)\)$/
const BINARY_RE = /^([^\s!=<>()]+)\s*(==|=|!=|>|<)\s*([^\s!=<>(),]*)$/

function parseRequirement(part: string): Requirement {
  if (part === '') throw parseError("found '', expected: identifier")
  const set = SET_RE.exec(part)
  if (set) {
    const values = (set[3] ?? '').split(',').map((v) => v.trim())
    return requirement(set[1] ?? '', set[2] === 'in' ? 'in' : 'notin', values)
  }
  const binary = BINARY_RE.exec(part)
  if (binary) {
    const op = binary[2]
    const operator: Operator = op === '!=' ? '!=' : op === '>' ? 'gt' : op === '<' ? 'lt' : '='
    return requirement(binary[1] ?? '', operator, [binary[3] ?? ''])
  }
  if (/^![^\s!=<>(),]+$/.test(part)) return requirement(part.slice(1), 'notexists', [])
  if (/^[^\s!=<>(),]+$/.test(part)) return requirement(part, 'exists', [])
  throw parseError(`found '${part}', expected: ',' or 'end of string'`)
}

function requirement(key: string, operator: Operator, values: string[]): Requirement {
  if (!/^([A-Za-z0-9][-A-Za-z0-9_./]*)?[A-Za-z0-9]$/.test(key)) {
    throw badRequest(`unable to parse requirement: invalid label key "${key}"`)
  }
  if ((operator === 'gt' || operator === 'lt') && !/^-?\d+$/.test(values[0] ?? '')) {
    throw parseError(`for 'Gt', 'Lt' operators, the value must be an integer`)
  }
  return { key, operator, values }
}

function parseError(detail: string): Error {
  return badRequest(`unable to parse requirement: ${detail}`)
}

/** Whether a label set satisfies every requirement. */
export function matchesLabels(selector: LabelSelector, labels: Record<string, string>): boolean {
  return selector.every((req) => matchesRequirement(req, labels))
}

function matchesRequirement(req: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key)
  const value = labels[req.key]
  switch (req.operator) {
    case 'exists':
      return has
    case 'notexists':
      return !has
    case '=':
      return has && value === req.values[0]
    case '!=':
      return !has || value !== req.values[0]
    case 'in':
      return has && req.values.includes(value ?? '')
    case 'notin':
      return !has || !req.values.includes(value ?? '')
    case 'gt':
      return has && Number(value) > Number(req.values[0])
    case 'lt':
      return has && Number(value) < Number(req.values[0])
  }
}

/** Builds the selector a metav1.LabelSelector object (matchLabels/matchExpressions) means. */
export function fromLabelSelectorObject(
  matchLabels: Record<string, string>,
  expressions: readonly { key: string; operator: string; values: readonly string[] }[]
): LabelSelector {
  const out: Requirement[] = Object.entries(matchLabels).map(([key, value]) => ({
    key,
    operator: '=',
    values: [value]
  }))
  for (const e of expressions) {
    const operator: Operator =
      e.operator === 'In'
        ? 'in'
        : e.operator === 'NotIn'
          ? 'notin'
          : e.operator === 'Exists'
            ? 'exists'
            : 'notexists'
    out.push({ key: e.key, operator, values: [...e.values] })
  }
  return out
}
