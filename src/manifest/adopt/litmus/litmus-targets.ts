/**
 * What one experiment of a ChaosEngine targets, the way litmus-go selects: pods from appinfo (or
 * spec.selectors) narrowed by TARGET_PODS / PODS_AFFECTED_PERC (one pod when neither is set),
 * nodes from TARGET_NODES / NODE_LABEL / NODES_AFFECTED_PERC, or cloud resources it cannot count.
 */
import type { DocPath, TargetDeclaration, TargetMode } from '../../model'
import { isRecord, listAt, type PlainRecord, quote, stringAt } from '../../plain'
import { placeholderIn } from '../../rules/placeholders'
import type { IssueSink } from '../adopt'
import { labelSelectorProblem } from '../label-selector'
import type { LitmusEnv } from './litmus-env'

/** Experiments that act on nodes, by name. */
const NODE_FAULT = /^(node-|kubelet-service-kill$|docker-service-kill$)/
/** Experiments that act outside the cluster (cloud APIs, VMs, load generators). */
const EXTERNAL_FAULT = /^(aws-|ec2-|ebs-|rds-|azure-|gcp-|vm-|vmware-|k6-)/

const APP_KINDS = [
  '',
  'deployment',
  'statefulset',
  'daemonset',
  'deploymentconfig',
  'rollout',
  'job'
]

/** The targets of experiment `name`, or undefined (with an issue) when it selects nothing. */
export function litmusTargets(
  name: string,
  spec: PlainRecord,
  env: LitmusEnv,
  envPath: DocPath,
  sink: IssueSink
): TargetDeclaration | undefined {
  if (EXTERNAL_FAULT.test(name))
    return {
      resource: 'external',
      namespaces: [],
      mode: { kind: 'unknown' },
      location: sink.at(envPath)
    }
  if (NODE_FAULT.test(name)) return nodeTargets(env, envPath, sink)
  return podTargets(name, spec, env, sink)
}

function nodeTargets(env: LitmusEnv, envPath: DocPath, sink: IssueSink): TargetDeclaration {
  const named = splitNames(env.get('TARGET_NODES') ?? env.get('TARGET_NODE'))
  const percent = env.percent('NODES_AFFECTED_PERC')
  const mode: TargetMode =
    named.length > 0
      ? { kind: 'count', count: named.length }
      : percent !== undefined
        ? { kind: 'percent', percent }
        : { kind: 'count', count: 1 }
  const label = env.get('NODE_LABEL')?.trim()
  const where =
    named.length > 0
      ? env.path(env.get('TARGET_NODES') === undefined ? 'TARGET_NODE' : 'TARGET_NODES')
      : envPath
  return {
    resource: 'node',
    namespaces: [],
    mode,
    location: sink.at(where),
    ...(label ? { labelSelector: label } : {})
  }
}

function podTargets(
  name: string,
  spec: PlainRecord,
  env: LitmusEnv,
  sink: IssueSink
): TargetDeclaration | undefined {
  const app = readAppInfo(spec, sink)
  const selected = readSelectors(spec)
  const podNames = [...splitNames(env.get('TARGET_PODS')), ...selected.podNames]
  const labelSelector = app.label ?? selected.label
  const namespaces = [
    ...new Set([...(app.namespace ? [app.namespace] : []), ...selected.namespaces])
  ]
  if (labelSelector === undefined && podNames.length === 0 && !selected.workloads) {
    sink.add(
      ['spec', 'appinfo'],
      'litmus/no-target',
      `experiment ${quote(name)} selects no pods: appinfo.applabel, spec.selectors and TARGET_PODS are all empty`,
      {
        expected: "appinfo: {appns: <namespace>, applabel: 'app=<name>', appkind: deployment}",
        hint: 'Fill in appinfo (litmus-go refuses to run without a target).'
      }
    )
    return undefined
  }
  if (namespaces.length === 0) {
    sink.add(
      ['spec', 'appinfo'],
      'litmus/appns',
      `experiment ${quote(name)} names no target namespace (appinfo.appns is empty)`,
      {
        hint: 'Set appinfo.appns to the namespace of the application under test.'
      }
    )
    return undefined
  }
  const percent = env.percent('PODS_AFFECTED_PERC')
  const targetPods = splitNames(env.get('TARGET_PODS'))
  const mode: TargetMode =
    targetPods.length > 0
      ? { kind: 'count', count: targetPods.length }
      : percent !== undefined
        ? { kind: 'percent', percent }
        : { kind: 'count', count: 1 }
  const location = sink.at(
    targetPods.length > 0
      ? env.path('TARGET_PODS')
      : percent !== undefined
        ? env.path('PODS_AFFECTED_PERC')
        : ['spec', 'appinfo']
  )
  return {
    resource: 'pod',
    namespaces,
    mode,
    location,
    ...(labelSelector === undefined ? {} : { labelSelector }),
    ...(podNames.length === 0 ? {} : { podNames })
  }
}

function readAppInfo(spec: PlainRecord, sink: IssueSink): { namespace?: string; label?: string } {
  const appinfo = spec.appinfo
  if (appinfo === undefined) return {}
  if (!isRecord(appinfo)) {
    sink.add(
      ['spec', 'appinfo'],
      'litmus/appinfo',
      'appinfo must be a mapping with appns, applabel and appkind'
    )
    return {}
  }
  const kind = appinfo.appkind
  if (kind !== undefined && (typeof kind !== 'string' || !APP_KINDS.includes(kind))) {
    sink.add(
      ['spec', 'appinfo', 'appkind'],
      'litmus/appinfo',
      `appkind must be one of ${APP_KINDS.filter(Boolean).join(', ')}; got ${quote(kind)}`
    )
  }
  const label = typeof appinfo.applabel === 'string' ? appinfo.applabel.trim() : ''
  // A placeholder (app=<your-app>) is reported by the placeholder rule; one error is enough.
  const problem = label === '' || placeholderIn(label) ? undefined : labelSelectorProblem(label)
  if (problem)
    sink.add(
      ['spec', 'appinfo', 'applabel'],
      'litmus/appinfo',
      `applabel is not a label selector: ${problem}`,
      { expected: "a selector such as 'app=nginx'" }
    )
  const namespace = typeof appinfo.appns === 'string' ? appinfo.appns.trim() : ''
  return {
    ...(namespace === '' ? {} : { namespace }),
    ...(label === '' ? {} : { label })
  }
}

/** Litmus 3 `spec.selectors`: workloads by kind/name/labels, or pods by name, each with a namespace. */
function readSelectors(spec: PlainRecord): {
  namespaces: string[]
  label?: string
  podNames: string[]
  workloads: boolean
} {
  const namespaces: string[] = []
  const podNames: string[] = []
  let label: string | undefined
  const workloads = listAt(spec, ['selectors', 'workloads'])
  for (const w of workloads) {
    const ns = stringAt(w, ['namespace'])
    if (ns) namespaces.push(ns)
    label ??= stringAt(w, ['labels']) || undefined
  }
  for (const p of listAt(spec, ['selectors', 'pods'])) {
    const ns = stringAt(p, ['namespace'])
    if (ns) namespaces.push(ns)
    podNames.push(...splitNames(stringAt(p, ['names'])))
  }
  return {
    namespaces,
    podNames,
    workloads: workloads.length > 0,
    ...(label === undefined ? {} : { label })
  }
}

function splitNames(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
