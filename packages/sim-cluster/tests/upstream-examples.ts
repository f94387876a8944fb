import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

import { parseAllDocuments } from 'yaml'

import { upstreamFiles, upstreamPath } from '../../../test/upstream'
import { isObject, type JsonObject, objectAt, stringAt, toJsonValue } from '../src/core/json'

/** One YAML document of the upstream example corpus. */
export interface ExampleDocument {
  /** `<path relative to examples/>#<document index>`. */
  readonly id: string
  readonly object: JsonObject
}

/** Every parsable object document under examples/<family> (litmus, chaos-mesh), in path order. */
export function exampleDocuments(family: 'litmus' | 'chaos-mesh'): ExampleDocument[] {
  const root = upstreamPath('examples')
  return upstreamFiles('examples', family)
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => {
      const docs = parseAllDocuments(readFileSync(file, 'utf8'))
      return docs.flatMap((doc, index) => {
        if (doc.errors.length > 0) return []
        const value = toJsonValue(doc.toJS())
        if (!isObject(value) || !stringAt(value, 'kind') || !stringAt(value, 'apiVersion'))
          return []
        return [{ id: `${relative(root, file)}#${index}`, object: value }]
      })
    })
}

/** The namespace a document goes to (its own, or default). */
export function namespaceFor(obj: JsonObject): string {
  return stringAt(objectAt(obj, 'metadata'), 'namespace') ?? 'default'
}
