/**
 * LitmusChaos backend (docs/backends/litmus.md).
 * Creates: one ChaosEngine per experiment, `gate-<runId>-<experiment>`, labelled with the run; the
 *   operator and the experiment pod then create ChaosResults `<engine>-<experiment>` (label chaosUID).
 * Finds again: the engine by its saved handle or the run-id label; results by chaosUID / spec.engine.
 * Stops: a merge patch `engineState: stop` (the operator's abort path reverts the fault); cleanup
 *   deletes the engines, waits for their finalizer, then deletes their results. Never installs Litmus.
 */
import type { Experiment } from '../../manifest/model'
import type { Policy } from '../../policy/policy'
import { InternalError } from '../../util/errors'
import type { Backend, CleanupReport, Handle, RunContext, RunSelector } from '../backend'
import type { BackendDeps } from '../backend'
import { fitWaits } from '../kube/cleanup'
import { isNotFound, kubeFailure } from '../kube/errors'
import type { KubeCluster, KubeObjects } from '../kube/port'
import { createOrAdopt } from '../kube/submit'
import { ABORTED_AT_ANNOTATION, CHAOS_ENGINE, engineOperation } from './litmus-api'
import { cleanupLitmus } from './litmus-cleanup'
import { checkEngine, engineNamespace, engineToSubmit } from './litmus-engine'
import { observeEngine } from './litmus-observe'
import { preflightLitmus } from './litmus-preflight'

export interface LitmusDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  /** Where engines go when neither the experiment nor the manifest names a namespace. */
  readonly defaultNamespace: string
  /** The blast-radius policy preflight checks the live target count against (required to run). */
  readonly policy?: Policy
  /** How long cleanup waits for the operator to release each engine's finalizer (default 60 s). */
  readonly cleanupBoundMs?: number
}

/** The registry's factory: the litmus backend on the run's cluster connection. */
export async function litmusBackend(deps: BackendDeps): Promise<Backend> {
  if (!deps.kube)
    throw new InternalError('the litmus backend was built without a Kubernetes connection')
  const conn = await deps.kube()
  return createLitmusBackend({
    kube: conn.objects,
    cluster: conn.cluster,
    defaultNamespace: conn.namespace ?? 'default',
    ...(deps.policy ? { policy: deps.policy } : {})
  })
}

export function createLitmusBackend(deps: LitmusDeps): Backend {
  const { kube } = deps
  return {
    kind: 'litmus',
    check: (exp) => checkEngine(exp),
    preflight: (exp, ctx) => preflightLitmus(exp, ctx, deps),
    submit: (exp, ctx) => submit(exp, ctx, deps),
    observe: (handle, ctx) => observeEngine(kube, handle, ctx),
    abort: (handle, ctx) => abort(kube, handle, ctx),
    cleanup: (selector: RunSelector, ctx: RunContext): Promise<CleanupReport> =>
      cleanupLitmus(selector, {
        kube,
        clock: ctx.clock,
        log: ctx.log,
        boundMs: waveBound(deps, ctx)
      })
  }
}

/** Cleanup's two waits (engines, then results), each its bound, both within the cleanup budget. */
function waveBound(deps: LitmusDeps, ctx: RunContext): number {
  const bound = deps.cleanupBoundMs ?? 60_000
  return fitWaits(2 * bound, ctx)(bound)
}

async function submit(exp: Experiment, ctx: RunContext, deps: LitmusDeps): Promise<Handle> {
  const namespace = engineNamespace(exp, deps.defaultNamespace)
  const engine = engineToSubmit(exp, ctx, namespace)
  const name = engine.metadata.name ?? ''
  const { object, adopted } = await createOrAdopt(
    deps.kube,
    engine,
    ctx.labels,
    engineOperation('create', namespace, name)
  )
  ctx.log.info(
    `${exp.name}: ${adopted ? 'adopted the existing' : 'created'} ChaosEngine ${namespace}/${name}`
  )
  const uid = object.metadata.uid
  return {
    backend: 'litmus',
    experiment: exp.name,
    apiVersion: CHAOS_ENGINE.apiVersion,
    kind: CHAOS_ENGINE.kind,
    name,
    namespace,
    ...(typeof uid === 'string' ? { uid } : {})
  }
}

/** `engineState: stop`, marked as ours; an engine already gone is already stopped. */
async function abort(kube: KubeObjects, handle: Handle, ctx: RunContext): Promise<void> {
  const namespace = handle.namespace ?? ''
  const ref = {
    apiVersion: CHAOS_ENGINE.apiVersion,
    kind: CHAOS_ENGINE.kind,
    namespace,
    name: handle.name
  }
  try {
    await kube.patch(ref, {
      type: 'merge',
      body: {
        metadata: {
          annotations: { [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString() }
        },
        spec: { engineState: 'stop' }
      }
    })
    ctx.log.info(`${handle.experiment}: asked ChaosEngine ${namespace}/${handle.name} to stop`)
  } catch (err) {
    if (isNotFound(err)) return
    throw kubeFailure(err, engineOperation('patch', namespace, handle.name))
  }
}
