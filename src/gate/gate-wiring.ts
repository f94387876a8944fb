/**
 * The engine's wiring that both entry layers share: the backend registry over one cluster
 * connection, the metric sources this build has, and the error-budget hook. The CLI
 * (cli/commands/gate-io.ts) and the action (action/engine-adapter.ts) fill WiringDeps from their
 * own view of the process and add what only they have: the log, the run-state directory, the
 * progress listener.
 */
import type { GremlinSettings } from '../backends/backend'
import type { KubeConnection, KubeTarget } from '../backends/kube/connect'
import { BackendRegistry } from '../backends/registry'
import type { Experiment } from '../manifest/model'
import type { Policy } from '../policy/policy'
import { cloudWatchSourceFactory } from '../steady-state/cloudwatch/cloudwatch-factory'
import { datadogSourceFactory } from '../steady-state/datadog/datadog-factory'
import { kubernetesSourceFactory } from '../steady-state/kubernetes/kube-factory'
import { probeSourceFactory } from '../steady-state/probe/probe-factory'
import { errorBudgetGate } from '../steady-state/prometheus/error-budget-gate'
import { prometheusSourceFactory } from '../steady-state/prometheus/prometheus-factory'
import type { SourceFactories } from '../steady-state/source-factory'
import type { Clock } from '../util/clock'
import type { Log } from '../util/log'
import type { SecretMask } from '../util/secret-mask'
import type { GateDeps } from './gate-deps'
import type { GateSettings } from './settings'

/** What the wiring is built from. */
export interface WiringDeps {
  readonly clock: Clock
  readonly log: Log
  /** Proxy variables for Prometheus and the error-budget queries. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Uniform random numbers in [0, 1) for the backends (which pods a percentage hits). */
  readonly random: () => number
  /** This process's id, recorded in handles of in-process faults. */
  readonly pid: number
  readonly isProcessAlive: (pid: number) => boolean
  /** A connector to the cluster `target` names, which connects on its first call only. */
  readonly kube?: (target: KubeTarget) => () => Promise<KubeConnection>
}

/**
 * One backend registry per run (or cleanup), so a stateful backend is shared by every phase. The
 * cluster is the one `target` names (else KUBECONFIG, ~/.kube/config, in-cluster), and so is
 * Gremlin's team and key (else GREMLIN_TEAM_ID, GREMLIN_API_KEY); `policy` is the
 * one the manifests were checked against, which Kubernetes preflight checks live counts against.
 */
export function gateBackends(
  d: WiringDeps,
  target: KubeTarget & { readonly gremlin?: GremlinSettings },
  policy?: Policy
): BackendRegistry {
  return new BackendRegistry({
    clock: d.clock,
    log: d.log,
    random: d.random,
    pid: d.pid,
    isProcessAlive: d.isProcessAlive,
    env: d.env,
    ...(target.gremlin && { gremlin: target.gremlin }),
    ...(d.kube && { kube: d.kube({ kubeconfig: target.kubeconfig, context: target.context }) }),
    ...(policy && { policy })
  })
}

/**
 * Resolves the Kubernetes configuration before the gate starts when any experiment runs on a
 * Kubernetes backend: an unusable kubeconfig is then invalid input (the loader's InputError, exit
 * 2, nothing injected) instead of an error in every experiment's preflight. A run on the local
 * backend alone never loads the Kubernetes client.
 */
export function resolveCluster(
  backends: BackendRegistry,
  experiments: readonly Experiment[]
): Promise<void> {
  return backends.connectFor(experiments.map((e) => e.backend))
}

/**
 * The metric sources this build has: the HTTP probe, Prometheus (proxy variables from `env`), and
 * the Kubernetes API over the run's cluster connection (`kube`, shared with the backends),
 * Datadog, and CloudWatch (the AWS SDK's default chain and endpoint variables from `env`).
 */
export function metricSources(
  env: WiringDeps['env'],
  fetchImpl: typeof fetch = globalThis.fetch,
  kube?: () => Promise<KubeConnection>,
  /** The process's mask: learns the keys and tokens sources read when they open. */
  secrets?: SecretMask
): SourceFactories {
  const mask = secrets ? { secrets } : {}
  return {
    probe: probeSourceFactory({ fetch: fetchImpl }),
    prometheus: prometheusSourceFactory({ env, ...mask }),
    kubernetes: kubernetesSourceFactory(kube),
    datadog: datadogSourceFactory({ fetch: fetchImpl, ...mask }),
    cloudwatch: cloudWatchSourceFactory({ env })
  }
}

/** The error-budget hook (GateDeps.errorBudget), when the setting is present. */
export function errorBudgetHook(
  settings: Pick<GateSettings, 'errorBudget' | 'prometheus'>,
  d: Pick<WiringDeps, 'clock' | 'log' | 'env'>
): Pick<GateDeps, 'errorBudget'> {
  const gate = errorBudgetGate(settings.errorBudget, settings.prometheus, {
    clock: d.clock,
    log: d.log,
    env: d.env
  })
  return gate ? { errorBudget: gate } : {}
}
