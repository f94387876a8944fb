/**
 * The LitmusChaos kinds the backend touches and the names it uses for them (docs/backends/litmus.md).
 */
import type { KubeOperation } from '../kube/errors'
import type { KindNames } from '../kube/port'
import type { Installation } from '../kube/preflight'

export const LITMUS_API_VERSION = 'litmuschaos.io/v1alpha1'
export const LITMUS_GROUP = 'litmuschaos.io'

export const CHAOS_ENGINE: KindNames = {
  apiVersion: LITMUS_API_VERSION,
  kind: 'ChaosEngine',
  resource: 'chaosengines'
}
export const CHAOS_RESULT: KindNames = {
  apiVersion: LITMUS_API_VERSION,
  kind: 'ChaosResult',
  resource: 'chaosresults'
}
export const CHAOS_EXPERIMENT: KindNames = {
  apiVersion: LITMUS_API_VERSION,
  kind: 'ChaosExperiment',
  resource: 'chaosexperiments'
}

/** The label litmus-go puts on a ChaosResult: the UID of the engine that ran it. */
export const CHAOS_UID_LABEL = 'chaosUID'

/**
 * Set with `engineState: stop` when chaos-gate aborts, so a Stopped verdict can say whether the
 * gate stopped the fault or something else did (a person, or the operator rejecting appinfo).
 */
export const ABORTED_AT_ANNOTATION = 'chaos-gate.dev/aborted-at'

export const LITMUS_INSTALLATION: Installation = {
  product: 'LitmusChaos',
  install:
    'Install LitmusChaos (its chaos-operator and CRDs) in the cluster first, for example with the Helm charts at https://litmuschaos.github.io/litmus-helm/ or by connecting the cluster to ChaosCenter; chaos-gate never installs or removes it.'
}

/** What a call on one engine was, for error messages. */
export function engineOperation(verb: string, namespace: string, name?: string): KubeOperation {
  return {
    backend: 'litmus',
    verb,
    kind: CHAOS_ENGINE.kind,
    resource: CHAOS_ENGINE.resource,
    group: LITMUS_GROUP,
    namespace,
    ...(name ? { name } : {})
  }
}
