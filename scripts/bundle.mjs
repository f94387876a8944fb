#!/usr/bin/env node
// Builds the one shared bundle (dist/index.js, plus lazily loaded chunks: each entry's code, each
// CLI command, the Kubernetes client, Octokit, ...) and a one-line entry file for each function it
// exports: dist/cli.js, dist/main.js (the action's main step) and dist/post.js (its post step).
// The Kubernetes client comes in as vendor/kube-config.cjs (scripts/vendor-kube-config.mjs), whose
// bundled packages ncc cannot see, so their licenses are appended to dist/licenses.txt; each
// distinct license text is then written once (compact-licenses.mjs). Chunks are renamed after
// their modules so that a rebuild is byte for byte the same (stable-chunk-ids.mjs).
// `--out <dir>` builds somewhere else (the action's end-to-end test and the bench bundle into a
// temp dir).
import { execFileSync } from 'node:child_process'
import { appendFileSync, chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { compactLicenses } from './compact-licenses.mjs'
import { stabiliseChunkIds } from './stable-chunk-ids.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const at = process.argv.indexOf('--out')
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'dist')

rmSync(out, { recursive: true, force: true })
execFileSync(
  join(root, 'node_modules', '.bin', 'ncc'),
  ['build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'],
  { cwd: root, stdio: 'inherit' }
)
appendFileSync(
  join(out, 'licenses.txt'),
  `\n${readFileSync(join(root, 'vendor', 'kube-config.licenses.txt'), 'utf8')}`
)
compactLicenses(join(out, 'licenses.txt'), root)
stabiliseChunkIds(out)

const bundle = createRequire(import.meta.url)(join(out, 'index.js'))
for (const name of Object.keys(bundle).sort()) {
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : ''
  writeFileSync(
    join(out, `${name}.js`),
    `${shebang}'use strict'\nrequire('./index.js').${name}()\n`
  )
}
chmodSync(join(out, 'cli.js'), 0o755)
