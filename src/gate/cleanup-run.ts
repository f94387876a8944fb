/**
 * Cleans up a run from its run-state file, after the fact: `chaos-gate cleanup` and the action's
 * post step. Every recorded handle is aborted (idempotent; not-found is success) and each backend
 * removes what the run created by its run-id label. The result is appended to the state file.
 */
import type { CleanupReport, Handle, RunContext } from '../backends/backend'
import { runLabels } from '../backends/labels'
import type { BackendKind } from '../manifest/model'
import { withTimeout } from '../util/bounded'
import type { Clock } from '../util/clock'
import { errorMessage } from '../util/errors'
import type { Log } from '../util/log'
import type { BackendProvider } from './gate-deps'
import type { RunStateStore } from './run-state/run-state'
import type { CleanupRecord, RunState } from './run-state/run-state-model'
import { TIMEOUTS } from './timeouts'

export interface CleanupRunDeps {
  readonly backends: BackendProvider
  readonly clock: Clock
  readonly log: Log
  /** Who is cleaning up, for the record (`chaos-gate cleanup`, `action post`). */
  readonly by: string
}

/** Aborts and removes everything the run recorded; returns (and records, given a store) what happened. */
export async function cleanupRun(
  state: RunState,
  deps: CleanupRunDeps,
  store?: RunStateStore
): Promise<CleanupRecord> {
  const kinds = [...new Set(Object.values(state.experiments).map((e) => e.backend))]
  const reports: (CleanupReport & { backend: BackendKind })[] = []
  for (const kind of kinds)
    reports.push({ backend: kind, ...(await cleanupBackend(state, kind, deps)) })
  const clean = reports.every((r) => r.stuck.length === 0 && r.errors.length === 0)
  const record: CleanupRecord = { at: deps.clock.now(), by: deps.by, clean, reports }
  if (store) {
    store.adopt(state)
    await store.recordCleanup(record)
  }
  return record
}

async function cleanupBackend(
  state: RunState,
  kind: BackendKind,
  deps: CleanupRunDeps
): Promise<CleanupReport> {
  const entries = Object.values(state.experiments).filter((e) => e.backend === kind)
  const handles = entries.flatMap((e) => (e.handle ? [e.handle] : []))
  const namespaces = [...new Set(entries.flatMap((e) => e.namespaces))]
  const aborts: { readonly handle: Handle; readonly error: string }[] = []
  try {
    const backend = await deps.backends(kind)
    const run = <T>(ms: number, what: string, fn: (ctx: RunContext) => Promise<T>): Promise<T> =>
      withTimeout(deps.clock, ms, what, undefined, (signal) =>
        fn({
          runId: state.runId,
          clock: deps.clock,
          log: deps.log,
          signal,
          labels: runLabels(state.runId),
          deadline: deps.clock.now() + ms
        })
      )
    for (const handle of handles) {
      await run(TIMEOUTS.abortMs, `aborting ${handle.name}`, (ctx) =>
        backend.abort(handle, ctx)
      ).catch((err: unknown) => {
        aborts.push({
          handle,
          error: `aborting ${handle.kind} ${handle.name} failed: ${errorMessage(err)}`
        })
      })
    }
    const report = await run(TIMEOUTS.cleanupMs, `${kind} cleanup`, (ctx) =>
      backend.cleanup({ runId: state.runId, namespaces, handles }, ctx)
    )
    // An abort that failed on an object cleanup then reports as stuck is one problem, not two:
    // the stuck entry says why and how to inspect it, and counting both would double it.
    const stuck = new Set(report.stuck.map((s) => s.ref))
    const unexplained = aborts.filter((a) => !stuck.has(objectRef(a.handle))).map((a) => a.error)
    return { ...report, errors: [...unexplained, ...report.errors] }
  } catch (err) {
    return {
      deleted: [],
      stuck: [],
      errors: [...aborts.map((a) => a.error), `${kind}: ${errorMessage(err)}`]
    }
  }
}

/**
 * The faults the run never cleaned up itself whose backend's cleanup then came out clean: each was
 * aborted through the backend's safe path and is gone. Named `Kind namespace/name`.
 */
export function stoppedFaults(
  state: RunState,
  record: CleanupRecord
): { readonly backend: BackendKind; readonly ref: string }[] {
  const clean = new Set(
    record.reports.filter((r) => r.stuck.length + r.errors.length === 0).map((r) => r.backend)
  )
  return Object.values(state.experiments).flatMap((e) =>
    e.handle && e.cleanedAt === undefined && clean.has(e.backend)
      ? [{ backend: e.backend, ref: objectRef(e.handle) }]
      : []
  )
}

/** `Kind namespace/name`, as Kubernetes backends name a stuck object. */
function objectRef(handle: Handle): string {
  return `${handle.kind} ${handle.namespace ? `${handle.namespace}/` : ''}${handle.name}`
}
