/**
 * The floor under `validate`, run as its own bundled process: what no validator of these manifests
 * can skip. It reads every YAML file under a folder, parses it with the loader's library and
 * options (positions kept), and parses each PromQL `query` with the official grammar, the two
 * libraries `validate` must load. No schema, policy, report or output. The cold-start benchmark
 * bundles it with ncc as dist/ is and times it from spawn to exit beside `node -e 0`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parser } from '@prometheus-io/lezer-promql'
import { LineCounter, parseAllDocuments } from 'yaml'

const dir = process.argv[2]
if (dir === undefined) throw new Error('usage: validate-floor <dir>')

let queries = 0
for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!/\.ya?ml$/.test(entry)) continue
  const text = readFileSync(join(dir, entry), 'utf8')
  for (const doc of parseAllDocuments(text, { lineCounter: new LineCounter(), merge: true }))
    if ('toJS' in doc) for (const query of queriesIn(doc.toJS())) parseQuery(query)
}
// A floor that parsed no query would be the wrong floor, and a fast one: fail instead.
if (queries === 0) throw new Error(`validate-floor: no PromQL query in any manifest under ${dir}`)

function parseQuery(query: string): void {
  // The generated manifests use {{window}}, for which the gate stands in a duration (manifest/queries).
  parser.parse(query.replace(/\{\{\s*\w+\s*\}\}/g, '1m'))
  queries++
}

function* queriesIn(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* queriesIn(item)
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value))
      if (key === 'query' && typeof child === 'string') yield child
      else yield* queriesIn(child)
}
