import type { JsonObject } from '../core/json'
import { objectAt } from '../core/json'
import type { ResourceType } from '../resources/resource-type'
import { columnsFor } from './table-columns'

/** Whether the client asked for a server-side Table (kubectl get does, then falls back). */
export function wantsTable(accept: string | undefined): boolean {
  return (accept ?? '')
    .split(',')
    .some((part) => /as=Table/.test(part) && /g=meta\.k8s\.io/.test(part))
}

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  Name: 'Name must be unique within a namespace.',
  Age: 'CreationTimestamp is a timestamp representing the server time when this object was created.'
}

/**
 * A meta.k8s.io/v1 Table of the objects, with each row's object as PartialObjectMetadata
 * (includeObject=Metadata, the default), the full object (Object) or nothing (None).
 */
export function toTable(
  type: ResourceType,
  objects: readonly JsonObject[],
  resourceVersion: string,
  includeObject: string | null,
  nowMs: number
): JsonObject {
  const columns = columnsFor(type)
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: DESCRIPTIONS[c.name] ?? c.name,
      priority: c.priority ?? 0
    })),
    rows: objects.map((obj) => {
      const cells = columns.map((c) => {
        const value = c.cell(obj)
        // date cells are rendered server-side as ages ("5m"), the way kubectl prints them
        return c.type === 'date' && typeof value === 'string'
          ? humanAge(nowMs - Date.parse(value))
          : value
      })
      const row: JsonObject = { cells }
      if (includeObject === 'Object') row['object'] = obj
      else if (includeObject !== 'None') {
        row['object'] = {
          kind: 'PartialObjectMetadata',
          apiVersion: 'meta.k8s.io/v1',
          metadata: objectAt(obj, 'metadata') ?? {}
        }
      }
      return row
    })
  }
}

/** k8s.io/apimachinery/pkg/util/duration.HumanDuration. */
export function humanAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  if (Number.isNaN(s)) return '<unknown>'
  const m = Math.floor(s / 60)
  const h = Math.floor(s / 3600)
  const d = Math.floor(h / 24)
  if (s < 120) return `${s}s`
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`
  if (h < 3) return `${m}m`
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`
  if (h < 48) return `${h}h`
  if (h < 192) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`
  if (d < 365 * 2) return `${d}d`
  return `${Math.floor(d / 365)}y`
}
