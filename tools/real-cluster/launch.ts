/**
 * cluster:real as a child process, for the test:cluster setup, the launcher's own stop test and
 * the bench: `node --import tsx tools/cluster-real.ts` (one process, no tsx wrapper that a signal
 * could miss), ready once it has written its kubeconfig.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

const LAUNCHER = join(__dirname, '..', 'cluster-real.ts')

export interface LaunchedCluster {
  readonly kubeconfig: string
  readonly adminKubeconfig: string
  /** The API server's URL. */
  readonly server: string
  /** etcd's client URL (plain http on loopback). */
  readonly etcdUrl: string
  /** The API server's audit log: every request of the `chaos-gate` ServiceAccount (audit.ts). */
  readonly auditLog: string
  /** That ServiceAccount's user name, as the audit log records it. */
  readonly gateUser: string
  /** The launcher's temporary folder: every component's command line names it. */
  readonly stateDir: string
  readonly operators: boolean
  readonly child: ChildProcess
  /** Everything the launcher printed so far. */
  output(): string
  /** SIGTERM, and resolves with the launcher's exit code once it has stopped everything. */
  stop(): Promise<number | null>
}

export async function launchRealCluster(
  kubeconfig: string,
  args: readonly string[] = [],
  timeoutMs = 15 * 60_000
): Promise<LaunchedCluster> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', LAUNCHER, '--kubeconfig', kubeconfig, ...args],
    { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs)
    const check = (): void => {
      if (/kubeconfig written to /.test(output)) {
        clearTimeout(timer)
        resolve(true)
      }
    }
    child.stdout.on('data', check)
    void exited.then(() => {
      clearTimeout(timer)
      resolve(false)
    })
  })
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited
  }
  if (!ready) {
    await stop()
    throw new Error(`cluster:real did not get ready:\n${output}`)
  }
  const printed = (pattern: RegExp, what: string): RegExpExecArray => {
    const match = pattern.exec(output)
    if (match === null) {
      void stop()
      throw new Error(`cluster:real printed no ${what}:\n${output}`)
    }
    return match
  }
  const audit = printed(/^audit log at (.+): every request of (\S+)$/m, 'audit log')
  return {
    kubeconfig,
    adminKubeconfig: `${kubeconfig}.admin`,
    server: printed(/^real cluster listening on (\S+)$/m, 'API server URL')[1] ?? '',
    etcdUrl: printed(/^etcd client URL (\S+)$/m, 'etcd client URL')[1] ?? '',
    auditLog: audit[1] ?? '',
    gateUser: audit[2] ?? '',
    stateDir: /^state in (.+)$/m.exec(output)?.[1] ?? '',
    operators: output.includes('operators running'),
    child,
    output: () => output,
    stop
  }
}
