/**
 * The manifest-scale baseline, run as its own process: read every YAML file under a folder and
 * parse it with the same library the loader uses, nothing else. What validation and planning add
 * on top of this is Chaos Gate's own cost. Prints {"ms", "files", "documents"} on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { parseAllDocuments } from 'yaml'

const dir = process.argv[2]
if (dir === undefined) throw new Error('usage: parse-manifests.ts <dir>')
const started = performance.now()
let files = 0
let documents = 0
for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('.yaml')) continue
  files++
  for (const doc of parseAllDocuments(readFileSync(join(dir, entry), 'utf8'))) {
    if ('toJS' in doc) doc.toJS()
    documents++
  }
}
const ms = performance.now() - started
process.stdout.write(`${JSON.stringify({ ms, files, documents })}\n`)
