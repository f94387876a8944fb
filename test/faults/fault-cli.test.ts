/**
 * A few rows of the fault matrix through the bundled CLI as a child process (its own event loop,
 * exit code and streams), as a user runs it: a fault the gate rides out, and one that leaves an
 * object, which must end non-zero naming it and a command for it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleAction } from '../action/e2e/bundle'
import { runLeftovers } from '../action/e2e/sim-faults'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import { BACKENDS, FAULTS, type MatrixRow } from './fault-matrix'
import { faultSwitch } from './fault-row'

jest.setTimeout(240_000)

let k: KubeSim
let dist = ''
beforeAll(async () => {
  dist = bundleAction()
  k = await startKubeSim()
}, 240_000)
afterAll(() => k.close())

/** `chaos-gate run` of the row's experiment as a child process, with the row's fault. */
async function runCliRow(row: MatrixRow, runId: string, args: readonly string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'chaos-gate-faults-cli-'))
  writeFileSync(join(cwd, 'fault.yaml'), BACKENDS[row.backend])
  const fault = FAULTS[row.fault]
  if (!fault) throw new Error(`no fault '${row.fault}'`)
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli.js'),
      'run',
      'fault.yaml',
      '--kubeconfig',
      k.kubeconfig,
      '--environment',
      'staging',
      '--run-id',
      runId,
      ...args
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const switcher = faultSwitch(row, fault, k, () => child.kill('SIGINT'))
  let output = ''
  const read = (chunk: Buffer): void => {
    output += chunk.toString('utf8')
    switcher.watch(chunk.toString('utf8'))
  }
  child.stdout.on('data', read)
  child.stderr.on('data', read)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  fault.off(k.sim.faults)
  return { code, output, cwd, leftovers: runLeftovers(k.sim, runId) }
}

describe('the bundled CLI under API-server faults', () => {
  it('rides out the API server going down and coming back while it follows a fault', async () => {
    const row = { backend: 'chaos-mesh', phase: 'following', fault: 'API down, then back' } as const
    const run = await runCliRow(row, 'fmcli-down')
    expect({ code: run.code, leftovers: run.leftovers }).toEqual({ code: 0, leftovers: [] })
  })

  it('exits 3 naming the object a DELETE that answers 503 left, and the command for it', async () => {
    const row = { backend: 'chaos-mesh', phase: 'cleanup', fault: 'DELETE 503' } as const
    const run = await runCliRow(row, 'fmcli-delete')
    const object = 'NetworkChaos staging/gate-fmcli-delete-fm-delay'
    expect({ code: run.code, leftovers: run.leftovers }).toEqual({ code: 3, leftovers: [object] })
    expect(run.output).toContain(object)
    expect(run.output).toContain(
      'kubectl get networkchaos.chaos-mesh.org gate-fmcli-delete-fm-delay -n staging -o yaml'
    )
    // The DELETE answers again: what was left goes, with the ordinary cleanup.
    const cleanup = spawn(
      process.execPath,
      [join(dist, 'cli.js'), 'cleanup', '--run-id', 'fmcli-delete', '--kubeconfig', k.kubeconfig],
      { cwd: run.cwd, stdio: 'ignore' }
    )
    expect(await new Promise((resolve) => cleanup.on('close', resolve))).toBe(0)
    expect(runLeftovers(k.sim, 'fmcli-delete')).toEqual([])
  })
})
