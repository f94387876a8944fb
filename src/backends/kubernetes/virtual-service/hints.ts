/** What a handle tells a restore: the saved original, the generation the fault was applied at. */
import type { Handle } from '../../backend'
import type { RestoreHints } from './restore'

export function restoreHints(handle: Handle, runId: string): RestoreHints {
  const generation = Number(handle.data?.appliedGeneration)
  return {
    runId,
    ...(handle.data?.original !== undefined && { original: handle.data.original }),
    ...(Number.isInteger(generation) && { appliedGeneration: generation })
  }
}
