/**
 * runner-core.ts re-states a few lines of @actions/core's index so the action does not load its
 * OIDC client. Each function must write exactly what @actions/core writes: both run the same
 * calls against the same environment, and their stdout and file commands are compared.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import * as actionsCore from '@actions/core'

import * as runnerCore from '../../src/action/runner-core'

type Core = typeof runnerCore

// One directory for every run: the summary module (shared by both) keeps the first path it saw.
const dir = mkdtempSync(join(tmpdir(), 'runner-core-'))

/** What one implementation did: stdout, the file commands, the return values, the exit code. */
async function observe(core: Core, withFiles: boolean): Promise<unknown> {
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' }
  const saved = { ...process.env }
  const exitCode = process.exitCode
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(join(dir, file), '')
    if (withFiles) process.env[name] = join(dir, file)
    else delete process.env[name]
  }
  process.env.INPUT_MODE = '  enforce \n'
  process.env['INPUT_CHECK-RUN'] = 'True'
  process.env.INPUT_CHECK_RUN = 'spaces become underscores'
  process.env.INPUT_BAD = 'yes'
  process.env.STATE_phase = 'during'
  let stdout = ''
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  try {
    const returned = [
      core.getInput('mode'),
      core.getInput('check run'),
      core.getInput('absent'),
      core.getBooleanInput('check-run'),
      (() => {
        try {
          return core.getBooleanInput('bad')
        } catch (err) {
          return String(err)
        }
      })(),
      core.getState('phase'),
      core.getState('absent')
    ]
    core.setSecret('s3cr%t\nline')
    core.saveState('progress', '{"a":1}\nsecond line')
    core.setOutput('verdict', 'pass')
    core.debug('a % debug\r\nline')
    core.info('plain info')
    core.notice('note', { title: 'T: x', file: 'a,b.yaml', startLine: 3, startColumn: 2 })
    core.warning('careful %')
    core.error('broke', { file: 'e.yaml', endLine: 9 })
    core.setFailed('failed: why')
    if (withFiles) await core.summary.addRaw('## Summary', true).write()
    const read = (file: string): string =>
      readFileSync(join(dir, file), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
    return {
      returned,
      stdout,
      exitCode: process.exitCode,
      files: Object.fromEntries(Object.values(files).map((f) => [f, read(f)]))
    }
  } finally {
    write.mockRestore()
    process.exitCode = exitCode
    if (withFiles) core.summary.emptyBuffer()
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

describe('runner-core', () => {
  it.each([
    ['with the runner files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY)', true],
    ['without them (the old workflow commands)', false]
  ])('writes what @actions/core writes, %s', async (_label, withFiles) => {
    const expected = await observe(actionsCore, withFiles)
    expect(await observe(runnerCore, withFiles)).toEqual(expected)
  })
})
