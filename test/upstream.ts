import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

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
