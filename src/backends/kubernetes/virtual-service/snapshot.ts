/**
 * The original of a VirtualService the gate patches: its labels, annotations and spec, exactly as
 * they were. It is written into the patched object itself (an annotation, in the same write as the
 * fault, so no crash can separate them) and into the handle, and restoring puts these three back
 * as they were, byte for byte, removing what was absent.
 */
import type { KubeObject } from '../../../manifest/model'
import { isRecord } from '../../kube/status'

/** Holds the snapshot on the patched object while the fault is applied. */
export const ORIGINAL_ANNOTATION = 'chaos-gate.dev/original'

export interface Snapshot {
  readonly labels?: Readonly<Record<string, string>>
  readonly annotations?: Readonly<Record<string, string>>
  readonly spec: unknown
}

export function snapshotOf(object: KubeObject): Snapshot {
  const { labels, annotations } = object.metadata
  return {
    ...(labels !== undefined && { labels }),
    ...(annotations !== undefined && { annotations }),
    spec: object.spec
  }
}

/** The snapshot in `text`, or undefined when it is missing or not one. */
export function parseSnapshot(text: string | undefined): Snapshot | undefined {
  if (text === undefined) return undefined
  try {
    const value: unknown = JSON.parse(text)
    if (!isRecord(value) || !('spec' in value)) return undefined
    const labels = stringMap(value.labels)
    const annotations = stringMap(value.annotations)
    return {
      ...(labels && { labels }),
      ...(annotations && { annotations }),
      spec: value.spec
    }
  } catch {
    return undefined
  }
}

function stringMap(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isRecord(value)) return undefined
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')
  )
}
