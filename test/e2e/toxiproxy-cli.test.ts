/**
 * The toxiproxy backend end to end: the bundled CLI (`node cli.js run`) as a child process, a real
 * toxiproxy-server, and a real HTTP service behind the proxy the run creates; a probe sends its
 * traffic through that proxy. Pass exits 0, a breach 1, a dead server not 0, and SIGINT mid-fault
 * leaves no toxic and no proxy behind.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { GateReport } from '../../src/gate/result'
import { readRunState } from '../../src/gate/run-state/run-state'
import { bundleAction } from '../action/e2e/bundle'
import { startUpstream } from '../backends/local/http-helpers'
import { freePort, toxicsOn, useToxiproxy } from '../toxiproxy/toxiproxy-server'

const server = useToxiproxy()
let upstream: Awaited<ReturnType<typeof startUpstream>>
let dist = ''

beforeAll(async () => {
  dist = bundleAction()
  upstream = await startUpstream()
}, 300_000)
afterAll(() => upstream.close())

function experimentFile(name: string, toxic: string, duration: string, apiUrl?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-toxiproxy-'))
  writeFileSync(
    join(dir, `${name}.yaml`),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name} }
spec:
  duration: ${duration}
  toxiproxy:
    server: ${apiUrl ?? server().url}
    listen: 127.0.0.1:0
    upstream: ${upstream.url.replace('http://', '')}
    toxics: [${toxic}]
  steadyState:
    probe: { url: /hello, rate: 20, timeout: 1s }
    defaults: { interval: 500ms, minSamples: 2 }
    phases: { before: { samples: 2, spacing: 500ms }, after: { settle: 500ms, timeout: 10s } }
    checks:
      - { name: errors, metric: errorRatio, threshold: { max: 0.1 }, phases: [before, during, after] }
`
  )
  return dir
}

interface Run {
  readonly child: ChildProcess
  readonly stateDir: string
  readonly done: Promise<{ code: number | null; out: string; report?: GateReport }>
}

function gate(runId: string, experiments: string): Run {
  const work = mkdtempSync(join(tmpdir(), 'e2e-toxiproxy-run-'))
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli.js'),
      'run',
      experiments,
      '--run-id',
      runId,
      '--report-dir',
      join(work, 'reports'),
      '--state-dir',
      join(work, 'state')
    ],
    { cwd: work, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  const done = new Promise<{ code: number | null; out: string; report?: GateReport }>((resolve) =>
    child.once('exit', (code) => {
      let report: GateReport | undefined
      try {
        const json = readFileSync(join(work, 'reports', 'chaos-gate-report.json'), 'utf8')
        report = JSON.parse(json) as GateReport
      } catch {
        report = undefined
      }
      resolve({ code, out, ...(report && { report }) })
    })
  )
  return { child, stateDir: join(work, 'state'), done }
}

/** `chaos-gate cleanup` of a run from its state directory, with what it printed. */
function cleanup(runId: string, stateDir: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    [join(dist, 'cli.js'), 'cleanup', '--run-id', runId, '--state-dir', stateDir],
    { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })))
}

/** Resolves once the run's toxic is on the server. */
async function injected(runId: string, toxic: string): Promise<void> {
  while (!(await leftovers(runId)).includes(toxic)) await new Promise((r) => setTimeout(r, 50))
}

/** Resolves once the run-state file records a submitted fault. */
async function recorded(stateDir: string, runId: string): Promise<void> {
  for (;;) {
    const state = await readRunState(stateDir, runId).catch(() => undefined)
    if (Object.values(state?.experiments ?? {}).some((e) => e.submittedAt !== undefined)) return
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Names of the run's proxies and toxics left on the server. */
async function leftovers(runId: string): Promise<string[]> {
  const all = await toxicsOn(server().url)
  return Object.entries(all).flatMap(([proxy, toxics]) =>
    [proxy, ...toxics].filter((n) => n.startsWith(`gate-${runId}-`))
  )
}

describe('chaos-gate run (bundled CLI) with the toxiproxy backend', () => {
  it('passes with exit 0 when the service holds under a small latency toxic', async () => {
    const { code, out, report } = await gate(
      'tp-pass',
      experimentFile('slow', '{ type: latency, attributes: { latency: 5 } }', '3s')
    ).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 0, verdict: 'pass' })
    expect(out).toContain('latency (downstream, toxicity 1) on proxy gate-tp-pass-slow')
    expect(await leftovers('tp-pass')).toEqual([])
  }, 120_000)

  it('fails with exit 1 when reset_peer breaks the probe: the gate aborts and removes the toxic', async () => {
    const { code, out, report } = await gate(
      'tp-breach',
      experimentFile('reset', '{ type: reset_peer, attributes: { timeout: 0 } }', '60s')
    ).done
    expect({ code, verdict: report?.verdict }).toEqual({ code: 1, verdict: 'aborted' })
    expect(out).toContain('stopped by the gate: 1 toxic(s) removed from proxy gate-tp-breach-reset')
    expect(await leftovers('tp-breach')).toEqual([])
  }, 120_000)

  it('exits non-zero, injecting nothing, when the Toxiproxy server does not answer', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`
    const { code, out } = await gate(
      'tp-dead',
      experimentFile('dead', '{ type: latency, attributes: { latency: 5 } }', '3s', dead)
    ).done
    expect(code).not.toBe(0)
    expect(out).toContain(`the Toxiproxy server ${dead} does not answer`)
  }, 120_000)

  it('SIGINT mid-fault removes the toxic and the proxy before the process ends', async () => {
    const run = gate(
      'tp-sigint',
      experimentFile('held', '{ type: latency, attributes: { latency: 5 } }', '120s')
    )
    await injected('tp-sigint', 'gate-tp-sigint-held-latency')
    run.child.kill('SIGINT')
    const { code } = await run.done
    expect(code).not.toBe(0)
    expect(await leftovers('tp-sigint')).toEqual([])
  }, 120_000)

  it('after a crash (SIGKILL mid-fault), chaos-gate cleanup finds the toxic and the proxy by the run id', async () => {
    const run = gate(
      'tp-crash',
      experimentFile('crash', '{ type: latency, attributes: { latency: 5 } }', '120s')
    )
    await injected('tp-crash', 'gate-tp-crash-crash-latency')
    // Killed once the handle is recorded too, so cleanup's first path (the recorded fault) runs.
    await recorded(run.stateDir, 'tp-crash')
    run.child.kill('SIGKILL')
    await run.done
    expect(await leftovers('tp-crash')).toEqual([
      'gate-tp-crash-crash',
      'gate-tp-crash-crash-latency'
    ])
    const { code, out } = await cleanup('tp-crash', run.stateDir)
    // The recorded handle's toxics are aborted; the sweep by name then removes the run's proxy.
    expect(out).toContain('toxiproxy: stopped toxics gate-tp-crash-crash')
    expect(out).toContain('toxiproxy: removed proxy gate-tp-crash-crash')
    expect(code).toBe(0)
    expect(await leftovers('tp-crash')).toEqual([])
  }, 120_000)
})
