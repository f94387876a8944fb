/**
 * `npm run schemas:crds`: rewrites schema/crds/ and schema/chaos-experiments/ from the upstream
 * corpus at ../shared/upstream (or $CHAOS_GATE_SHARED/upstream), removing files it no longer
 * derives. test/schema/committed-crds.test.ts fails while the committed files differ from this.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

import { CHAOS_EXPERIMENT_DIR, CRD_SCHEMA_DIR, deriveSchemaFiles } from './crd-schemas'

const root = resolve(__dirname, '..')
const upstream = join(process.env['CHAOS_GATE_SHARED'] ?? resolve(root, '..', 'shared'), 'upstream')

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
      .map((e) => relative(root, join(e.parentPath, e.name)))
  } catch {
    return []
  }
}

let files: Map<string, string>
try {
  files = deriveSchemaFiles(upstream)
} catch (err) {
  process.stderr.write(
    `schemas:crds: cannot read the upstream corpus at ${upstream} (${err instanceof Error ? err.message : String(err)}); ` +
      'put it beside the repository as ../shared/upstream or set CHAOS_GATE_SHARED to the folder holding upstream/.\n'
  )
  process.exit(2)
}
for (const stale of [CRD_SCHEMA_DIR, CHAOS_EXPERIMENT_DIR].flatMap((d) =>
  listYaml(join(root, d))
)) {
  if (!files.has(stale)) rmSync(join(root, stale))
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
process.stdout.write(
  `wrote ${files.size} files under ${CRD_SCHEMA_DIR}/ and ${CHAOS_EXPERIMENT_DIR}/\n`
)
