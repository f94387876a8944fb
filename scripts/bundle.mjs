#!/usr/bin/env node
// Builds the one shared bundle (dist/index.js, plus lazily loaded chunks such as the Kubernetes
// client) and a one-line entry file for each function it exports: dist/cli.js, dist/main.js
// (the action's main step) and dist/post.js (its post step).
// `--out <dir>` builds somewhere else (the action's end-to-end test bundles into a temp dir).
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const at = process.argv.indexOf('--out')
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : 'dist'

rmSync(out, { recursive: true, force: true })
execFileSync(
  'npx',
  ['ncc', 'build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'],
  {
    stdio: 'inherit'
  }
)

const bundle = createRequire(import.meta.url)(resolve(out, 'index.js'))
for (const name of Object.keys(bundle).sort()) {
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : ''
  writeFileSync(
    join(out, `${name}.js`),
    `${shebang}'use strict'\nrequire('./index.js').${name}()\n`
  )
}
chmodSync(join(out, 'cli.js'), 0o755)
