/**
 * Litmus preflight: Litmus is installed, the runner may do everything the run needs, the engine's
 * ServiceAccount and ChaosExperiments exist where the operator will look for them, the API server
 * accepts the engine in a dry run, and the targets resolve to live pods. Every problem is reported
 * at once; nothing is created.
 */
import type { Experiment, KubeObject, Locate } from '../../manifest/model'
import type { Policy } from '../../policy/policy'
import { InternalError, type Issue } from '../../util/errors'
import type { PreflightReport, RunContext } from '../backend'
import { splitApiVersion } from '../kube/discovery'
import type { KubeOperation } from '../kube/errors'
import { kubeFailure } from '../kube/errors'
import type { KindNames } from '../kube/port'
import type { ApiResource, KubeCluster, KubeObjects } from '../kube/port'
import {
  type AccessNeed,
  checkAccess,
  checkServed,
  dryRunCreate,
  kindKey,
  needs
} from '../kube/preflight'
import { isRecord } from '../kube/status'
import { checkTargets, targetAccess } from '../kube/targets'
import {
  CHAOS_ENGINE,
  CHAOS_EXPERIMENT,
  CHAOS_RESULT,
  engineOperation,
  LITMUS_INSTALLATION
} from './litmus-api'
import { engineNamespace, engineToSubmit } from './litmus-engine'

const SERVICE_ACCOUNT: KindNames = {
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  resource: 'serviceaccounts'
}
const SERVICE_ACCOUNTS: ApiResource = {
  group: '',
  version: 'v1',
  kind: 'ServiceAccount',
  resource: 'serviceaccounts',
  namespaced: true,
  verbs: []
}

/** What Litmus preflight talks to. */
export interface LitmusPreflightDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  readonly defaultNamespace: string
  /** The blast-radius policy the live target count is checked against. */
  readonly policy?: Policy
}

export async function preflightLitmus(
  exp: Experiment,
  ctx: RunContext,
  deps: LitmusPreflightDeps
): Promise<PreflightReport> {
  const namespace = engineNamespace(exp, deps.defaultNamespace)
  const op = engineOperation('create', namespace)
  const served = await checkServed(
    deps.cluster,
    [CHAOS_ENGINE, CHAOS_RESULT, CHAOS_EXPERIMENT],
    LITMUS_INSTALLATION,
    exp.source,
    op
  )
  if (served.issues.length > 0) return { warnings: [], issues: served.issues }
  const denied = await checkAccess(
    deps.cluster,
    accessNeeds(served.resources, namespace, exp),
    exp.source,
    op
  )
  if (denied.length > 0) return { warnings: [], issues: denied }
  const engine = engineToSubmit(exp, ctx, namespace)
  const [references, rejected, targets] = await Promise.all([
    checkReferences(deps.kube, engine, exp.locate, op),
    dryRunCreate(deps.kube, engine, exp.locate, { ...op, name: engine.metadata.name ?? '' }),
    checkTargets(deps.kube, exp, deps.policy, op, ctx.signal)
  ])
  return {
    warnings: [],
    issues: [...references, ...rejected, ...targets.issues],
    ...(targets.count
      ? { targets: targets.count.targets, candidates: targets.count.candidates }
      : {})
  }
}

/** Every permission a Litmus run uses, in the engine's namespace and where the targets are. */
function accessNeeds(
  served: ReadonlyMap<string, ApiResource>,
  namespace: string,
  exp: Experiment
): AccessNeed[] {
  const resource = (kind: string): ApiResource => {
    const found = served.get(kindKey(CHAOS_ENGINE.apiVersion, kind))
    if (!found)
      throw new InternalError(`discovery reported ${kind} served but returned no resource`)
    return found
  }
  const engineVerbs = ['create', 'get', 'list', 'watch', 'patch', 'delete']
  return [
    ...needs(resource(CHAOS_ENGINE.kind), engineVerbs, namespace),
    ...needs(resource(CHAOS_RESULT.kind), ['get', 'list', 'watch', 'delete'], namespace),
    ...needs(resource(CHAOS_EXPERIMENT.kind), ['get'], namespace),
    ...needs(SERVICE_ACCOUNTS, ['get'], namespace),
    ...targetAccess(exp.targets)
  ]
}

/** The ServiceAccount the experiment pods run as, and every ChaosExperiment, in the engine's namespace. */
async function checkReferences(
  kube: KubeObjects,
  engine: KubeObject,
  locate: Locate,
  op: KubeOperation
): Promise<Issue[]> {
  const namespace = engine.metadata.namespace ?? ''
  const spec = isRecord(engine.spec) ? engine.spec : {}
  const issues: Issue[] = []
  const account = typeof spec.chaosServiceAccount === 'string' ? spec.chaosServiceAccount : ''
  if (account && !(await exists(kube, SERVICE_ACCOUNT, namespace, account, op)))
    issues.push({
      ...locate(['spec', 'chaosServiceAccount']),
      severity: 'error',
      code: 'litmus/service-account',
      message: `the chaosServiceAccount '${account}' does not exist in namespace ${namespace}`,
      hint: `Create it with the RBAC the experiment needs (ChaosHub ships an rbac.yaml per fault), or name an existing one; check with: kubectl get serviceaccount ${account} -n ${namespace}`
    })
  const experiments = Array.isArray(spec.experiments) ? spec.experiments : []
  for (const [i, entry] of experiments.entries()) {
    const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name : ''
    if (!name || (await exists(kube, CHAOS_EXPERIMENT, namespace, name, op))) continue
    issues.push({
      ...locate(['spec', 'experiments', i, 'name']),
      severity: 'error',
      code: 'litmus/experiment',
      message: `the ChaosExperiment '${name}' does not exist in namespace ${namespace}, where the chaos-operator looks for it`,
      hint: `Apply its definition first (the fault.yaml from ChaosHub / chaos-charts) into namespace ${namespace}; check with: kubectl get chaosexperiments -n ${namespace}`
    })
  }
  return issues
}

async function exists(
  kube: KubeObjects,
  kind: KindNames,
  namespace: string,
  name: string,
  op: KubeOperation
): Promise<boolean> {
  try {
    return (
      (await kube.get({ apiVersion: kind.apiVersion, kind: kind.kind, namespace, name })) !==
      undefined
    )
  } catch (err) {
    const { group } = splitApiVersion(kind.apiVersion)
    throw kubeFailure(err, {
      ...op,
      verb: 'get',
      kind: kind.kind,
      resource: kind.resource,
      group,
      name
    })
  }
}
