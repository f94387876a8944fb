#!/usr/bin/env node
// Builds the one shared bundle (dist/index.js, plus lazily loaded chunks such as the Kubernetes
// client) and a one-line entry file for each function it exports: dist/cli.js, dist/main.js
// (the action's main step) and dist/post.js (its post step).
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  'npx',
  ['ncc', 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '-q'],
  {
    stdio: 'inherit'
  }
)

const bundle = createRequire(import.meta.url)('../dist/index.js')
for (const name of Object.keys(bundle).sort()) {
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : ''
  writeFileSync(`dist/${name}.js`, `${shebang}'use strict'\nrequire('./index.js').${name}()\n`)
}
chmodSync('dist/cli.js', 0o755)
