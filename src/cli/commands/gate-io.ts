/**
 * What the gate commands (run, demo, cleanup) build from the CLI's process view: a log on stderr
 * and the shared wiring (gate/gate-wiring.ts) over this process, for the gate pipeline
 * (gate/gate-pipeline.ts) the action runs too.
 */
import type { GremlinSettings } from '../../backends/backend'
import type { KubeTarget } from '../../backends/kube/connect'
import { kubeConnector } from '../../backends/kube/kube-connector'
import type { BackendRegistry } from '../../backends/registry'
import { gateBackends, type WiringDeps } from '../../gate/gate-wiring'
import type { Policy } from '../../policy/policy'
import type { Log } from '../../util/log'
import type { CliIo } from '../command'

/** Warnings and errors on stderr; debug lines only with CHAOS_GATE_DEBUG set. */
export function cliLog(io: CliIo): Log {
  const debug = Boolean(io.env.CHAOS_GATE_DEBUG)
  return {
    debug: (m) => void (debug && io.stderr.write(`debug: ${m}\n`)),
    info: (m) => void io.stderr.write(`${m}\n`),
    warn: (m) => void io.stderr.write(`warning: ${m}\n`),
    error: (m) => void io.stderr.write(`error: ${m}\n`)
  }
}

/** This process as the wiring sees it; the cluster is located with the CLI's environment. */
export function cliWiring(io: CliIo, log: Log): WiringDeps {
  return {
    clock: io.clock,
    log,
    env: io.env,
    random: Math.random,
    pid: io.process.pid,
    isProcessAlive: io.process.isAlive,
    kube: (target) =>
      kubeConnector(target, io.env, io.clock, log, {
        ...(io.secrets && { secrets: io.secrets }),
        cancel: io.signal
      })
  }
}

/** The backends of one command run, on the cluster `kube` names, connected on first use only. */
export function cliBackends(
  io: CliIo,
  log: Log,
  kube: KubeTarget & { readonly gremlin?: GremlinSettings } = {},
  policy?: Policy
): BackendRegistry {
  return gateBackends(cliWiring(io, log), kube, policy)
}
