/**
 * The only module that touches the process: environment, standard streams, signals. Entry files
 * call these to build the dependencies they pass down.
 */
import type { KubeConnection } from './backends/kube/connect'
import type { CliIo } from './cli/command'
import type { Clock } from './util/clock'
import { systemClock } from './util/clock'
import type { Log } from './util/log'

/**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner sends SIGINT, then SIGTERM 7.5 s
 * later, then kills 2.5 s after that, so the first signal must start the abort at once; a second
 * signal is left to Node's default handling only after the abort has had its chance.
 */
export function processSignal(): AbortSignal {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(new Error(`received ${name}`))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return controller.signal
}

/** The CLI's view of the process. */
export function cliIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
    signal: processSignal()
  }
}

/**
 * This process's id, and whether another process is still alive: run-state files record the
 * gate's pid so a later cleanup can tell a live in-process fault from one that died with its run.
 */
export const processInfo = {
  pid: process.pid,
  isAlive: (pid: number): boolean => {
    try {
      process.kill(pid, 0)
      return true
    } catch (err) {
      // EPERM: the process exists but belongs to someone else.
      return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM'
    }
  }
} as const

/** Which cluster to talk to: the `kubeconfig`/`context` inputs or flags, when given. */
export interface KubeTarget {
  readonly kubeconfig?: string | undefined
  readonly context?: string | undefined
}

/**
 * Connects to the cluster on first call and hands the same connection to every later caller.
 * The Kubernetes layer (and @kubernetes/client-node under it) is loaded only then, so commands
 * and backends that never touch a cluster never load it. The environment variables that locate a
 * kubeconfig are read here, from the environment the caller was given.
 */
export function kubeConnector(
  target: KubeTarget,
  env: Readonly<Record<string, string | undefined>>,
  clock: Clock,
  log: Log
): () => Promise<KubeConnection> {
  let connection: Promise<KubeConnection> | undefined
  return () => {
    connection ??= import('./backends/kube/connect').then(({ connectKube }) =>
      connectKube(
        {
          kubeconfig: target.kubeconfig,
          context: target.context,
          env: {
            KUBECONFIG: env.KUBECONFIG,
            HOME: env.HOME,
            USERPROFILE: env.USERPROFILE,
            KUBERNETES_SERVICE_HOST: env.KUBERNETES_SERVICE_HOST,
            KUBERNETES_SERVICE_PORT: env.KUBERNETES_SERVICE_PORT
          }
        },
        { clock, log }
      )
    )
    return connection
  }
}
