/**
 * Validates a run-state file read back from disk. The file may be old, edited or truncated, and
 * cleanup must not act on a half-understood handle, so it is checked field by field.
 */
import { z } from 'zod'

import { BACKEND_KINDS } from '../../manifest/model'
import { errorMessage, StateFileError } from '../../util/errors'
import type { RunState } from './run-state-model'

/** Built on first use (z.lazy): only cleanup reads a run-state file back (docs/performance.md). */
const runState = z.lazy(() => {
  const backendKind = z.enum(BACKEND_KINDS)

  const handle = z.object({
    backend: backendKind,
    experiment: z.string(),
    kind: z.string(),
    name: z.string(),
    namespace: z.string().exactOptional(),
    apiVersion: z.string().exactOptional(),
    uid: z.string().exactOptional(),
    data: z.record(z.string(), z.string()).exactOptional()
  })

  const cleanupReport = z.object({
    deleted: z.array(z.string()),
    stuck: z.array(z.object({ ref: z.string(), reason: z.string(), inspect: z.string() })),
    errors: z.array(z.string())
  })

  const experiment = z.object({
    backend: backendKind,
    namespaces: z.array(z.string()),
    handle: handle.exactOptional(),
    submittedAt: z.number().exactOptional(),
    abortedAt: z.number().exactOptional(),
    abortReason: z.string().exactOptional(),
    cleanedAt: z.number().exactOptional(),
    cleanup: cleanupReport.exactOptional()
  })

  return z.object({
    version: z.literal(1),
    runId: z.string(),
    environment: z.string(),
    cluster: z
      .object({ kubeconfig: z.string().exactOptional(), context: z.string().exactOptional() })
      .exactOptional(),
    pid: z.number(),
    startedAt: z.number(),
    updatedAt: z.number(),
    status: z.enum(['running', 'finished', 'interrupted']),
    experiments: z.record(z.string(), experiment),
    cleanups: z.array(
      z.object({
        at: z.number(),
        by: z.string(),
        clean: z.boolean(),
        reports: z.array(cleanupReport.extend({ backend: backendKind }))
      })
    )
  })
})

/** Parses and checks a run-state file's text; the error names the file and the first bad field. */
export function parseRunState(text: string, path: string): RunState {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new StateFileError(`${path}: not a run-state file: ${errorMessage(err)}`, { cause: err })
  }
  const parsed = runState.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    throw new StateFileError(
      `${path}: not a valid run-state file: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`
    )
  }
  return parsed.data
}
