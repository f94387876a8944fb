// Renames ncc's lazily loaded chunks after what they hold, so that the same sources always give the
// same dist/ (CI rebuilds it and fails on any difference). ncc (webpack) names a chunk that several
// lazy imports share after its root modules, in an order that varies from build to build: the AWS
// SDK's shared chunk came out as 217, 226, 861 or 894 for one tree. Module ids do not vary (webpack
// derives them from paths), so each chunk's new id is a hash of its sorted module ids, and every
// `__webpack_require__.e(id)` / `__nccwpck_require__.e(id)` that loads it is rewritten to match.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const CHUNK_FILE = /^(\d+)\.index\.js$/
const HEADER = /^("use strict";\n)?exports\.id = (\d+);\nexports\.ids = \[([\d,]+)\];\n/
const MODULE_ID = /^\/\*\*\*\/ (\d+):$/gm
const LOAD = /(__(?:webpack|nccwpck)_require__\.e\()(\/\* import\(\) \*\/ )?(\d+)\)/g

/** A six-digit id from the chunk's modules: never one of webpack's (at most three digits here). */
function stableId(source) {
  const modules = [...source.matchAll(MODULE_ID)].map((m) => Number(m[1])).sort((a, b) => a - b)
  if (modules.length === 0) throw new Error('a chunk with no modules')
  const digest = createHash('sha256').update(modules.join(',')).digest()
  return 100000 + (digest.readUInt32BE(0) % 900000)
}

export function stabiliseChunkIds(dir) {
  const renames = new Map()
  const taken = new Set()
  for (const name of readdirSync(dir)) {
    const match = CHUNK_FILE.exec(name)
    if (!match) continue
    const source = readFileSync(join(dir, name), 'utf8')
    const header = HEADER.exec(source)
    if (!header || header[2] !== match[1] || header[3]?.split(',')[0] !== match[1])
      throw new Error(`${name} does not start with the chunk header ncc writes`)
    const id = stableId(source)
    if (taken.has(id)) throw new Error(`two chunks hash to ${id}; widen the id`)
    taken.add(id)
    renames.set(match[1], String(id))
  }
  const renamed = (id) => {
    const to = renames.get(id)
    if (!to) throw new Error(`chunk ${id} is named, but no file in ${dir} is that chunk`)
    return to
  }
  const rewrite = (source) =>
    source.replace(LOAD, (_all, call, comment = '', id) => `${call}${comment}${renamed(id)})`)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name)
    const match = CHUNK_FILE.exec(name)
    let source = rewrite(readFileSync(path, 'utf8'))
    if (match) {
      const to = renames.get(match[1])
      source = source.replace(
        HEADER,
        (_all, strict = '', _id, ids) =>
          `${strict}exports.id = ${to};\nexports.ids = [${ids.split(',').map(renamed).join(',')}];\n`
      )
      writeFileSync(path, source)
      renameSync(path, join(dir, `${to}.index.js`))
    } else writeFileSync(path, source)
  }
}
