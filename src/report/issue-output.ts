/**
 * How validate and plan print problems: one `file:line:col: severity: message` line each (the form
 * editors and problem matchers read), then a one-line count.
 */
import { formatIssue, type Issue } from '../util/errors'

/** Counts by severity. */
export interface IssueCounts {
  readonly errors: number
  readonly warnings: number
  readonly notices: number
}

/** Counts `issues` by severity. */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    notices: issues.filter((i) => i.severity === 'notice').length
  }
}

/** One line per issue, in the order given (callers sort). */
export function issueLines(issues: readonly Issue[]): string {
  return issues.map((i) => `${formatIssue(i)}\n`).join('')
}

/** `2 errors, 1 warning` (zero counts left out; `no problems` when all are zero). */
export function describeCounts(c: IssueCounts): string {
  const parts = [
    plural(c.errors, 'error'),
    plural(c.warnings, 'warning'),
    plural(c.notices, 'notice')
  ].filter((p): p is string => p !== undefined)
  return parts.length === 0 ? 'no problems' : parts.join(', ')
}

/** `1 file`, `3 files`; undefined for zero. */
export function plural(n: number, word: string): string | undefined {
  return n === 0 ? undefined : `${n} ${word}${n === 1 ? '' : 's'}`
}
