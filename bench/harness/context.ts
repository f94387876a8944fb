/** The BenchContext the runner hands to every benchmark: repetitions, temp dirs, the bundle. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { buildBundle } from './bundle'
import type { BenchContext, Bundle } from './model'

/** A context plus what the runner needs to tidy up after it. */
export interface OwnedContext extends BenchContext {
  dispose(): void
}

export function benchContext(root: string, quick: boolean): OwnedContext {
  const base = mkdtempSync(join(tmpdir(), 'chaos-gate-bench-'))
  let bundle: Bundle | undefined
  let dirs = 0
  const log = (line: string): void => void process.stderr.write(`  ${line}\n`)
  return {
    quick,
    root,
    reps: (full, short) => (quick ? short : full),
    tempDir: (name) => {
      const dir = join(base, `${++dirs}-${name}`)
      mkdirSync(dir, { recursive: true })
      return dir
    },
    bundle: () => {
      bundle ??= buildBundle(root, log)
      return Promise.resolve(bundle)
    },
    log,
    dispose: () => rmSync(base, { recursive: true, force: true })
  }
}
