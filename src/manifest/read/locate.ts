/**
 * Maps a path inside a parsed YAML document back to where it was written. A path that does not
 * exist (a missing field) falls back to its nearest existing parent, so every issue has a place.
 */
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type LineCounter
} from 'yaml'

import type { SourceLocation } from '../../util/errors'
import type { DocPath, Locate } from '../model'

/** Builds the Locate of one document. Nodes are walked on demand, only when an issue needs a place. */
export function locateIn(
  file: string,
  doc: Document.Parsed,
  lines: LineCounter,
  fallback: SourceLocation
): Locate {
  const at = (offset: number | undefined): SourceLocation => {
    if (offset === undefined) return fallback
    const { line, col } = lines.linePos(offset)
    return { file, line, col }
  }
  return (path: DocPath) => {
    let node: unknown = doc.contents
    let here = at(nodeStart(node))
    for (const segment of path) {
      const step = child(doc, node, segment)
      if (!step) return here
      node = step.value
      here = at(step.keyStart ?? nodeStart(node))
    }
    return here
  }
}

interface Step {
  readonly value: unknown
  /** Where the key of a mapping entry starts: collections are located by their key, not their first child. */
  readonly keyStart?: number
}

function child(doc: Document.Parsed, node: unknown, segment: string | number): Step | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node
  if (isMap(target)) {
    for (const pair of target.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      if (String(key) !== String(segment)) continue
      const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value
      const valueIsCollection = isMap(value) || isSeq(value)
      const keyStart = valueIsCollection || value === null ? nodeStart(pair.key) : undefined
      return keyStart === undefined ? { value: pair.value } : { value: pair.value, keyStart }
    }
    return undefined
  }
  if (isSeq(target) && typeof segment === 'number') {
    const item: unknown = target.items[segment]
    return item === undefined ? undefined : { value: item }
  }
  return undefined
}

function nodeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined
}
