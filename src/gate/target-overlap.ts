/**
 * Which experiments must not run at the same time: two faults on the same targets override or
 * corrupt each other (a second NetworkChaos replaces the first's rules, chaos-mesh#3631; two
 * pod-failures restore the wrong image), and each one's steady state would measure the other's
 * damage. Decided from the manifests alone, conservatively: pods in the same namespace whose
 * selectors may match the same pod, any node fault with any pod or node fault, and two
 * VirtualServices of the same name or sharing a host.
 */
import type { Experiment } from '../manifest/model'
import { selectorsDisjoint } from './selector-overlap'

/** What an experiment touches. */
type Footprint =
  | {
      readonly on: 'pods'
      readonly namespace: string
      readonly selector: string
      readonly names?: readonly string[]
    }
  | { readonly on: 'nodes'; readonly selector: string }
  | {
      readonly on: 'routing'
      readonly namespace: string
      readonly name: string
      readonly hosts: readonly string[]
    }
  /** A fault whose targets are not declared in one place (a multi-fault Workflow): all of a namespace. */
  | { readonly on: 'namespace'; readonly namespace: string }

/** Why `a` and `b` must not run at once, or undefined when they may. */
export function conflictBetween(a: Experiment, b: Experiment): string | undefined {
  for (const x of footprintsOf(a))
    for (const y of footprintsOf(b)) {
      const why = overlap(x, y)
      if (why) return why
    }
  return undefined
}

function footprintsOf(exp: Experiment): Footprint[] {
  if (exp.backend === 'local') return []
  const fault = exp.fault
  if (fault.kind === 'kube-object' && fault.object.kind === 'VirtualService') {
    const spec = fault.object.spec
    const hosts =
      typeof spec === 'object' && spec !== null && 'hosts' in spec && Array.isArray(spec.hosts)
        ? spec.hosts.filter((h): h is string => typeof h === 'string')
        : []
    const namespace = exp.namespace ?? fault.object.metadata.namespace ?? ''
    return [{ on: 'routing', namespace, name: fault.object.metadata.name ?? exp.name, hosts }]
  }
  const targets = exp.targets
  if (!targets) return exp.namespace ? [{ on: 'namespace', namespace: exp.namespace }] : []
  const selector = targets.labelSelector ?? ''
  if (targets.resource === 'node') return [{ on: 'nodes', selector }]
  if (targets.resource !== undefined && targets.resource !== 'pod') return []
  return targets.namespaces.map((namespace) => ({
    on: 'pods' as const,
    namespace,
    selector,
    ...(targets.podNames && { names: targets.podNames })
  }))
}

function overlap(x: Footprint, y: Footprint): string | undefined {
  if (x.on === 'routing' || y.on === 'routing') return routingOverlap(x, y)
  if (x.on === 'nodes' || y.on === 'nodes') return nodeOverlap(x, y)
  if (x.namespace !== y.namespace) return undefined
  if (x.on === 'namespace' || y.on === 'namespace')
    return `one of them does not say which pods of namespace ${x.namespace} it targets, so it may hit the other's`
  if (x.names && y.names && !x.names.some((n) => y.names?.includes(n))) return undefined
  if (selectorsDisjoint(x.selector, y.selector)) return undefined
  const what =
    x.selector === y.selector
      ? `pods matching ${shown(x.selector)}`
      : `pods matching ${shown(x.selector)} and ${shown(y.selector)}`
  return `both target ${what} in ${x.namespace}`
}

function routingOverlap(x: Footprint, y: Footprint): string | undefined {
  if (x.on !== 'routing' || y.on !== 'routing') return undefined
  if (x.namespace === y.namespace && x.name === y.name)
    return `both rewrite VirtualService ${x.namespace}/${x.name}`
  const shared = x.hosts.find((h) => y.hosts.includes(h))
  return shared === undefined ? undefined : `both inject faults into the routes of host ${shared}`
}

function nodeOverlap(x: Footprint, y: Footprint): string | undefined {
  if (x.on === 'nodes' && y.on === 'nodes' && selectorsDisjoint(x.selector, y.selector))
    return undefined
  return x.on === 'nodes' && y.on === 'nodes'
    ? `both target nodes matching ${shown(x.selector)}`
    : 'a node fault may hit the pods the other targets'
}

const shown = (selector: string): string => (selector === '' ? 'any labels' : `'${selector}'`)
