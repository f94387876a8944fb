import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { SETTINGS_FLAGS } from '../../src/cli/settings-flag-options'
import { settingsFromFlags } from '../../src/cli/settings-flags'
import { captureIo } from './capture-io'

function settings(args: string[], cwd = '/repo') {
  const { values, positionals } = parseArgs({
    args,
    options: SETTINGS_FLAGS,
    allowPositionals: true,
    strict: true
  })
  return settingsFromFlags(values, positionals, captureIo({ cwd, env: {} }))
}

const RULE = 'name: api\nquery: slo:error_budget_remaining:ratio\nminRemaining: 25%'

describe('--error-budget', () => {
  it('reads inline YAML', () => {
    expect(
      settings(['--prometheus-url', 'http://prom:9090', '--error-budget', RULE]).errorBudget
    ).toEqual([
      {
        name: 'api',
        minRemaining: 0.25,
        source: { kind: 'remaining', query: 'slo:error_budget_remaining:ratio' }
      }
    ])
  })

  it('reads a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-budget-'))
    try {
      writeFileSync(join(dir, 'budget.yaml'), `- ${RULE.replace(/\n/g, '\n  ')}`)
      expect(
        settings(['--prometheus-url', 'http://prom:9090', '--error-budget', 'budget.yaml'], dir)
          .errorBudget
      ).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('needs a Prometheus to read it from', () => {
    expect(() => settings(['--error-budget', RULE])).toThrow(
      "Invalid flag '--error-budget': the error budget is read from Prometheus: set --prometheus-url too"
    )
  })

  it('names the flag in validation errors', () => {
    expect(() =>
      settings(['--prometheus-url', 'http://prom:9090', '--error-budget', 'name: api'])
    ).toThrow("Invalid flag '--error-budget':")
  })
})
