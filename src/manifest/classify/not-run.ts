/**
 * Documents the gate recognises but does not run, and what it tells the user about each: how the
 * document is treated, and what to do if it was meant as an experiment.
 */
import type { Issue } from '../../util/errors'
import { isRecord, listAt, stringAt } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import { CHAOS_MESH_SUPPORT_KINDS } from './kinds'

/** Why a recognised document is not run. */
export type NotRunReason =
  | 'toxiproxy-config'
  | 'chaos-mesh-internal'
  | 'chaos-mesh-support'
  | 'istio-no-fault'
  | 'istio-config'
  | 'kubernetes'
  | 'litmus-ChaosExperiment'
  | 'litmus-ChaosSchedule'
  | 'litmus-ChaosResult'
  | (string & {})

type Explanation = Pick<Issue, 'severity' | 'code' | 'message'> &
  Partial<Pick<Issue, 'expected' | 'hint'>>

/** The Chaos Mesh kind a user writes instead of each controller-internal kind. */
const INTERNAL_SOURCES: Readonly<Record<string, string>> = {
  PodNetworkChaos: 'NetworkChaos',
  PodIOChaos: 'IOChaos',
  PodHttpChaos: 'HTTPChaos',
  WorkflowNode: 'Workflow'
}

/** The issue for a recognised document the gate does not run. */
export function explainNotRun(doc: SourceDocument, reason: NotRunReason): Issue {
  const kind = stringAt(doc.value, ['kind']) ?? 'document'
  const name =
    stringAt(doc.value, ['metadata', 'name']) ?? stringAt(doc.value, ['metadata', 'generateName'])
  const what = name === undefined ? kind : `${kind} '${name}'`
  return {
    ...doc.locate(reason === 'toxiproxy-config' ? [] : ['kind']),
    ...explain(reason, kind, what)
  }
}

/** What to say about each reason, given the kind and `Kind 'name'`. */
const EXPLANATIONS: Readonly<Record<string, (kind: string, what: string) => Explanation>> = {
  'toxiproxy-config': () => ({
    severity: 'notice',
    code: 'toxiproxy/config',
    message:
      'a Toxiproxy config file (its JSON list of proxies): toxiproxy-server -config creates these proxies at start; the gate does not create them',
    hint: 'To fault one, write an Experiment with spec.toxiproxy.proxy naming it (the proxy must exist on the server; preflight checks).'
  }),
  'chaos-mesh-internal': (kind, what) => ({
    severity: 'error',
    code: 'chaos-mesh/internal-kind',
    message: `${what} is created and managed by the Chaos Mesh controller; applying one by hand interferes with running chaos`,
    hint: `Delete this document and write a ${INTERNAL_SOURCES[kind] ?? 'Chaos Mesh fault'} instead.`
  }),
  'chaos-mesh-support': (kind, what) => ({
    severity: 'warning',
    code: 'chaos-mesh/not-an-experiment',
    message: `${what} is not run: ${CHAOS_MESH_SUPPORT_KINDS[kind] ?? 'it is not an experiment'}`
  }),
  'istio-no-fault': (_kind, what) => ({
    severity: 'error',
    code: 'istio/no-fault',
    message: `${what} has no http[].fault, so it would inject nothing`,
    expected: 'at least one http route with fault.delay or fault.abort',
    hint: 'Add a fault to a route (fault: {delay: {fixedDelay: 2s, percentage: {value: 10}}}), or move plain routing config out of the experiments globs.'
  }),
  'istio-config': (_kind, what) => ({
    severity: 'warning',
    code: 'istio/not-an-experiment',
    message: `${what} is Istio routing configuration, not a fault; the gate does not apply it`,
    hint: "Apply it with your deploy; fault injection belongs in a VirtualService's http[].fault."
  }),
  kubernetes: (_kind, what) => ({
    severity: 'warning',
    code: 'kubernetes/not-an-experiment',
    message: `${what} is cluster setup, not an experiment; the gate does not apply it`,
    hint: 'Apply it with your deploy (for example the RBAC of a chaos service account), or move it out of the experiments globs.'
  }),
  'litmus-ChaosExperiment': (_kind, what) => ({
    severity: 'notice',
    code: 'litmus/chaos-experiment',
    message: `${what} is a Litmus fault definition, not a run: the gate never installs it; it must already be installed in the namespace of each ChaosEngine that uses it (preflight checks)`,
    hint: 'Install ChaosExperiments with your Litmus setup (for example from ChaosHub); ChaosEngines are what the gate runs.'
  }),
  'litmus-ChaosSchedule': (_kind, what) => ({
    severity: 'warning',
    code: 'litmus/chaos-schedule',
    message: `${what} repeats on its own clock, so the gate cannot give it a verdict and does not run it`,
    hint: 'To gate on it, write its spec.engineTemplateSpec as the spec of a ChaosEngine (apiVersion: litmuschaos.io/v1alpha1, kind: ChaosEngine).'
  }),
  'litmus-ChaosResult': (_kind, what) => ({
    severity: 'warning',
    code: 'litmus/chaos-result',
    message: `${what} is written by a Litmus experiment pod; it is an output, not an input, and the gate does not apply it`,
    hint: 'Remove it from the experiments globs.'
  })
}

function explain(reason: NotRunReason, kind: string, what: string): Explanation {
  const factory = EXPLANATIONS[reason]
  return factory
    ? factory(kind, what)
    : { severity: 'error', code: 'kind/unknown', message: `${what} is not supported` }
}

/** True when a VirtualService has at least one http route with a fault. */
export function hasIstioFault(value: unknown): boolean {
  return listAt(value, ['spec', 'http']).some((route) => isRecord(route) && isRecord(route.fault))
}

/** The shape of an AWS FIS experiment template: targets, actions and a stop condition or role. */
export function isAwsFisTemplate(value: Readonly<Record<string, unknown>>): boolean {
  return (
    isRecord(value.actions) &&
    (isRecord(value.targets) || value.targets === undefined) &&
    (Array.isArray(value.stopConditions) || typeof value.roleArn === 'string')
  )
}

/** A Toxiproxy config file: a non-empty list of proxies, each with name, listen and upstream. */
export function isToxiproxyConfig(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (p) =>
        isRecord(p) &&
        typeof p.name === 'string' &&
        typeof p.listen === 'string' &&
        typeof p.upstream === 'string'
    )
  )
}
