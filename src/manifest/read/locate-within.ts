/**
 * Maps an offset inside a string value back to its line and column in the file, so an error in a
 * multi-line PromQL query points at the offending token, not at the `|` that starts the block.
 * Literal blocks (`|`), single-line plain scalars and quoted scalars without escapes map exactly;
 * for anything else (folded `>` blocks, multi-line plain or escaped strings) the answer is
 * undefined and callers fall back to where the value starts.
 */
import { type Document, isScalar, type LineCounter, Scalar } from 'yaml'

import type { SourceLocation } from '../../util/errors'
import type { DocPath } from '../model'

/** Locates `offset` within the string value at `path`, when the mapping is exact. */
export type LocateWithin = (path: DocPath, offset: number) => SourceLocation | undefined

export function locateWithinIn(
  file: string,
  doc: Document.Parsed,
  lines: LineCounter,
  text: string
): LocateWithin {
  return (path, offset) => {
    const node: unknown = doc.getIn(path, true)
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined
    const pos = sourceOffset(node, node.value, text, offset)
    return pos === undefined ? undefined : { file, ...lines.linePos(pos) }
  }
}

function sourceOffset(
  node: Scalar,
  value: string,
  text: string,
  offset: number
): number | undefined {
  const [start, end] = node.range ?? [0, 0]
  const source = text.slice(start, end)
  switch (node.type) {
    case Scalar.BLOCK_LITERAL:
      return literalOffset(start, source, value, offset)
    case Scalar.PLAIN:
      return source === value ? start + offset : undefined
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return source.slice(1, -1) === value ? start + 1 + offset : undefined
    default:
      return undefined
  }
}

/** A literal block keeps its lines: value line k is content line k, shifted by the indentation. */
function literalOffset(
  start: number,
  source: string,
  value: string,
  offset: number
): number | undefined {
  const header = source.indexOf('\n')
  if (header < 0) return undefined
  const contentStart = start + header + 1
  const content = source.slice(header + 1).split('\n')
  const explicit = /^[|][+-]?(\d)|^[|](\d)[+-]?/.exec(source)
  const indent = explicit
    ? Number(explicit[1] ?? explicit[2])
    : (/^ */.exec(content.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0)
  const before = value.slice(0, offset).split('\n')
  const line = before.length - 1
  const col = before[line]?.length ?? 0
  if (line >= content.length) return undefined
  const lineStart = content.slice(0, line).reduce((n, l) => n + l.length + 1, contentStart)
  return lineStart + indent + col
}
