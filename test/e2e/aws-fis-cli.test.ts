/**
 * The aws-fis backend end to end: the bundled CLI as a child process, the real SDK inside it
 * pointed at a local FIS-compatible endpoint (AWS_ENDPOINT_URL_FIS) with credentials from the
 * environment (the SDK default chain), and a service a probe watches. Pass exits 0, a breach 1
 * (the experiment is stopped), a failed experiment not 0, and SIGINT mid-fault stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { GateReport } from '../../src/gate/result'
import { bundleAction } from '../action/e2e/bundle'
import { FisServer } from '../aws-fis/fis-server'

let dist = ''
let fis: FisServer
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
  fis = await FisServer.start()
})
afterEach(() => fis.close())

function experiments(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-fis-'))
  const port = (service.address() as AddressInfo).port
  writeFileSync(
    join(dir, `${name}.yaml`),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name} }
spec:
  awsFis:
    template:
      description: stop one web instance
      targets:
        web: { resourceType: 'aws:ec2:instance', resourceTags: { app: web }, selectionMode: COUNT(1) }
      actions:
        stop:
          actionId: aws:ec2:stop-instances
          parameters: { startInstancesAfterDuration: PT1M }
          targets: { Instances: web }
      stopConditions: [{ source: none }]
      roleArn: arn:aws:iam::123456789012:role/fis
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

/** The gate's environment: the SDK default chain finds region and credentials here. */
function awsEnv(work: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    NO_COLOR: '1',
    AWS_ENDPOINT_URL_FIS: fis.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
  }
}

function gate(
  runId: string,
  dir: string,
  work = mkdtempSync(join(tmpdir(), 'e2e-fis-run-'))
): {
  child: ChildProcess
  done: Promise<{ code: number | null; out: string; report?: GateReport }>
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
    { cwd: work, env: awsEnv(work), stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  const done = new Promise<{ code: number | null; out: string; report?: GateReport }>((resolve) =>
    child.once('exit', (code) => {
      let report: GateReport | undefined
      try {
        report = JSON.parse(
          readFileSync(join(work, 'r', 'chaos-gate-report.json'), 'utf8')
        ) as GateReport
      } catch {
        report = undefined
      }
      resolve({ code, out, ...(report && { report }) })
    })
  )
  return { child, done }
}

describe('chaos-gate run (bundled CLI) with the aws-fis backend', () => {
  it('passes with exit 0 when the experiment completes and the service holds', async () => {
    fis.script = [
      { status: 'initiating' },
      { status: 'running' },
      { status: 'running' },
      { status: 'completed' }
    ]
    const { code, out, report } = await gate('fis-pass', experiments('fis-pass')).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 0, verdict: 'pass' })
    expect(out).toContain('FIS experiment completed')
    expect(fis.state().templates).toEqual([])
  }, 120_000)

  it('fails with exit 1 when the service breaks during the fault, and stops the experiment', async () => {
    fis.script = [{ status: 'running' }]
    // Broken while FIS runs the experiment; healed once the gate stops it, so recovery holds.
    fis.onStatus = (status) => {
      failing = status === 'running'
    }
    const { code, report } = await gate('fis-breach', experiments('fis-breach')).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 1, verdict: 'aborted' })
    expect(Object.values(fis.state().experiments)).toEqual(['stopped'])
    expect(fis.state().templates).toEqual([])
  }, 120_000)

  it('exits non-zero when the FIS experiment fails', async () => {
    fis.script = [{ status: 'failed', reason: 'Target resolution returned empty set' }]
    const { code, out } = await gate('fis-failed', experiments('fis-failed')).done
    expect(code).not.toBe(0)
    expect(out).toContain('Target resolution returned empty set')
  }, 120_000)

  it('SIGINT mid-fault stops the experiment and deletes the template before the process ends', async () => {
    fis.script = [{ status: 'running' }]
    let running: () => void = () => undefined
    const started = new Promise<void>((resolve) => (running = resolve))
    fis.onStatus = (status) => {
      if (status === 'running') running()
    }
    const run = gate('fis-sigint', experiments('fis-sigint'))
    await started
    run.child.kill('SIGINT')
    const { code } = await run.done
    expect(code).not.toBe(0)
    expect(Object.values(fis.state().experiments)).toEqual([
      expect.stringMatching(/^stopp(ing|ed)$/)
    ])
    expect(fis.state().templates).toEqual([])
  }, 120_000)

  it('after a crash (SIGKILL mid-experiment), chaos-gate cleanup stops it and deletes the template', async () => {
    fis.script = [{ status: 'running' }]
    let running: () => void = () => undefined
    const started = new Promise<void>((resolve) => (running = resolve))
    fis.onStatus = (status) => {
      if (status === 'running') running()
    }
    const work = mkdtempSync(join(tmpdir(), 'e2e-fis-crash-'))
    const run = gate('fis-crash', experiments('fis-crash'), work)
    await started
    run.child.kill('SIGKILL')
    await run.done
    expect(Object.values(fis.state().experiments)).toEqual(['running'])
    const cleanup = spawn(
      process.execPath,
      [join(dist, 'cli.js'), 'cleanup', '--run-id', 'fis-crash', '--state-dir', join(work, 's')],
      { cwd: work, env: awsEnv(work), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    cleanup.stdout?.on('data', (c: Buffer) => (out += c.toString()))
    cleanup.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise<number | null>((resolve) => cleanup.once('exit', resolve))
    expect(out).toContain('aws-fis: removed FIS experiment template EXT')
    expect(code).toBe(0)
    expect(Object.values(fis.state().experiments)).toEqual([
      expect.stringMatching(/^stopp(ing|ed)$/)
    ])
    expect(fis.state().templates).toEqual([])
  }, 120_000)
})
