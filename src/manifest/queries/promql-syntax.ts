/**
 * PromQL syntax checking with the official grammar (@prometheus-io/lezer-promql, the parser of
 * Prometheus's own web UI), so a typo fails validation with its position instead of failing the
 * first measurement. Placeholders are replaced by tokens of the same length first, so the error
 * offsets are offsets into the query as written.
 */
import { findPlaceholders, isTemplateName, TEMPLATE_NAMES } from './query-template'

type PromqlParser = (typeof import('@prometheus-io/lezer-promql'))['parser']

/**
 * The grammar, once loaded: a 214 kB chunk whose parse tables are decoded on load, which most
 * runs (no Prometheus check) never need, so it is loaded only for manifests with checks
 * (docs/performance.md, "Results").
 */
let grammar: PromqlParser | undefined

/** Loads the grammar; checkPromqlSyntax needs it loaded. */
export async function loadPromqlGrammar(): Promise<void> {
  grammar ??= (await import('@prometheus-io/lezer-promql')).parser
}

/** One problem, at a 0-based offset into the query text. */
export interface PromqlProblem {
  readonly offset: number
  readonly message: string
  readonly expected?: string
}

/** Stand-ins that parse where each placeholder is used: a duration, or a unix time. */
const STAND_IN: Readonly<Record<string, string>> = {
  window: '1m',
  duration: '1m',
  start: '1',
  end: '1'
}

/** Every problem in `query`: unknown placeholders, then the first syntax error. */
export function checkPromqlSyntax(query: string): PromqlProblem[] {
  if (query.trim() === '')
    return [{ offset: 0, message: 'the query is empty', expected: 'a PromQL expression' }]
  const problems: PromqlProblem[] = []
  let text = query
  for (const p of findPlaceholders(query)) {
    if (!isTemplateName(p.name)) {
      problems.push({
        offset: p.offset,
        message: `unknown placeholder '${query.slice(p.offset, p.offset + p.length)}'`,
        expected: TEMPLATE_NAMES.map((n) => `{{${n}}}`).join(', ')
      })
    }
    const stand = (STAND_IN[p.name] ?? '1').padEnd(p.length, ' ')
    text = text.slice(0, p.offset) + stand + text.slice(p.offset + p.length)
  }
  const syntax = firstSyntaxError(text)
  return syntax ? [...problems, syntax] : problems
}

function firstSyntaxError(text: string): PromqlProblem | undefined {
  if (!grammar) throw new Error('checkPromqlSyntax before loadPromqlGrammar()')
  let at: number | undefined
  grammar.parse(text).iterate({
    enter: (node) => {
      if (at !== undefined) return false
      if (node.type.isError) at = node.from
      return undefined
    }
  })
  if (at === undefined) return undefined
  const rest = text.slice(at).trimStart()
  const offset = text.length - rest.length
  if (rest === '') {
    return {
      offset: Math.max(0, text.trimEnd().length - 1),
      message: 'PromQL syntax error: the query ends too early',
      expected:
        'a complete expression (check for an unclosed parenthesis, brace or bracket, or a missing operand)'
    }
  }
  const token = /^([A-Za-z_:][\w:]*|"(?:[^"\\]|\\.)*"|\S)/.exec(rest)?.[0] ?? rest.charAt(0)
  return { offset, message: `PromQL syntax error: unexpected '${token}'`, expected: 'valid PromQL' }
}
