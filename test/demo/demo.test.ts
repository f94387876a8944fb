import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import type { GateReport } from '../../src/gate/result'
import { captureIo } from '../cli/cli-io'
import { validateReport } from '../report/validate-report'

describe('chaos-gate demo (end to end, real time)', () => {
  it('passes with one pass and one expected failure, and writes valid reports', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-demo-'))
    const { io, stdout } = captureIo(cwd)
    expect(await runCli(['demo'], COMMANDS, io, '0.0.0-test')).toBe(0)

    const dir = join(cwd, 'chaos-gate-report', 'demo')
    const json = await readFile(join(dir, 'chaos-gate-report.json'), 'utf8')
    expect(validateReport(json)).toEqual([])
    const report = JSON.parse(json) as GateReport
    expect(report).toMatchObject({ verdict: 'pass', failed: false, environment: 'demo' })
    expect(report.experiments.map((e) => [e.name, e.verdict, e.observed])).toEqual([
      ['demo-latency', 'pass', 'pass'],
      ['demo-errors', 'pass', 'aborted']
    ])
    const errors = report.experiments[1]!
    expect(errors.fault).toMatchObject({
      abortedBy: 'guard',
      abortLatencyMs: expect.any(Number) as number
    })
    expect(errors.recovery?.timedOut).toBe(false)
    expect(errors.cleanup).toMatchObject({ stuck: [], errors: [] })

    expect(await readFile(join(dir, 'chaos-gate-junit.xml'), 'utf8')).toContain(
      '<testcase name="demo-errors"'
    )
    expect(await readFile(join(dir, 'chaos-gate-summary.md'), 'utf8')).toContain('xychart-beta')
    expect(stdout()).toContain('Reports: chaos-gate-report/demo/chaos-gate-report.json')
    expect(stdout()).toContain('The gate PASSED')
  }, 120_000)
})
