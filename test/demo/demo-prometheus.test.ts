import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import type { GateReport } from '../../src/gate/result'
import { captureIo } from '../cli/cli-io'
import { validateReport } from '../report/validate-report'

describe('chaos-gate demo --prometheus (end to end, real Prometheus, real time)', () => {
  it('gates the demo on PromQL: one pass, one expected abort, and the report shows the PromQL measurements', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-demo-prom-'))
    const { io, stdout } = captureIo(cwd)
    expect(await runCli(['demo', '--prometheus'], COMMANDS, io, '0.0.0-test')).toBe(0)

    const json = await readFile(
      join(cwd, 'chaos-gate-report', 'demo', 'chaos-gate-report.json'),
      'utf8'
    )
    expect(validateReport(json)).toEqual([])
    const report = JSON.parse(json) as GateReport
    expect(report.experiments.map((e) => [e.name, e.verdict, e.observed])).toEqual([
      ['demo-prometheus-latency', 'pass', 'pass'],
      ['demo-prometheus-errors', 'pass', 'aborted']
    ])
    const [latency, errors] = report.experiments
    const promChecks = latency?.checks.filter((c) => c.source === 'prometheus').map((c) => c.name)
    expect(promChecks).toEqual([
      'edge-latency-p99',
      'edge-error-ratio',
      'availability-burn',
      'shop-latency-p99'
    ])
    // Real PromQL answers, judged: the edge sees the injected latency, the shop itself does not.
    const worst = (name: string) =>
      Math.max(
        ...(latency?.measurements
          .filter((m) => m.check === name && m.phase === 'during')
          .flatMap((m) => m.series.map((s) => s.value)) ?? [])
      )
    expect(worst('edge-latency-p99')).toBeGreaterThan(0.15)
    expect(worst('shop-latency-p99')).toBeLessThan(0.1)
    expect(
      latency?.checks.find((c) => c.name === 'availability-burn')?.phases.during?.reason
    ).toMatch(/^availability-burn: the fault spent 0 % of the 720h error budget/)
    expect(errors?.fault.abortedBy).toBe('guard')
    expect(errors?.reasons[0]).toContain('edge-error-ratio')
    expect(stdout()).toContain('Prometheus on http://127.0.0.1:')
    expect(stdout()).toContain('The gate PASSED')
  }, 150_000)
})
