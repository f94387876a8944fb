/**
 * The gremlin backend end to end: the bundled CLI as a child process, talking to a local server in
 * Gremlin's request and response shapes (GREMLIN_API_URL) with the team and key from the
 * environment, and a service a probe watches. Pass exits 0, a breach 1 (the attack is halted), a
 * failed attack not 0, SIGINT mid-attack halts it, and after a crash `chaos-gate cleanup` does.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { GateReport } from '../../src/gate/result'
import { bundleAction } from '../action/e2e/bundle'
import { GremlinServer } from '../gremlin/gremlin-server'

let dist = ''
let api: GremlinServer
let failing = false
const service = http.createServer((_req, res) => {
  res.writeHead(failing ? 500 : 200)
  res.end(failing ? 'broken' : 'ok')
})

beforeAll(async () => {
  dist = bundleAction()
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
}, 300_000)
afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())))
beforeEach(async () => {
  failing = false
  api = await GremlinServer.start()
})
afterEach(() => api.close())

function experiments(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-gremlin-'))
  const port = (service.address() as AddressInfo).port
  writeFileSync(
    join(dir, `${name}.yaml`),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name} }
spec:
  duration: 30s
  gremlin:
    attack:
      type: latency
      args: ['-m', '300']
      target: { hosts: { tags: { service: checkout } }, count: 1 }
  steadyState:
    probe: { url: http://127.0.0.1:${port}/, rate: 20, timeout: 1s }
    defaults: { interval: 500ms, minSamples: 2 }
    phases: { before: { samples: 2, spacing: 500ms }, after: { settle: 500ms, timeout: 10s } }
    checks:
      - { name: errors, metric: errorRatio, threshold: { max: 0.1 } }
`
  )
  return dir
}

function gremlinEnv(work: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    NO_COLOR: '1',
    GREMLIN_API_URL: api.url,
    GREMLIN_TEAM_ID: api.teamId,
    GREMLIN_API_KEY: api.apiKey
  }
}

function gate(
  runId: string,
  dir: string,
  work = mkdtempSync(join(tmpdir(), 'e2e-gremlin-run-'))
): {
  child: ChildProcess
  done: Promise<{ code: number | null; out: string; report?: GateReport; written: string }>
} {
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli.js'),
      'run',
      dir,
      '--run-id',
      runId,
      '--report-dir',
      join(work, 'r'),
      '--state-dir',
      join(work, 's')
    ],
    { cwd: work, env: gremlinEnv(work), stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  const done = new Promise<{
    code: number | null
    out: string
    report?: GateReport
    written: string
  }>((resolve) =>
    child.once('exit', (code) => {
      let report: GateReport | undefined
      try {
        report = JSON.parse(
          readFileSync(join(work, 'r', 'chaos-gate-report.json'), 'utf8')
        ) as GateReport
      } catch {
        report = undefined
      }
      // Everything the run wrote: reports and the run-state file.
      const written = ['r', 's']
        .flatMap((d) => {
          try {
            return readdirSync(join(work, d)).map((f) => readFileSync(join(work, d, f), 'utf8'))
          } catch {
            return []
          }
        })
        .join('\n')
      resolve({ code, out, written, ...(report && { report }) })
    })
  )
  return { child, done }
}

describe('chaos-gate run (bundled CLI) with the gremlin backend', () => {
  it('passes with exit 0 when the attack succeeds and the service holds; the key is never written', async () => {
    api.attackScript = ['Pending', 'Distributed', 'Running', 'Running', 'Successful']
    const { code, out, report, written } = await gate('gr-pass', experiments('gr-pass')).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 0, verdict: 'pass' })
    expect(out).toContain('Gremlin attack Successful')
    expect(api.attackBodies()).toEqual([
      expect.objectContaining({ command: { type: 'latency', args: ['-m', '300', '-l', '30'] } })
    ])
    expect(written).toContain('gr-pass')
    expect(`${out}\n${written}`).not.toContain(api.apiKey)
  }, 120_000)

  it('fails with exit 1 when the service breaks during the attack, and halts it', async () => {
    api.attackScript = ['Running']
    // Broken while the attack runs; healed once the gate halts it, so recovery holds.
    api.onStage = (stage) => {
      failing = stage === 'Running'
    }
    const { code, report } = await gate('gr-breach', experiments('gr-breach')).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 1, verdict: 'aborted' })
    expect(Object.values(api.attackStages())).toEqual(['Halted'])
  }, 120_000)

  it('exits non-zero when the attack fails', async () => {
    api.attackScript = ['Pending', 'Failed']
    const { code, out } = await gate('gr-failed', experiments('gr-failed')).done
    expect(code).not.toBe(0)
    expect(out).toContain('impact failed on host-1')
  }, 120_000)

  it('SIGINT mid-attack halts it before the process ends', async () => {
    api.attackScript = ['Running']
    let running: () => void = () => undefined
    const started = new Promise<void>((resolve) => (running = resolve))
    api.onStage = (stage) => {
      if (stage === 'Running') running()
    }
    const run = gate('gr-sigint', experiments('gr-sigint'))
    await started
    run.child.kill('SIGINT')
    const { code } = await run.done
    expect(code).not.toBe(0)
    expect(Object.values(api.attackStages())).toEqual(['Halted'])
  }, 120_000)

  it('after a crash (SIGKILL mid-attack), chaos-gate cleanup halts it', async () => {
    api.attackScript = ['Running']
    let running: () => void = () => undefined
    const started = new Promise<void>((resolve) => (running = resolve))
    api.onStage = (stage) => {
      if (stage === 'Running') running()
    }
    const work = mkdtempSync(join(tmpdir(), 'e2e-gremlin-crash-'))
    const run = gate('gr-crash', experiments('gr-crash'), work)
    await started
    run.child.kill('SIGKILL')
    await run.done
    expect(Object.values(api.attackStages())).toEqual(['Running'])
    const cleanup = spawn(
      process.execPath,
      [join(dist, 'cli.js'), 'cleanup', '--run-id', 'gr-crash', '--state-dir', join(work, 's')],
      { cwd: work, env: gremlinEnv(work), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    cleanup.stdout?.on('data', (c: Buffer) => (out += c.toString()))
    cleanup.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise<number | null>((resolve) => cleanup.once('exit', resolve))
    expect(out).toContain('gremlin: stopped Attack')
    expect(code).toBe(0)
    expect(Object.values(api.attackStages())).toEqual(['Halted'])
  }, 120_000)
})
