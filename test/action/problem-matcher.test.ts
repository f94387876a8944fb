import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { PROBLEM_MATCHER } from '../../src/action/problem-matcher'
import { formatIssue } from '../../src/util/errors'

const matcher = JSON.parse(
  readFileSync(join(__dirname, '../../.github/chaos-gate-problem-matcher.json'), 'utf8')
) as { problemMatcher: { pattern: { regexp: string }[] }[] }

describe('the problem matcher for chaos-gate validate', () => {
  it('turns every CLI issue line into file, line, column, severity and message', () => {
    const regexp = new RegExp(matcher.problemMatcher[0]?.pattern[0]?.regexp ?? '')
    for (const severity of ['error', 'warning', 'notice'] as const) {
      const line = formatIssue({
        file: 'experiments/a b/checkout.yaml',
        line: 14,
        col: 7,
        severity,
        message: "spec.duration must be a duration like '5m'; got '5 minutes'",
        hint: 'Write 5m.'
      })
      expect(regexp.exec(line)?.slice(1)).toEqual([
        'experiments/a b/checkout.yaml',
        '14',
        '7',
        severity,
        "spec.duration must be a duration like '5m'; got '5 minutes'. Write 5m."
      ])
    }
  })
})

describe('the problem matcher the action registers', () => {
  it('is the one in .github/, for workflows that only run the CLI', () => {
    expect(PROBLEM_MATCHER).toEqual(matcher)
  })
})
