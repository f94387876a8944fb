#!/usr/bin/env node
// Fails when dist/ (or the directory given) holds more than DIST_LIMIT_BYTES: every clone of the
// repository and every download of the action carries it. .ci/run checks it after `npm run bundle`;
// the bench reports the same total against the same limit (bench/benchmarks/cold-start.ts).
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** 6 MB (MiB, as the bench prints sizes). */
export const DIST_LIMIT_BYTES = 6 * 1024 * 1024

const dir = resolve(process.argv[2] ?? 'dist')
const files = readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
const total = files.reduce((sum, f) => sum + f.bytes, 0)
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
if (total > DIST_LIMIT_BYTES) {
  console.error(
    `${dir} holds ${mb(total)}, over the limit of ${mb(DIST_LIMIT_BYTES)}. Largest files:`
  )
  for (const f of files.sort((a, b) => b.bytes - a.bytes).slice(0, 5))
    console.error(`  ${f.name}  ${mb(f.bytes)}`)
  console.error('Load less, or load it lazily (docs/performance.md, "Bundle size").')
  process.exit(1)
}
console.log(`${dir}: ${mb(total)} in ${files.length} files (limit ${mb(DIST_LIMIT_BYTES)})`)
