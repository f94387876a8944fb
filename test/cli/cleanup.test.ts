import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { fileRunState, readRunState } from '../../src/gate/run-state/run-state'
import { systemClock } from '../../src/util/clock'
import { captureIo } from './cli-io'

async function stateWith(pid: number): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-cleanup-'))
  const store = fileRunState(join(cwd, '.chaos-gate'), systemClock, pid)
  await store.begin({
    runId: 'r1',
    environment: 'staging',
    startedAt: Date.now(),
    experiments: { demo: { backend: 'local', namespaces: [] } }
  })
  await store.submitted('demo', {
    backend: 'local',
    experiment: 'demo',
    kind: 'http-proxy',
    name: 'gate-r1-demo',
    data: { pid: String(pid), url: 'http://127.0.0.1:9' }
  })
  return cwd
}

describe('chaos-gate cleanup', () => {
  it('cleans the latest run; a proxy whose process has exited left nothing behind', async () => {
    const cwd = await stateWith(2 ** 22 + 7)
    const { io, stdout } = captureIo(cwd)
    expect(await runCli(['cleanup'], COMMANDS, io, '0.0.0')).toBe(0)
    expect(stdout()).toContain('Run r1 (running, started')
    expect(stdout()).toContain('  local: stopped http-proxy gate-r1-demo\n')
    expect(stdout()).toContain('Clean: nothing of this run is left.')
    const state = await readRunState(join(cwd, '.chaos-gate'), 'r1')
    expect(state?.cleanups).toEqual([
      {
        at: expect.any(Number) as number,
        by: 'chaos-gate cleanup',
        clean: true,
        reports: [{ backend: 'local', deleted: [], stuck: [], errors: [] }]
      }
    ])
  })

  it('names a fault still held by a live gate process and exits 3', async () => {
    const cwd = await stateWith(process.ppid)
    const { io, stdout } = captureIo(cwd)
    expect(await runCli(['cleanup', '--run-id', 'r1'], COMMANDS, io, '0.0.0')).toBe(3)
    expect(stdout()).toContain(
      `local: LEFT BEHIND local proxy gate-r1-demo (http://127.0.0.1:9): it belongs to gate process ${process.ppid}, which is still running`
    )
  })

  it('says so when there is nothing to clean, and rejects an unknown run id', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-cleanup-'))
    const empty = captureIo(cwd)
    expect(await runCli(['cleanup'], COMMANDS, empty.io, '0.0.0')).toBe(0)
    expect(empty.stdout()).toBe('No run-state files in .chaos-gate; nothing to clean up.\n')
    const unknown = captureIo(cwd)
    expect(await runCli(['cleanup', '--run-id', 'nope'], COMMANDS, unknown.io, '0.0.0')).toBe(2)
    expect(unknown.stderr()).toMatch(/Invalid flag '--run-id': no run-state file .*nope.json/)
  })
})

describe('chaos-gate cleanup of a Kubernetes run', () => {
  it('connects with the kubeconfig the run recorded when no flag names one', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-cleanup-kube-'))
    const store = fileRunState(join(cwd, '.chaos-gate'), systemClock, 2 ** 22 + 7)
    const kubeconfig = join(cwd, 'recorded-kubeconfig')
    await store.begin({
      runId: 'r2',
      environment: 'staging',
      cluster: { kubeconfig },
      startedAt: Date.now(),
      experiments: { kill: { backend: 'chaos-mesh', namespaces: ['staging'] } }
    })
    const { io, stdout, stderr } = captureIo(cwd)
    expect(await runCli(['cleanup'], COMMANDS, io, '0.0.0')).not.toBe(0)
    // The recorded file does not exist: the error names it, so it was the one used.
    expect(`${stdout()}${stderr()}`).toContain(kubeconfig)
  })
})
