import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { startDemoService } from '../../src/demo/demo-service'
import type { GateReport } from '../../src/gate/result'
import { fileRunState, readRunState } from '../../src/gate/run-state/run-state'
import { systemClock } from '../../src/util/clock'
import { captureIo } from './cli-io'

/** A short experiment against the demo service: `fault` is the httpProxy fault block. */
function manifest(name: string, fault: string, expect = 'pass'): string {
  return `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: ${name}
spec:
  backend: local
  expect: ${expect}
  duration: 3s
  httpProxy:
    upstream: \${SHOP_URL}
${fault}
  steadyState:
    probe: { url: /api/products, rate: 20, timeout: 1s }
    defaults: { interval: 500ms, window: 1s, minSamples: 2 }
    phases:
      before: { samples: 2, spacing: 500ms }
      after: { settle: 200ms, timeout: 5s }
    checks:
      - name: error-ratio
        metric: errorRatio
        threshold: { max: 0.05 }
`
}

async function workspace(files: Record<string, string>): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-run-'))
  await mkdir(join(cwd, 'experiments'))
  for (const [name, text] of Object.entries(files))
    await writeFile(join(cwd, 'experiments', name), text)
  return cwd
}

describe('chaos-gate run (real local backend and probes)', () => {
  let shop: Awaited<ReturnType<typeof startDemoService>>
  beforeAll(
    async () => (shop = await startDemoService({ clock: systemClock, random: Math.random }))
  )
  afterAll(() => shop.close())

  it('exits 1 when the guard aborts a fault that was expected to hold, and reports why', async () => {
    const cwd = await workspace({
      'errors.yaml': manifest('errors', '    error: { status: 500, percent: 100 }')
    })
    const { io, stdout } = captureIo(cwd, { env: { SHOP_URL: shop.url } })
    expect(await runCli(['run', '--run-id', 'cli-run-1'], COMMANDS, io, '0.0.0')).toBe(1)
    const report = JSON.parse(
      await readFile(join(cwd, 'chaos-gate-report/chaos-gate-report.json'), 'utf8')
    ) as GateReport
    expect(report.experiments[0]).toMatchObject({ name: 'errors', verdict: 'aborted' })
    expect(stdout()).toContain('Gate FAILED')
    const state = await readRunState(join(cwd, '.chaos-gate'), 'cli-run-1')
    expect(state).toMatchObject({
      status: 'finished',
      experiments: { errors: { abortReason: expect.stringContaining('error-ratio') as string } }
    })
  }, 30_000)

  it('in dry-run, measures but injects nothing and exits 0', async () => {
    const cwd = await workspace({
      'errors.yaml': manifest('errors', '    error: { status: 500, percent: 100 }')
    })
    const { io } = captureIo(cwd, { env: { SHOP_URL: shop.url } })
    expect(
      await runCli(['run', '--mode', 'dry-run', '--report-dir', 'out'], COMMANDS, io, '0.0.0')
    ).toBe(0)
    const report = JSON.parse(
      await readFile(join(cwd, 'out/chaos-gate-report.json'), 'utf8')
    ) as GateReport
    expect(report.experiments[0]).toMatchObject({ verdict: 'skipped', fault: {} })
    expect(report.experiments[0]!.measurements.length).toBeGreaterThan(0)
  }, 30_000)

  it('exits 2 on an invalid manifest, before anything is injected', async () => {
    const cwd = await workspace({ 'bad.yaml': manifest('bad', '    error: { status: 999 }') })
    const { io, stderr } = captureIo(cwd, { env: { SHOP_URL: shop.url } })
    const served = shop.served()
    expect(await runCli(['run'], COMMANDS, io, '0.0.0')).toBe(2)
    expect(stderr()).toMatch(/experiments\/bad.yaml:\d+:\d+: error: .*status/)
    expect(shop.served()).toBe(served)
  })

  it('refuses verify mode, which needs the action', async () => {
    const cwd = await workspace({ 'ok.yaml': manifest('ok', '    latency: { fixed: 1ms }') })
    const { io, stderr } = captureIo(cwd, { env: { SHOP_URL: shop.url } })
    expect(await runCli(['run', '--mode', 'verify'], COMMANDS, io, '0.0.0')).toBe(2)
    expect(stderr()).toContain("Invalid flag '--mode'")
  })

  it('exits 2 on a run id another live process is running, naming it, and touches nothing', async () => {
    const cwd = await workspace({ 'ok.yaml': manifest('ok', '    latency: { fixed: 1ms }') })
    // The first run's state, as its process (here: this test's parent, alive) wrote it mid-fault.
    const other = process.ppid
    const state = fileRunState(join(cwd, '.chaos-gate'), systemClock, other)
    await state.begin({
      runId: 'twice',
      environment: 'default',
      startedAt: Date.UTC(2026, 11, 6, 12),
      experiments: { ok: { backend: 'local', namespaces: [] } }
    })
    await state.submitted('ok', {
      backend: 'local',
      experiment: 'ok',
      kind: 'http-proxy',
      name: 'x'
    })
    const before = await readFile(join(cwd, '.chaos-gate', 'twice.json'), 'utf8')
    const { io, stderr } = captureIo(cwd, { env: { SHOP_URL: shop.url } })
    const served = shop.served()
    expect(await runCli(['run', '--run-id', 'twice'], COMMANDS, io, '0.0.0')).toBe(2)
    expect(stderr()).toContain(
      `chaos-gate: Invalid flag '--run-id': run id 'twice' belongs to a run still in progress: process ${other} started it at 2026-12-06T12:00:00.000Z and is alive.`
    )
    expect(await readFile(join(cwd, '.chaos-gate', 'twice.json'), 'utf8')).toBe(before)
    expect(shop.served()).toBe(served)
  })
})
