import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = join(__dirname, '../../..')

/**
 * Bundles the action exactly as `npm run bundle` does, but into a temp directory (never into
 * dist/), once per content of src/, vendor/, package-lock.json and the bundle script. Returns the directory
 * holding main.js, post.js and cli.js.
 *
 * Several test files call this at once in parallel jest workers: each builds into a directory of
 * its own and renames it into place, so no worker ever runs a bundle another is still writing.
 */
export function bundleAction(): string {
  const out = join(tmpdir(), `chaos-gate-e2e-bundle-${sourceHash()}`)
  if (existsSync(join(out, 'post.js'))) return out
  const building = `${out}.building-${process.pid}`
  execFileSync('node', ['scripts/bundle.mjs', '--out', building], { cwd: root, stdio: 'pipe' })
  try {
    renameSync(building, out)
  } catch (err) {
    // Another worker finished first (its directory is in place and complete): use that one.
    if (!existsSync(join(out, 'post.js'))) throw err
    rmSync(building, { recursive: true, force: true })
  }
  return out
}

function sourceHash(): string {
  const hash = createHash('sha256')
  const files = [
    ...walk(join(root, 'src')),
    ...walk(join(root, 'vendor')),
    join(root, 'package-lock.json'),
    join(root, 'scripts/bundle.mjs')
  ]
  for (const file of files.sort()) {
    hash.update(relative(root, file))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}
