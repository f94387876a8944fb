/**
 * What the gate commands (run, demo, cleanup) build from the CLI's process view: the backend
 * registry, the metric sources, the run-state file, a log on stderr. The one composition root for
 * the engine on the command line; the action builds the same from @actions/core.
 */
import { resolve } from 'node:path'

import pkg from '../../../package.json'
import type { KubeTarget } from '../../backends/kube/connect'
import { BackendRegistry } from '../../backends/registry'
import { kubeConnector, processInfo } from '../../deps'
import type { GateDeps, GateListener, SourceFactories } from '../../gate/gate-deps'
import { fileRunState } from '../../gate/run-state'
import type { GateSettings } from '../../gate/settings'
import type { Policy } from '../../policy/policy'
import { probeSourceFactory } from '../../steady-state/probe/probe-factory'
import { errorBudgetGate } from '../../steady-state/prometheus/error-budget-gate'
import { prometheusSourceFactory } from '../../steady-state/prometheus/prometheus-factory'
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

/**
 * One backend registry per command run, so a stateful backend is shared by every phase. The
 * cluster is the one `kube` names (else KUBECONFIG, ~/.kube/config, in-cluster), connected only
 * when a Kubernetes backend is first used.
 */
export function cliBackends(
  io: CliIo,
  log: Log,
  kube: KubeTarget = {},
  policy?: Policy
): BackendRegistry {
  return new BackendRegistry({
    clock: io.clock,
    log,
    random: Math.random,
    pid: processInfo.pid,
    isProcessAlive: processInfo.isAlive,
    kube: kubeConnector(kube, io.env, io.clock, log),
    ...(policy ? { policy } : {})
  })
}

/** The metric sources this build has: the HTTP probe and Prometheus (proxy variables from `env`). */
export function cliSources(
  env: CliIo['env'],
  fetchImpl: typeof fetch = globalThis.fetch
): SourceFactories {
  return {
    probe: probeSourceFactory({ fetch: fetchImpl }),
    prometheus: prometheusSourceFactory({ env })
  }
}

/** The error-budget hook, when the setting is present. */
function budgetGate(settings: GateSettings, io: CliIo, log: Log): Pick<GateDeps, 'errorBudget'> {
  const gate = errorBudgetGate(settings.errorBudget, settings.prometheus, {
    clock: io.clock,
    log,
    env: io.env
  })
  return gate ? { errorBudget: gate } : {}
}

/** Everything runGate needs on the command line. */
export function cliGateDeps(
  settings: GateSettings,
  policy: Policy,
  io: CliIo,
  listener: GateListener,
  sources: SourceFactories = cliSources(io.env)
): GateDeps {
  const log = cliLog(io)
  const registry = cliBackends(io, log, settings, policy)
  return {
    clock: io.clock,
    log,
    backends: (kind) => registry.get(kind),
    sources,
    ...budgetGate(settings, io, log),
    runState: fileRunState(resolve(io.cwd, settings.stateDir), io.clock, processInfo.pid),
    signal: io.signal,
    listener,
    version: pkg.version
  }
}
