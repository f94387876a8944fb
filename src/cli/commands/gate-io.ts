/**
 * What the gate commands (run, demo, cleanup) build from the CLI's process view: a log on stderr,
 * the run-state file under the working directory, and the shared wiring (gate/gate-wiring.ts:
 * backends, metric sources, error budget) over this process. The one composition root for the
 * engine on the command line; the action builds the same from @actions/core.
 */
import { resolve } from 'node:path'

import pkg from '../../../package.json'
import type { KubeTarget } from '../../backends/kube/connect'
import { kubeConnector } from '../../backends/kube/kube-connector'
import type { BackendRegistry } from '../../backends/registry'
import type { GateDeps, GateListener } from '../../gate/gate-deps'
import {
  errorBudgetHook,
  gateBackends,
  metricSources,
  type WiringDeps
} from '../../gate/gate-wiring'
import { fileRunState } from '../../gate/run-state/run-state'
import type { GateSettings } from '../../gate/settings'
import type { Policy } from '../../policy/policy'
import type { SourceFactories } from '../../steady-state/source-factory'
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
function cliWiring(io: CliIo, log: Log): WiringDeps {
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
  kube: KubeTarget = {},
  policy?: Policy
): BackendRegistry {
  return gateBackends(cliWiring(io, log), kube, policy)
}

/** Everything runGate needs on the command line, over the run's backends (cliBackends). */
export function cliGateDeps(
  settings: GateSettings,
  registry: BackendRegistry,
  io: CliIo,
  listener: GateListener,
  sources: SourceFactories = metricSources(io.env, globalThis.fetch, registry.kube)
): GateDeps {
  const log = cliLog(io)
  return {
    clock: io.clock,
    log,
    backends: (kind) => registry.get(kind),
    sources,
    ...errorBudgetHook(settings, { clock: io.clock, log, env: io.env }),
    runState: fileRunState(resolve(io.cwd, settings.stateDir), io.clock, io.process.pid, {
      ...(io.secrets && { secrets: io.secrets }),
      isProcessAlive: io.process.isAlive
    }),
    signal: io.signal,
    listener,
    version: pkg.version
  }
}
