/**
 * Regenerates the README's input and output tables from action.yml, between the
 * `<!-- action-inputs:start -->`/`end` and `<!-- action-outputs:start -->`/`end` markers.
 * `--check` writes nothing and exits 1 when the README is out of date (CI runs it).
 *
 *   npm run docs          # rewrite README.md
 *   npm run docs:check    # fail when README.md differs from action.yml
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { renderActionDocs } from './action-docs'

const root = join(__dirname, '..')
const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
const updated = renderActionDocs(readFileSync(join(root, 'action.yml'), 'utf8'), readme)

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write(
      "README.md's action tables differ from action.yml. Run 'npm run docs' and commit the result.\n"
    )
    process.exit(1)
  }
  process.stdout.write('README.md action tables match action.yml.\n')
} else {
  writeFileSync(readmePath, updated)
  process.stdout.write(updated === readme ? 'README.md is up to date.\n' : 'README.md updated.\n')
}
