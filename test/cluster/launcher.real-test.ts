/**
 * cluster:real stops cleanly: on SIGINT (Ctrl-C) and on SIGTERM the launcher stops kwok, the
 * controllers, the API server and etcd, exits 0, and no process it started is left; every
 * component's command line names the launcher's state folder, which is gone too. A launcher that
 * is SIGKILLed cannot stop anything, so each component's watchdog does: nothing survives it and
 * the API server's and etcd's ports close.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { launchRealCluster } from '../../tools/real-cluster/launch'

/** The processes whose command line mentions `text`. */
function processesNaming(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(join('/proc', pid, 'cmdline'), 'utf8').replace(/\0/g, ' ')
        return cmdline.includes(text) ? [`${pid}: ${cmdline}`] : []
      } catch {
        return [] // gone meanwhile
      }
    })
}

it.each(['SIGINT', 'SIGTERM'] as const)(
  'on %s every child process is gone and the state folder removed',
  async (signal) => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'launcher-stop-')), 'kubeconfig')
    const cluster = await launchRealCluster(kubeconfig, [
      '--no-seed',
      '--no-operators',
      '--nodes',
      '1'
    ])
    expect(cluster.stateDir).not.toBe('')
    // etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok.
    expect(processesNaming(cluster.stateDir)).toHaveLength(5)
    const exited = new Promise<number | null>((resolve) => cluster.child.once('exit', resolve))
    cluster.child.kill(signal)
    expect(await exited).toBe(0)
    expect(processesNaming(cluster.stateDir)).toEqual([])
    expect(existsSync(cluster.stateDir)).toBe(false)
  },
  180_000
)

/** Whether something accepts connections on the URL's port. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

it('when the launcher is SIGKILLed, its watchdogs end every child process and close the ports', async () => {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'launcher-kill-')), 'kubeconfig')
  const cluster = await launchRealCluster(kubeconfig, [
    '--no-seed',
    '--no-operators',
    '--nodes',
    '1'
  ])
  try {
    expect(processesNaming(cluster.stateDir)).toHaveLength(5)
    const urls = [cluster.server, cluster.etcdUrl]
    for (const url of urls) expect(await listening(url)).toBe(true)
    const exited = new Promise<string | null>((resolve) =>
      cluster.child.once('exit', (_code, signal) => resolve(signal))
    )
    cluster.child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    // A bound, not a timing claim: the watchdogs act as soon as the launcher's pipes close, and a
    // process that is exiting loses its command line a little before its sockets.
    const left = async (): Promise<string[]> => [
      ...processesNaming(cluster.stateDir),
      ...(await Promise.all(urls.map(async (url) => ((await listening(url)) ? [url] : [])))).flat()
    ]
    const deadline = Date.now() + 30_000
    while ((await left()).length > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await left()).toEqual([])
  } finally {
    // Nobody else removes a killed launcher's state folder.
    rmSync(cluster.stateDir, { recursive: true, force: true })
  }
}, 180_000)
