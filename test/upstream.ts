import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { inspectExperiments, type Inspection } from '../src/policy/load-experiments'

/**
 * The shared upstream corpus (real CRDs and example manifests) lives beside the repository, at
 * ../shared/upstream, on the team's machines and in .ci/run. It is read in place, never copied.
 * A fresh clone has only the repository: the tests that walk the corpus skip there (one line at
 * the end of the run counts them, see scripts/summary-reporter.js), and every other test needs
 * only the repository.
 */
export const SHARED_DIR = process.env.CHAOS_GATE_SHARED ?? resolve(__dirname, '../../shared')
export const UPSTREAM_DIR = join(SHARED_DIR, 'upstream')

/** Whether the corpus is present. */
export const CORPUS_PRESENT = existsSync(UPSTREAM_DIR)

/**
 * Set by .ci/run (CHAOS_GATE_REQUIRE_CORPUS=1): a missing corpus fails the corpus tests instead of
 * skipping them, so CI never skips them silently.
 */
const CORPUS_REQUIRED = process.env.CHAOS_GATE_REQUIRE_CORPUS === '1'

/** Every skipped corpus test has this in its name; the summary reporter counts them by it. */
export const CORPUS_SKIP_MARK = 'needs the upstream corpus, missing at'

const missing = (): string =>
  `The upstream corpus is missing at ${UPSTREAM_DIR}; it must sit beside the repository (../shared/upstream) or be named by CHAOS_GATE_SHARED.`

/**
 * describe() for tests that read the corpus. Without it, the block becomes one skipped test
 * named for the missing corpus (a failing one under CHAOS_GATE_REQUIRE_CORPUS=1), and `body`,
 * which reads the corpus while jest collects the tests, never runs.
 */
export function describeWithCorpus(title: string, body: () => void): void {
  if (CORPUS_PRESENT) return describe(title, body)
  if (CORPUS_REQUIRED) {
    return describe(title, () => {
      it('finds the upstream corpus (CHAOS_GATE_REQUIRE_CORPUS=1)', () => {
        throw new Error(missing())
      })
    })
  }
  describe(title, () => {
    it.skip(`${CORPUS_SKIP_MARK} ${UPSTREAM_DIR}`, () => undefined)
  })
}

/** Absolute path of a file under ../shared/upstream, failing loudly when the corpus is missing. */
export function upstreamPath(...parts: string[]): string {
  if (!CORPUS_PRESENT) throw new Error(missing())
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
