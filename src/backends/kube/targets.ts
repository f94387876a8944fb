/**
 * Resolves a fault's declared targets against the live cluster (docs/policy.md): how many pods the
 * selector matches now, and how many of them the fault would hit, so preflight can refuse a fault
 * that hits nothing or more than the policy allows.
 */
import type { Experiment, KubeObject, TargetDeclaration, TargetMode } from '../../manifest/model'
import { enforceLive } from '../../policy/enforce-live'
import type { Policy } from '../../policy/policy'
import type { Issue } from '../../util/errors'
import { kubeFailure, type KubeOperation } from './errors'
import type { ApiResource, KubeObjects } from './port'
import { type AccessNeed, needs, PODS } from './preflight'

const NODES: ApiResource = {
  group: '',
  version: 'v1',
  kind: 'Node',
  resource: 'nodes',
  namespaced: false,
  verbs: []
}

/** What the selector matches now. */
export interface TargetCount {
  /** Pods (or nodes) the selector matches that are alive: not finished, not being deleted, schedulable. */
  readonly candidates: number
  /** How many of them the fault would hit, by its mode; the worst case when the mode is unknown. */
  readonly targets: number
  /** A few matched names, for messages. */
  readonly sample: readonly string[]
}

/** The live target check of an experiment: counted, at least one, within the policy. */
export interface TargetCheck {
  readonly count?: TargetCount
  readonly issues: readonly Issue[]
}

/**
 * Counts the experiment's targets on the live cluster and checks them: at least one, and no more
 * than the policy's maxTargets/maxPercentage allow (enforceLive). Without a policy the blast
 * radius cannot be checked, so nothing may be injected: that is an issue, and nothing is counted.
 */
export async function checkTargets(
  kube: KubeObjects,
  exp: Experiment,
  policy: Policy | undefined,
  op: Pick<KubeOperation, 'backend'>,
  signal?: AbortSignal
): Promise<TargetCheck> {
  if (!policy) return { issues: [missingPolicy(exp)] }
  const declaration = exp.targets
  if (!declaration) return { issues: [] }
  let count: TargetCount | undefined
  try {
    count = await countTargets(kube, declaration, signal)
  } catch (err) {
    const nodes = declaration.resource === 'node'
    throw kubeFailure(err, {
      ...op,
      verb: 'list',
      kind: nodes ? 'Node' : 'Pod',
      resource: nodes ? 'nodes' : 'pods',
      group: '',
      ...(nodes ? {} : { namespace: declaration.namespaces.join(',') })
    })
  }
  if (!count) return { issues: [] }
  const none = noTargetIssue(declaration, count)
  return { count, issues: none ? [none] : enforceLive(exp, policy, count) }
}

/** No blast-radius policy reached preflight: the live target count cannot be checked. */
function missingPolicy(exp: Experiment): Issue {
  return {
    ...exp.source,
    severity: 'error',
    code: 'policy/missing',
    message: 'no blast-radius policy reached preflight, so the live target count cannot be checked'
  }
}

/** The permissions counting the targets needs: list pods where they are, or list nodes. */
export function targetAccess(declaration: TargetDeclaration | undefined): AccessNeed[] {
  const resource = declaration?.resource ?? 'pod'
  if (!declaration || (resource !== 'pod' && resource !== 'node')) return []
  return resource === 'node'
    ? needs(NODES, ['list'])
    : declaration.namespaces.flatMap((ns) => needs(PODS, ['list'], ns))
}

/**
 * Lists what the declaration selects (pods in every declared namespace, or nodes) and counts it;
 * undefined for targets Kubernetes cannot count (a share of traffic, cloud resources).
 */
export async function countTargets(
  kube: KubeObjects,
  declaration: TargetDeclaration,
  signal?: AbortSignal
): Promise<TargetCount | undefined> {
  const resource = declaration.resource ?? 'pod'
  if (resource !== 'pod' && resource !== 'node') return undefined
  const scopes = resource === 'node' ? [undefined] : declaration.namespaces
  const names: string[] = []
  for (const namespace of scopes) {
    const list = await kube.list(
      {
        apiVersion: 'v1',
        kind: resource === 'node' ? 'Node' : 'Pod',
        ...(namespace ? { namespace } : {}),
        ...(declaration.labelSelector ? { labelSelector: declaration.labelSelector } : {}),
        ...(declaration.fieldSelector ? { fieldSelector: declaration.fieldSelector } : {})
      },
      signal
    )
    for (const item of list.items.filter(resource === 'node' ? isSchedulable : isAlive)) {
      const name = item.metadata.name ?? ''
      if (!declaration.podNames || declaration.podNames.includes(name))
        names.push(namespace ? `${namespace}/${name}` : name)
    }
  }
  return {
    candidates: names.length,
    targets: hitBy(declaration.mode, names.length),
    sample: names.slice(0, 5)
  }
}

/** How many of `candidates` a mode hits: Litmus and Chaos Mesh both round percentages down but hit at least one. */
export function hitBy(mode: TargetMode, candidates: number): number {
  if (candidates === 0) return 0
  switch (mode.kind) {
    case 'count':
      return Math.min(mode.count, candidates)
    case 'percent':
    case 'max-percent':
      return Math.max(1, Math.floor((candidates * mode.percent) / 100))
    case 'all':
    case 'unknown':
      return candidates
  }
}

/** The issue for a selector that matches nothing alive: nothing would be tested. */
export function noTargetIssue(
  declaration: TargetDeclaration,
  count: TargetCount
): Issue | undefined {
  if (count.candidates > 0) return undefined
  const nodes = declaration.resource === 'node'
  const selector = [
    declaration.labelSelector && `label selector '${declaration.labelSelector}'`,
    declaration.fieldSelector && `field selector '${declaration.fieldSelector}'`,
    declaration.podNames && `names ${declaration.podNames.join(', ')}`
  ].filter(Boolean)
  const what = selector.length > 0 ? selector.join(' and ') : 'the selection'
  const where = nodes ? '' : ` -n ${declaration.namespaces[0] ?? 'default'}`
  const label = declaration.labelSelector ? ` -l '${declaration.labelSelector}'` : ''
  return {
    ...declaration.location,
    severity: 'error',
    code: 'kube/no-targets',
    message: nodes
      ? `${what} matches no schedulable node`
      : `${what} matches no running pod in namespace ${declaration.namespaces.join(', ')}`,
    expected: `at least one ${nodes ? 'node' : 'running pod'} to inject into`,
    hint: `Check it with: kubectl get ${nodes ? 'nodes' : 'pods'}${where}${label}`
  }
}

function isSchedulable(node: KubeObject): boolean {
  const spec = node.spec
  return !(
    typeof spec === 'object' &&
    spec !== null &&
    'unschedulable' in spec &&
    spec.unschedulable === true
  )
}

function isAlive(pod: KubeObject): boolean {
  if (pod.metadata.deletionTimestamp !== undefined) return false
  const status = pod.status
  const phase =
    typeof status === 'object' && status !== null && 'phase' in status ? status.phase : undefined
  return phase !== 'Succeeded' && phase !== 'Failed'
}
