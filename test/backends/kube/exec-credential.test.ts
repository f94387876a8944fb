/**
 * The kubeconfig's exec credential plugin, run by the transport (issue 17, part 3): its token is
 * sent, one run serves concurrent requests, a plugin that hangs is killed after the bound and a
 * cancellation kills it at once. The plugins are real processes (node scripts); the API server is
 * a node:http server on loopback that answers with the Authorization header it got.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { loadKubeConfig } from '../../../src/backends/kube/config'
import type { ExecCredentialOptions } from '../../../src/backends/kube/exec-credential'
import { type KubeTransport, kubeTransport } from '../../../src/backends/kube/transport'

const OK_PLUGIN = `
const fs = require('node:fs')
fs.appendFileSync(process.env.RUNS_FILE, 'run\\n')
process.stdout.write(JSON.stringify({
  apiVersion: 'client.authentication.k8s.io/v1',
  kind: 'ExecCredential',
  status: { token: 'tok-from-plugin', expirationTimestamp: '2999-01-01T00:00:00Z' }
}))
`
/** Writes its pid, then waits for a login nobody will complete. */
const HANGING_PLUGIN = `
require('node:fs').appendFileSync(process.env.PID_FILE, process.pid + '\\n')
setInterval(() => undefined, 1000)
`

let api: http.Server
let server = ''
beforeAll(async () => {
  api = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ authorization: req.headers.authorization ?? null }))
  })
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
  server = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => api.close(resolve)))

/** A transport whose kubeconfig runs `script` with node as its exec plugin. */
async function transportWith(
  script: string,
  options: ExecCredentialOptions = {}
): Promise<{ transport: KubeTransport; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'exec-plugin-'))
  writeFileSync(join(dir, 'plugin.js'), script)
  const kubeconfig = join(dir, 'kubeconfig')
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
current-context: ci
clusters:
- name: ci
  cluster: { server: '${server}', insecure-skip-tls-verify: true }
users:
- name: ci
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ${process.execPath}
      args: ['${join(dir, 'plugin.js')}']
      env:
      - { name: RUNS_FILE, value: '${join(dir, 'runs')}' }
      - { name: PID_FILE, value: '${join(dir, 'pids')}' }
      interactiveMode: Never
contexts:
- name: ci
  context: { cluster: ci, user: ci }
`
  )
  const { config } = await loadKubeConfig({ kubeconfig, env: {} })
  return { transport: kubeTransport(config, { exec: options }), dir }
}

const get = (t: KubeTransport): Promise<unknown> =>
  t.send({ method: 'GET', path: '/api/v1/namespaces' }).then((r) => r.body)

/** Resolves once the hanging plugin has written its pid (it is running). */
async function pluginPid(dir: string): Promise<number> {
  const file = join(dir, 'pids')
  while (!existsSync(file) || readFileSync(file, 'utf8').trim() === '')
    await new Promise((resolve) => setTimeout(resolve, 10))
  return Number(readFileSync(file, 'utf8').trim().split('\n').at(-1))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the exec credential plugin', () => {
  it("sends the plugin's token, from one run for concurrent requests, and reports it as a secret", async () => {
    const secrets: string[] = []
    const { transport, dir } = await transportWith(OK_PLUGIN, { onSecret: (s) => secrets.push(s) })
    const answers = await Promise.all([get(transport), get(transport), get(transport)])
    expect(answers).toEqual(Array(3).fill({ authorization: 'Bearer tok-from-plugin' }))
    await get(transport)
    expect(readFileSync(join(dir, 'runs'), 'utf8')).toBe('run\n')
    expect(secrets).toEqual(['tok-from-plugin'])
    transport.close()
  })

  // Without the bound (client-node runs the plugin) the request never settles: jest's timeout.
  it('kills a plugin that hangs once the bound passes, and says what to do', async () => {
    // Long enough for node to start the plugin on a loaded machine, so it writes its pid first.
    const { transport, dir } = await transportWith(HANGING_PLUGIN, { timeoutMs: 3_000 })
    await expect(get(transport)).rejects.toThrow(
      `the kubeconfig's exec credential plugin '${process.execPath}' did not answer within 3000 ms and was stopped; run it by hand to see what it waits for (an interactive login cannot work in CI)`
    )
    expect(isAlive(await pluginPid(dir))).toBe(false)
    transport.close()
  })

  it('kills a hanging plugin at once on cancellation, and gives a later run only the short bound', async () => {
    const cancel = new AbortController()
    const { transport, dir } = await transportWith(HANGING_PLUGIN, {
      timeoutMs: 600_000,
      cancelledTimeoutMs: 200,
      cancel: cancel.signal
    })
    const pending = get(transport)
    const pid = await pluginPid(dir)
    cancel.abort(new Error('received SIGINT'))
    await expect(pending).rejects.toThrow(
      `the kubeconfig's exec credential plugin '${process.execPath}' was stopped: the gate is cancelling`
    )
    expect(isAlive(pid)).toBe(false)
    // Abort and cleanup still ask for credentials: they fail fast instead of outliving the runner.
    await expect(get(transport)).rejects.toThrow('did not answer within 200 ms')
    transport.close()
  })
})
