/**
 * Removes what a run left in Litmus: its ChaosEngines (found by the run's label and by saved
 * handles) and then the ChaosResults those engines produced (tied by the `chaosUID` label, by
 * `spec.engine`, or by the run's name prefix when the engine is already gone). Engines go first:
 * their finalizer makes the operator stop the experiment pods, which may still write a result.
 */
import { resultSuffix } from '../../manifest/adopt/litmus/litmus-result-name'
import type { KubeObject } from '../../manifest/model'
import type { Clock } from '../../util/clock'
import type { Log } from '../../util/log'
import type { CleanupReport, RunSelector } from '../backend'
import { deleteAll, type Doomed, findByLabel, mergeReports } from '../kube/cleanup'
import { kubeFailure } from '../kube/errors'
import type { KubeObjects } from '../kube/port'
import { isRecord } from '../kube/status'
import { objectName, runSelectorString } from '../labels'
import { CHAOS_ENGINE, CHAOS_RESULT, CHAOS_UID_LABEL, LITMUS_GROUP } from './litmus-api'
import { engineName as litmusEngineName } from './litmus-engine'

export interface LitmusCleanupDeps {
  readonly kube: KubeObjects
  readonly clock: Clock
  readonly log: Log
  /** How long to wait for each wave's finalizers. */
  readonly boundMs: number
}

/** An engine of this run: where it is, and its UID when known (the results' join key). */
interface RunEngine {
  readonly namespace: string
  readonly name: string
  readonly uid?: string
}

export async function cleanupLitmus(
  selector: RunSelector,
  deps: LitmusCleanupDeps
): Promise<CleanupReport> {
  const handles = selector.handles.filter(
    (h) =>
      h.backend === 'litmus' &&
      h.kind === CHAOS_ENGINE.kind &&
      (selector.experiment === undefined || h.experiment === selector.experiment)
  )
  const namespaces = [
    ...new Set([
      ...selector.namespaces,
      ...handles.flatMap((h) => (h.namespace ? [h.namespace] : []))
    ])
  ]
  const labelled = await findByLabel(
    deps.kube,
    [CHAOS_ENGINE],
    namespaces,
    runSelectorString(selector.runId, selector.experiment),
    'litmus'
  )
  const engines = new Map<string, RunEngine>()
  for (const h of handles)
    if (h.namespace)
      engines.set(`${h.namespace}/${h.name}`, {
        namespace: h.namespace,
        name: h.name,
        ...(h.uid ? { uid: h.uid } : {})
      })
  for (const e of labelled.found) {
    const { namespace = '', name = '', uid } = e.metadata
    engines.set(`${namespace}/${name}`, {
      namespace,
      name,
      ...(typeof uid === 'string' ? { uid } : {})
    })
  }
  const options = { backend: 'litmus', clock: deps.clock, log: deps.log, boundMs: deps.boundMs }
  const first = await deleteAll(
    deps.kube,
    [...engines.values()].map((e) => doomed(CHAOS_ENGINE, e.namespace, e.name)),
    options
  )
  const results = await relatedResults(deps.kube, namespaces, [...engines.values()], selector)
  const second = await deleteAll(deps.kube, results.found, options)
  return mergeReports(
    { deleted: [], stuck: [], errors: [...labelled.errors, ...results.errors] },
    first,
    second
  )
}

async function relatedResults(
  kube: KubeObjects,
  namespaces: readonly string[],
  engines: readonly RunEngine[],
  selector: RunSelector
): Promise<{ readonly found: readonly Doomed[]; readonly errors: readonly string[] }> {
  const uids = new Set(engines.flatMap((e) => (e.uid ? [e.uid] : [])))
  const names = new Set(engines.map((e) => `${e.namespace}/${e.name}`))
  const engineName = (engine: string, suffix: string): boolean =>
    selector.experiment !== undefined
      ? engine === litmusEngineName(selector.runId, selector.experiment, [suffix])
      : // Every engine name of this run starts so, even when its handle and label are both lost.
        engine.startsWith(objectName(selector.runId, 'x').slice(0, -1))
  const found: Doomed[] = []
  const errors: string[] = []
  for (const namespace of namespaces) {
    try {
      const list = await kube.list({
        apiVersion: CHAOS_RESULT.apiVersion,
        kind: CHAOS_RESULT.kind,
        namespace
      })
      for (const r of list.items.filter((item) => isOurs(item, uids, names, engineName)))
        found.push(doomed(CHAOS_RESULT, namespace, r.metadata.name ?? ''))
    } catch (err) {
      const op = {
        backend: 'litmus',
        verb: 'list',
        kind: CHAOS_RESULT.kind,
        resource: CHAOS_RESULT.resource,
        group: LITMUS_GROUP,
        namespace
      }
      errors.push(kubeFailure(err, op).message)
    }
  }
  return { found, errors }
}

function isOurs(
  result: KubeObject,
  uids: ReadonlySet<string>,
  names: ReadonlySet<string>,
  engineName: (engine: string, suffix: string) => boolean
): boolean {
  const uid = result.metadata.labels?.[CHAOS_UID_LABEL]
  const spec = isRecord(result.spec) ? result.spec : {}
  const engine = typeof spec.engine === 'string' ? spec.engine : ''
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : undefined
  return (
    (uid !== undefined && uids.has(uid)) ||
    names.has(`${result.metadata.namespace ?? ''}/${engine}`) ||
    (engine !== '' &&
      engineName(engine, resultSuffix(text(spec.experiment) ?? '', text(spec.instance))))
  )
}

const doomed = (kind: typeof CHAOS_ENGINE, namespace: string, name: string): Doomed => ({
  kind,
  namespace,
  name
})
