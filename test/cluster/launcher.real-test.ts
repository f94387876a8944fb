/**
 * cluster:real stops cleanly: on SIGINT (Ctrl-C) and on SIGTERM the launcher stops kwok, the
 * controllers, the API server and etcd, exits 0, and no process it started is left; every
 * component's command line names the launcher's state folder, which is gone too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
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
