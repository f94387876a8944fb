/**
 * Limits that keep hostile YAML from hurting the parser: nesting is checked before parsing (deep
 * `[[[[`, `- - - -` or indentation drives the composer into stack overflows), and one broken file
 * reports a bounded number of problems.
 */
import type { Issue } from '../../util/errors'

/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing. */
export const MAX_FLOW_DEPTH = 100

/**
 * Block collections (indentation, and compact `- - -` or `? ? ?` on one line) nested deeper than
 * this are refused before parsing: the parser overflows its stack from about 900 levels, and
 * real manifests nest a few dozen.
 */
export const MAX_BLOCK_DEPTH = 200

/** The message of a parser that ran out of stack (V8's RangeError). */
export const STACK_OVERFLOW = /Maximum call stack size exceeded/

/** Parser issues reported per file; past this the rest are counted, not listed. */
const MAX_ISSUES_PER_FILE = 20

export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES_PER_FILE) return issues
  const kept = issues.slice(0, MAX_ISSUES_PER_FILE)
  const last = kept[kept.length - 1]
  if (last) {
    kept.push({
      ...last,
      severity: 'error',
      code: 'yaml/too-many-errors',
      message: `${issues.length - MAX_ISSUES_PER_FILE} more YAML problems in this file are not listed`
    })
  }
  return kept
}

/**
 * Offset where `[`/`{` nesting first exceeds `limit`, skipping quoted scalars and comments. Deep
 * flow nesting drives the parser into stack overflows; real manifests nest a few levels.
 */
export function excessiveFlowDepth(text: string, limit: number): number | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") i = quoteEnd(text, i, c)
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) i = lineEnd(text, i)
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return undefined
}

/**
 * Offset of the line where block nesting first exceeds `limit`: the number of ever-deeper
 * indentations open at that line plus the compact indicators (`- `, `? `) it starts with. Lines
 * of a block scalar count too, which can only overestimate: a limit far above real manifests
 * keeps that harmless.
 */
export function excessiveBlockDepth(text: string, limit: number): number | undefined {
  const open: number[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length
    const rest = line.slice(indent)
    if (rest !== '' && !rest.startsWith('#')) {
      while (open.length > 0 && (open[open.length - 1] ?? 0) >= indent) open.pop()
      open.push(indent)
      const compact = /^(?:[-?][ \t]+)*/.exec(rest)?.[0] ?? ''
      const indicators = compact.replace(/[ \t]/g, '').length
      if (open.length + indicators > limit) return offset + indent
    }
    offset += line.length + 1
  }
  return undefined
}

function quoteEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return i
    else if (text[i] === '\n' && quote === "'") return i
  }
  return text.length
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start)
  return end < 0 ? text.length : end
}

/** What nests too deeply: flow collections, block collections, or unknown (the parser overflowed). */
export type DeepNesting = 'flow' | 'block' | 'overflow'

const DEEP_MESSAGE: Readonly<Record<DeepNesting, string>> = {
  flow: `flow collections ('[' and '{') are nested more than ${MAX_FLOW_DEPTH} levels deep`,
  block: `block collections (indentation, '- ' and '? ') are nested more than ${MAX_BLOCK_DEPTH} levels deep`,
  overflow: 'the YAML is nested too deeply for the parser (it ran out of stack)'
}

export function tooDeep(file: string, text: string, offset: number, what: DeepNesting): Issue {
  const lines = text.slice(0, offset).split('\n')
  return {
    file,
    line: lines.length,
    col: (lines[lines.length - 1]?.length ?? 0) + 1,
    severity: 'error',
    code: 'yaml/too-deep',
    message: DEEP_MESSAGE[what],
    hint: 'A manifest never needs this; check the file for generated or corrupted content.'
  }
}
