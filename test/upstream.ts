import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { inspectExperiments, type Inspection } from '../src/manifest/load-experiments'

/**
 * The shared upstream corpus (real CRDs and example manifests) lives beside the repository, at
 * ../shared/upstream, on every developer machine and in CI. It is read in place, never copied.
 */
export const SHARED_DIR = process.env.CHAOS_GATE_SHARED ?? resolve(__dirname, '../../shared')
export const UPSTREAM_DIR = join(SHARED_DIR, 'upstream')

/** Absolute path of a file under ../shared/upstream, failing loudly when the corpus is missing. */
export function upstreamPath(...parts: string[]): string {
  if (!existsSync(UPSTREAM_DIR)) {
    throw new Error(
      `The upstream corpus is missing at ${UPSTREAM_DIR}; it must sit beside the repository (../shared/upstream) or be named by CHAOS_GATE_SHARED.`
    )
  }
  return join(UPSTREAM_DIR, ...parts)
}

/** Every file under ../shared/upstream/<parts>, recursively, in path order. */
export function upstreamFiles(...parts: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? walk(path) : [path]
    })
  return walk(upstreamPath(...parts)).sort()
}

/** One upstream example file inspected as a run of its own (names are unique only within a file). */
export function inspectUpstream(path: string): Promise<Inspection> {
  return inspectExperiments(
    {
      experiments: [path],
      cwd: upstreamPath('examples'),
      backend: 'auto',
      namespace: 'default',
      environment: 'staging'
    },
    { env: {} }
  )
}
