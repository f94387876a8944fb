import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { INPUT_DEFAULTS, SECRET_INPUTS } from '../../src/action/input-names'
import { OUTPUT_NAMES } from '../../src/action/outputs'
import { SETTINGS_FLAGS } from '../../src/cli/settings-flag-options'
import { SETTINGS } from '../../src/gate/settings-table'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}

const action = parse(readFileSync(join(__dirname, '../../action.yml'), 'utf8')) as ActionYml

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, with the same defaults', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default])
    )
    expect(declared).toEqual(INPUT_DEFAULTS)
  })

  it('declares every row of the settings table with its default, and the CLI has its flag', () => {
    for (const [key, row] of Object.entries(SETTINGS)) {
      if (row.input !== undefined)
        expect([key, action.inputs[row.input]?.default]).toEqual([key, row.default])
      if (row.flag !== undefined) expect([key, row.flag in SETTINGS_FLAGS]).toEqual([key, true])
    }
  })

  it('describes every input and says which ones are secrets', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(20)
      expect(input.required).toBe(false)
      const saysSecret = input.description.startsWith('Secret.')
      expect([name, saysSecret]).toEqual([name, SECRET_INPUTS.some((secret) => secret === name)])
    }
  })

  it('declares exactly the outputs the action sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES])
  })

  it('runs main and post on node24 and keeps post-if at its always() default', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main.js', post: 'dist/post.js' })
  })
})
