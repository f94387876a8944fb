/**
 * Parses the lines of a watch stream (one JSON event per line). A broken line fails the stream
 * (the follower watches again) instead of being dropped: a dropped event is a missed change.
 */
import type { WatchEvent } from './port'
import { isKubeObject, isRecord, statusError } from './status'
import { KubeConnectionError } from './transport'

const EVENT_TYPES: readonly string[] = ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK']

function isEventType(type: string): type is WatchEvent['type'] {
  return EVENT_TYPES.includes(type)
}

/** One line of a watch stream; an ERROR event (410 Gone, mostly) is thrown as what it says. */
export function watchEvent(line: string): WatchEvent | undefined {
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch {
    throw new KubeConnectionError('the watch stream sent a line that is not JSON', 'EBADWATCH')
  }
  if (!isRecord(data) || typeof data.type !== 'string')
    throw new KubeConnectionError('the watch stream sent an event without a type', 'EBADWATCH')
  if (data.type === 'ERROR') {
    const status = isRecord(data.object) ? data.object : {}
    throw statusError(typeof status.code === 'number' ? status.code : 500, data.object)
  }
  // Types this version does not know are skipped rather than fatal.
  if (!isEventType(data.type)) return undefined
  if (!isKubeObject(data.object))
    throw new KubeConnectionError(
      `the watch stream sent a ${data.type} event without an object`,
      'EBADWATCH'
    )
  return { type: data.type, object: data.object }
}
