/**
 * Following a ChaosEngine and the ChaosResults carrying its UID, each by watch, into one stream of
 * observations: one per change, ending at the verdict or when the run's signal aborts.
 */
import type { Handle, Observation, RunContext } from '../backend'
import { distinctObservations } from '../kube/distinct-observations'
import { kubeFailure } from '../kube/errors'
import { followAll } from '../kube/follow-all'
import type { CollectionRef, KubeObjects } from '../kube/port'
import {
  ABORTED_AT_ANNOTATION,
  CHAOS_ENGINE,
  CHAOS_RESULT,
  CHAOS_UID_LABEL,
  engineOperation
} from './litmus-api'
import { readEngine, readResult } from './litmus-status'
import { litmusObservation, resultsLag } from './litmus-verdict'

/** Follows the engine and the results carrying its UID by watch; one observation per change. */
export function observeEngine(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext
): AsyncGenerator<Observation> {
  return distinctObservations(engineLooks(kube, handle, ctx), litmusKey)
}

/** What makes two Litmus observations different: the details (probe verdicts, failStep) count too. */
function litmusKey(o: Observation): string {
  return JSON.stringify([o.phase, o.verdict, o.message, o.details])
}

/** The engine's observation after every change of it or its results. */
async function* engineLooks(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext
): AsyncGenerator<Observation> {
  const namespace = handle.namespace ?? ''
  const uid = handle.uid ?? (await engineUid(kube, handle))
  if (!uid) {
    yield litmusObservation(undefined, [], ctx.clock.now())
    return
  }
  const refs = new Map<'engine' | 'results', CollectionRef>([
    [
      'engine',
      {
        apiVersion: CHAOS_ENGINE.apiVersion,
        kind: CHAOS_ENGINE.kind,
        namespace,
        fieldSelector: `metadata.name=${handle.name}`
      }
    ],
    ['results', resultsRef(namespace, uid)]
  ])
  try {
    for await (const state of followAll(kube, refs, {
      clock: ctx.clock,
      signal: ctx.signal,
      log: ctx.log
    })) {
      const engine = state.get('engine')?.[0]
      const view = engine && readEngine(engine, ABORTED_AT_ANNOTATION)
      let results = (state.get('results') ?? []).map(readResult)
      // A finished engine may be seen before its result; read the results afresh before deciding.
      if (view && resultsLag(view, results))
        results = (await kube.list(resultsRef(namespace, uid), ctx.signal)).items.map(readResult)
      yield litmusObservation(view, results, ctx.clock.now())
    }
  } catch (err) {
    throw kubeFailure(err, engineOperation('watch', namespace, handle.name))
  }
}

function resultsRef(namespace: string, uid: string): CollectionRef {
  return {
    apiVersion: CHAOS_RESULT.apiVersion,
    kind: CHAOS_RESULT.kind,
    namespace,
    labelSelector: `${CHAOS_UID_LABEL}=${uid}`
  }
}

async function engineUid(kube: KubeObjects, handle: Handle): Promise<string | undefined> {
  const ref = {
    apiVersion: CHAOS_ENGINE.apiVersion,
    kind: CHAOS_ENGINE.kind,
    namespace: handle.namespace ?? '',
    name: handle.name
  }
  const engine = await kube.get(ref).catch((err: unknown) => {
    throw kubeFailure(err, engineOperation('get', ref.namespace, ref.name))
  })
  const uid = engine?.metadata.uid
  return typeof uid === 'string' ? uid : undefined
}
