/**
 * Multi-document YAML (and JSON, a subset of it) parsed with positions. Hostile input is contained:
 * alias expansion is bounded (billion laughs), duplicate keys are errors, and a parser failure
 * becomes an issue instead of a crash. Empty documents are skipped.
 */
import {
  type Document,
  isCollection,
  LineCounter,
  parseAllDocuments,
  visit,
  type YAMLError,
  type YAMLWarning
} from 'yaml'

import { errorMessage, type Issue, type SourceLocation, truncate } from '../../util/errors'
import type { Locate } from '../model'
import { locateIn } from './locate'
import { type LocateWithin, locateWithinIn } from './locate-within'
import {
  capIssues,
  excessiveBlockDepth,
  excessiveFlowDepth,
  MAX_BLOCK_DEPTH,
  MAX_FLOW_DEPTH,
  STACK_OVERFLOW,
  tooDeep
} from './yaml-limits'

/** Alias nodes a document may expand; real manifests use a handful. */
export const MAX_ALIAS_COUNT = 100

/** One non-empty document: its plain JSON value and how to find its fields again. */
export interface SourceDocument {
  readonly file: string
  /** 0-based position of the document in its file. */
  readonly index: number
  readonly value: unknown
  readonly locate: Locate
  /** Where an offset inside a string value is, when it maps exactly (literal blocks, simple scalars). */
  readonly locateWithin?: LocateWithin
  /** Where the document's content starts. */
  readonly start: SourceLocation
}

/** The documents of one file and the problems found while parsing it. */
export interface ParsedFile {
  readonly documents: readonly SourceDocument[]
  readonly issues: readonly Issue[]
}

/** Parses every document of `text`; `file` is the path shown to users. */
export function parseDocuments(file: string, text: string): ParsedFile {
  const lines = new LineCounter()
  const flow = excessiveFlowDepth(text, MAX_FLOW_DEPTH)
  if (flow !== undefined) return { documents: [], issues: [tooDeep(file, text, flow, 'flow')] }
  const block = excessiveBlockDepth(text, MAX_BLOCK_DEPTH)
  if (block !== undefined) return { documents: [], issues: [tooDeep(file, text, block, 'block')] }
  let docs: Document.Parsed[]
  try {
    // merge: Kubernetes tooling (kubectl, go-yaml) honours `<<` merge keys, so manifests use them.
    docs = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
      logLevel: 'error'
    })
  } catch (err) {
    if (err instanceof RangeError && STACK_OVERFLOW.test(err.message))
      return { documents: [], issues: [tooDeep(file, text, 0, 'overflow')] }
    return { documents: [], issues: [parserCrash(file, err)] }
  }
  const documents: SourceDocument[] = []
  const issues: Issue[] = []
  const at = (offset: number): SourceLocation => ({ file, ...lines.linePos(offset) })
  // Whatever the scans above let through and still overflows the parser's stack, said plainly.
  const overflow = docs.flatMap((d) => d.errors).find((e) => STACK_OVERFLOW.test(e.message))
  if (overflow) return { documents: [], issues: [tooDeep(file, text, overflow.pos[0], 'overflow')] }
  docs.forEach((doc, index) => {
    for (const e of doc.errors) issues.push(yamlIssue(e, 'error', at, text))
    for (const w of doc.warnings) issues.push(yamlIssue(w, 'warning', at, text))
    if (doc.errors.length > 0 || doc.contents === null) return
    const complex = complexKeyOffset(doc)
    if (complex !== undefined) {
      issues.push({
        ...at(complex),
        severity: 'error',
        code: 'yaml/complex-key',
        message: 'a mapping key is itself a mapping or a list',
        expected: 'plain keys',
        hint: "Quote keys that contain '{', '[' or template syntax such as {{…}}."
      })
      return
    }
    const start = at(doc.contents.range[0])
    const value = toPlain(doc, start, at)
    if (value.kind === 'issue') {
      issues.push(value.issue)
      return
    }
    if (value.value === null || value.value === undefined) return
    documents.push({
      file,
      index,
      value: value.value,
      locate: locateIn(file, doc, lines, start),
      locateWithin: locateWithinIn(file, doc, lines, text),
      start
    })
  })
  return { documents, issues: capIssues(issues) }
}

type Plain =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'issue'; readonly issue: Issue }

function toPlain(
  doc: Document.Parsed,
  start: SourceLocation,
  at: (offset: number) => SourceLocation
): Plain {
  try {
    return { kind: 'value', value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }
  } catch (err) {
    const offset = firstAliasOffset(doc)
    const where = offset === undefined ? start : at(offset)
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      return {
        kind: 'issue',
        issue: {
          ...where,
          severity: 'error',
          code: 'yaml/alias-limit',
          message: `YAML aliases expand beyond the limit of ${MAX_ALIAS_COUNT} (an alias bomb, or aliases used far more than a manifest needs)`,
          hint: 'Write the repeated values out instead of using anchors and aliases.'
        }
      }
    }
    return {
      kind: 'issue',
      issue: {
        ...start,
        severity: 'error',
        code: 'yaml/invalid',
        message: truncate(errorMessage(err))
      }
    }
  }
}

/** Where the first key that is a collection starts; Kubernetes objects only have string keys. */
function complexKeyOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        offset = pair.key.range?.[0]
        return visit.BREAK
      }
      return undefined
    }
  })
  return offset
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    }
  })
  return offset
}

function yamlIssue(
  e: YAMLError | YAMLWarning,
  severity: 'error' | 'warning',
  at: (offset: number) => SourceLocation,
  text: string
): Issue {
  const where = at(e.pos[0])
  if (e.code === 'DUPLICATE_KEY') {
    const key = text.slice(e.pos[0]).split(/[:\n]/, 1)[0]?.trim() ?? ''
    return {
      ...where,
      severity,
      code: 'yaml/duplicate-key',
      message: `duplicate key '${truncate(key, 60)}'`,
      expected: 'each key once per mapping',
      hint: 'Remove one of the two; YAML tools disagree on which one wins.'
    }
  }
  return {
    ...where,
    severity,
    code: `yaml/${e.code.toLowerCase().replace(/_/g, '-')}`,
    message: truncate(firstLine(e.message))
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message
}

function parserCrash(file: string, err: unknown): Issue {
  return {
    file,
    line: 1,
    col: 1,
    severity: 'error',
    code: 'yaml/invalid',
    message: `the YAML parser gave up: ${truncate(errorMessage(err))}`,
    hint: 'Check the file for extreme nesting or a truncated document.'
  }
}
