/**
 * Turns the `experiments` setting (globs, file paths, directories) into a sorted list of manifest
 * files. A path that does not exist is an error; so is a set of patterns that finds nothing,
 * because a gate with no experiments would pass without testing anything.
 */
import { realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

import { compareText } from '../../util/compare-text'
import { errorMessage, type Issue, truncate } from '../../util/errors'
import { listPlainGlob, type PlainGlob, plainGlob } from './plain-glob'

/** The default `experiments` setting. */
export const DEFAULT_EXPERIMENT_GLOBS: readonly string[] = ['experiments/**/*.{yaml,yml}']

/** What a directory argument expands to. */
const DIRECTORY_GLOB: PlainGlob = { base: '', deep: true, extensions: ['yaml', 'yml', 'json'] }

/** A manifest file: where to read it and how to name it to users. */
export interface ManifestFile {
  readonly path: string
  /** Relative to the working directory with `/` separators, as annotations and editors expect. */
  readonly file: string
}

/** The files the patterns name, and any pattern that named nothing. */
export interface FoundFiles {
  readonly files: readonly ManifestFile[]
  readonly issues: readonly Issue[]
}

/** Expands `patterns` relative to `cwd`. Files are unique and in a stable order. */
export async function findManifestFiles(
  patterns: readonly string[],
  cwd: string
): Promise<FoundFiles> {
  const found = new Map<string, ManifestFile>()
  const issues: Issue[] = []
  for (const pattern of patterns) {
    const paths = await expand(pattern, cwd)
    if (paths.kind === 'missing') issues.push(missing(pattern, paths.glob))
    if (paths.kind === 'failed') issues.push(failed(pattern, paths.message))
    for (const path of paths.kind === 'found' ? paths.paths : []) {
      // Keyed by the real path: a file reached through symlinks (or a symlink loop) is read once.
      const real = realPath(path)
      if (!found.has(real)) found.set(real, { path, file: displayPath(path, cwd) })
    }
  }
  const files = [...found.values()].sort((a, b) => compareText(a.file, b.file))
  return { files, issues }
}

function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** A path as users see it: relative to `cwd`, `/`-separated. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return (rel === '' ? path : rel).split(sep).join('/')
}

type Expansion =
  | { readonly kind: 'found'; readonly paths: readonly string[] }
  | { readonly kind: 'missing'; readonly glob: boolean }
  | { readonly kind: 'failed'; readonly message: string }

async function expand(pattern: string, cwd: string): Promise<Expansion> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
  const info = await stat(absolute).catch(() => undefined)
  if (info?.isFile()) return { kind: 'found', paths: [absolute] }
  if (info?.isDirectory()) return list(() => listPlainGlob(DIRECTORY_GLOB, absolute))
  const plain = plainGlob(pattern)
  if (plain) return list(() => listPlainGlob(plain, cwd))
  // Any other pattern goes to fast-glob, loaded only then (plain-glob.ts says why).
  const { default: fg } = await import('fast-glob')
  if (!fg.isDynamicPattern(pattern)) return { kind: 'missing', glob: false }
  return list(() =>
    fg(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      unique: true,
      followSymbolicLinks: true,
      ignore: ['**/node_modules/**', '**/.git/**']
    })
  )
}

/** What a directory or a glob lists: 'missing' when nothing, 'failed' when it cannot be read. */
async function list(paths: () => string[] | Promise<string[]>): Promise<Expansion> {
  let found: string[]
  try {
    found = await paths()
  } catch (err) {
    // An unreadable directory or a symlink loop under the pattern; report it like a bad path.
    return { kind: 'failed', message: errorMessage(err) }
  }
  return found.length > 0
    ? { kind: 'found', paths: found.map((p) => resolve(p)) }
    : { kind: 'missing', glob: true }
}

function failed(pattern: string, message: string): Issue {
  return {
    file: pattern,
    line: 1,
    col: 1,
    severity: 'error',
    code: 'files/unreadable',
    message: `cannot list '${pattern}': ${truncate(message)}`
  }
}

function missing(pattern: string, isGlob: boolean): Issue {
  return {
    file: pattern,
    line: 1,
    col: 1,
    severity: 'error',
    code: isGlob ? 'files/no-match' : 'files/not-found',
    message: isGlob
      ? `the pattern '${pattern}' matches no file`
      : `no such file or directory: '${pattern}'`,
    expected: 'a manifest file, a directory of manifests, or a glob such as experiments/**/*.yaml',
    hint: 'Paths and globs are relative to the working directory.'
  }
}
