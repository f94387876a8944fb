/**
 * The manifest patterns almost everyone writes (a directory, `dir/*.yaml`, `dir/**\/*.{yaml,yml}`)
 * listed with node:fs, meaning what fast-glob means by them as find-files.ts calls it: files only,
 * names and directories starting with `.` skipped, `node_modules` skipped, symlinks followed, a
 * missing or broken link skipped, an unreadable directory an error. fast-glob and its matchers
 * cost more to load than validating ten manifests (docs/performance.md, "Results"), so only the
 * patterns this does not read go to fast-glob. test/manifest/plain-glob.test.ts holds the two to
 * the same answers on one tree.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** A pattern of the plain form: files with these extensions in `base`, or anywhere below it. */
export interface PlainGlob {
  /** Relative to the working directory; '' for the working directory itself. */
  readonly base: string
  /** `**\/` before the file part: every directory below `base`, not only `base`. */
  readonly deep: boolean
  readonly extensions: readonly string[]
}

/** `[dir/...]` `[**\/]` `*.ext` or `*.{ext,ext,...}` (one extension in braces is not a choice). */
const PLAIN =
  /^((?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*)(\*\*\/)?\*\.(?:([A-Za-z0-9]+)|\{([A-Za-z0-9]+(?:,[A-Za-z0-9]+)+)\})$/

/** The pattern as a PlainGlob, or undefined when fast-glob must read it. */
export function plainGlob(pattern: string): PlainGlob | undefined {
  const match = PLAIN.exec(pattern)
  if (!match) return undefined
  const base = (match[1] ?? '').replace(/\/$/, '')
  // fast-glob's `**/node_modules/**` ignore applies to the base too; leave that case to it.
  if (base.split('/').includes('node_modules')) return undefined
  const extensions = match[3] !== undefined ? [match[3]] : (match[4] ?? '').split(',')
  return { base, deep: match[2] !== undefined, extensions }
}

/**
 * The files `glob` names under `cwd`, as absolute paths; [] when its base does not exist. Throws
 * what readdir throws for a base that is a file or for an unreadable directory, as fast-glob does.
 */
export function listPlainGlob(glob: PlainGlob, cwd: string): string[] {
  const root = resolve(cwd, glob.base)
  let real: string
  try {
    real = realpathSync(root)
  } catch (err) {
    if (isCode(err, 'ENOENT')) return []
    throw err
  }
  const found: string[] = []
  const wanted = (name: string): boolean => glob.extensions.some((ext) => name.endsWith(`.${ext}`))
  const visit = (dir: string, ancestors: ReadonlySet<string>): void => {
    for (const entry of entries(dir)) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      const kind = kindOf(entry, path)
      if (kind === 'file' && wanted(entry.name)) found.push(path)
      if (kind !== 'directory' || !glob.deep || entry.name === 'node_modules') continue
      // A link back to a directory being listed is a loop: every file below it is already found.
      const real = realpathSync(path)
      if (!ancestors.has(real)) visit(path, new Set([...ancestors, real]))
    }
  }
  visit(root, new Set([real]))
  return found
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  } catch (err) {
    // Gone since its parent was listed: nothing there, as fast-glob has it.
    if (isCode(err, 'ENOENT')) return []
    throw err
  }
}

function kindOf(entry: Dirent, path: string): 'file' | 'directory' | 'other' {
  if (entry.isSymbolicLink()) {
    try {
      const target = statSync(path)
      return target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other'
    } catch {
      return 'other'
    }
  }
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other'
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === code
}
