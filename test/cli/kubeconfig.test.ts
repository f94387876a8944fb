/**
 * An unusable Kubernetes configuration is invalid input (product.md §3): `chaos-gate run` exits 2
 * before the gate starts, saying what is wrong, and nothing is recorded or injected. A run on the
 * local backend alone never looks at the configuration.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { portOf } from '../prometheus/port-of'
import { captureIo } from './cli-io'

const POD_KILL = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: api-pod-kill
  namespace: staging
spec:
  podKill:
    selector:
      matchLabels: { app: api }
    count: 1
`

const local = (upstream: string): string => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: local-latency
spec:
  backend: local
  duration: 1s
  httpProxy:
    upstream: ${upstream}
    latency: { fixed: 1ms }
`

/** A working directory with the manifests, and a HOME without ~/.kube/config. */
async function workspace(files: Record<string, string>): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-kubeconfig-'))
  await mkdir(join(cwd, 'experiments'))
  for (const [name, text] of Object.entries(files))
    await writeFile(join(cwd, 'experiments', name), text)
  return cwd
}

/** Runs on the real clock: the local run below does real I/O, which virtual time would outrun. */
async function run(cwd: string, flags: string[]) {
  const { io, stdout, stderr } = captureIo(cwd, { env: { HOME: cwd } })
  const code = await runCli(['run', '--run-id', 'r1', ...flags], COMMANDS, io, 'test')
  return { code, out: stdout(), err: stderr() }
}

describe('chaos-gate run with an unusable Kubernetes configuration', () => {
  it('exits 2 naming a kubeconfig that does not exist, before the gate starts', async () => {
    const cwd = await workspace({ 'kill.yaml': POD_KILL })
    const missing = join(cwd, 'no-such-kubeconfig')
    const { code, err, out } = await run(cwd, ['--kubeconfig', missing])
    expect(code).toBe(2)
    expect(err).toBe(
      `chaos-gate: Invalid flag '--kubeconfig': the file ${missing} does not exist\n`
    )
    expect(out).toBe('')
    expect(existsSync(join(cwd, '.chaos-gate'))).toBe(false)
    expect(existsSync(join(cwd, 'chaos-gate-report'))).toBe(false)
  })

  it('exits 2 when there is no configuration anywhere, saying where it looked', async () => {
    const cwd = await workspace({ 'kill.yaml': POD_KILL })
    const { code, err } = await run(cwd, [])
    expect(code).toBe(2)
    expect(err).toMatch(
      /^chaos-gate: Invalid flag '--kubeconfig': no Kubernetes configuration found: .*Pass --kubeconfig FILE/
    )
  })

  it('exits 2 for a kubeconfig that is not one', async () => {
    const cwd = await workspace({ 'kill.yaml': POD_KILL })
    const broken = join(cwd, 'kubeconfig')
    await writeFile(broken, 'clusters: [this is not a kubeconfig')
    const { code, err } = await run(cwd, ['--kubeconfig', broken])
    expect(code).toBe(2)
    expect(err).toContain(`Invalid flag '--kubeconfig': cannot read kubeconfig ${broken}`)
  })

  it('never reads the configuration for a run on the local backend alone', async () => {
    const upstream = createServer((_req, res) => res.end('ok'))
    await new Promise<void>((ready) => upstream.listen(0, '127.0.0.1', ready))
    try {
      const cwd = await workspace({ 'local.yaml': local(`http://127.0.0.1:${portOf(upstream)}`) })
      const missing = join(cwd, 'no-such-kubeconfig')
      const { code } = await run(cwd, ['--kubeconfig', missing, '--mode', 'dry-run'])
      expect(code).toBe(0)
      const report = JSON.parse(
        await readFile(join(cwd, 'chaos-gate-report', 'chaos-gate-report.json'), 'utf8')
      ) as { experiments: { name: string; verdict: string }[] }
      expect(report.experiments).toEqual([
        expect.objectContaining({ name: 'local-latency', verdict: 'skipped' })
      ])
    } finally {
      await new Promise((closed) => upstream.close(closed))
    }
  })
})
