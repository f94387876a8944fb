/**
 * The bundle the benchmarks run, built by scripts/bundle.mjs as dist/ is, but into a temporary
 * directory (`--out`): dist/ is never touched; and benchmark workers bundled the same way. Each is
 * cached by a hash of its sources, so a second run does not build again.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Bundle } from './model'

const DONE = '.complete'

/** Builds (or reuses) the bundle of the sources under `root`. */
export function buildBundle(root: string, log: (line: string) => void): Bundle {
  const dir = join(tmpdir(), `chaos-gate-bench-bundle-${sourceHash(root, bundleSources(root))}`)
  cached(dir, (building) => {
    log(`building the bundle into ${dir} (ncc; about 30 s)`)
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--out', building], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    })
  })
  return describe(dir)
}

/**
 * Builds (or reuses) one benchmark worker (`bench/workers/<name>.ts`) bundled on its own by ncc,
 * as dist/ is, so a baseline program loads its libraries the way the gate's bundle does. Returns
 * the path of its entry file.
 */
export function buildWorkerBundle(root: string, name: string, log: (line: string) => void): string {
  const worker = join('bench', 'workers', `${name}.ts`)
  const files = ['package-lock.json', 'tsconfig.json', worker]
  const dir = join(tmpdir(), `chaos-gate-bench-${name}-${sourceHash(root, files)}`)
  cached(dir, (building) => {
    log(`bundling ${worker} into ${dir} (ncc)`)
    execFileSync(
      join(root, 'node_modules', '.bin', 'ncc'),
      ['build', worker, '-o', building, '-q'],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
    )
  })
  return join(dir, 'index.js')
}

/** Runs `build` into a scratch folder renamed to `dir` once complete, unless `dir` is complete. */
function cached(dir: string, build: (into: string) => void): void {
  if (existsSync(join(dir, DONE))) return
  const building = `${dir}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  build(building)
  writeFileSync(join(building, DONE), '')
  rmSync(dir, { recursive: true, force: true })
  renameSync(building, dir)
}

function describe(dir: string): Bundle {
  const entries: Record<string, string> = {}
  const files: { name: string; bytes: number }[] = []
  let total = 0
  for (const name of readdirSync(dir)) {
    const bytes = statSync(join(dir, name)).size
    total += bytes
    if (!name.endsWith('.js')) continue
    // Entry files are one-line requires; everything else is what ncc wrote.
    if (bytes < 200) entries[name.replace(/\.js$/, '')] = join(dir, name)
    else files.push({ name, bytes })
  }
  return { dir, entries, files: files.sort((a, b) => b.bytes - a.bytes), bytes: total }
}

/** Everything the bundle is built from. */
function bundleSources(root: string): string[] {
  return [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'scripts/bundle.mjs',
    ...listFiles(root, 'src'),
    ...listFiles(root, 'vendor')
  ]
}

/** A hash of `files` (paths relative to `root`) and their contents. */
function sourceHash(root: string, files: readonly string[]): string {
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(file)
    hash.update(readFileSync(join(root, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

function listFiles(root: string, dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(root, path))
    else out.push(path)
  }
  return out.sort()
}
