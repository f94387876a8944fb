/**
 * The `chaos-gate` problem matcher, registered by main for the rest of the job: every line in the
 * CLI's issue format (`file:line:col: severity: message`, util/errors.ts `formatIssue`) becomes an
 * annotation linked to that line of the manifest, in any later step too (`npx chaos-gate validate`
 * needs no `::add-matcher::` of its own). The action's own findings go out as workflow commands
 * (annotations.ts), never in this format, so nothing is annotated twice.
 * .github/chaos-gate-problem-matcher.json is the same matcher for workflows that only run the CLI.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { errorMessage } from '../util/errors'
import type { ActionsCore } from './actions-core'

export const PROBLEM_MATCHER = {
  problemMatcher: [
    {
      owner: 'chaos-gate',
      pattern: [
        {
          regexp: '^(.+?):(\\d+):(\\d+): (error|warning|notice): (.*)$',
          file: 1,
          line: 2,
          column: 3,
          severity: 4,
          message: 5
        }
      ]
    }
  ]
} as const

/** Writes the matcher where the runner can read it and registers it; a failure is only a debug line. */
export async function registerProblemMatcher(core: ActionsCore, dir: string): Promise<void> {
  const path = join(dir, 'chaos-gate-problem-matcher.json')
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(path, `${JSON.stringify(PROBLEM_MATCHER, null, 2)}\n`)
  } catch (err) {
    core.debug(`The problem matcher was not registered: ${errorMessage(err)}`)
    return
  }
  // @actions/core has no call for this; the runner reads the command from stdout.
  core.info(`::add-matcher::${path}`)
}
