import {
  arrayAt,
  isObject,
  type JsonObject,
  type JsonValue,
  numberAt,
  objectAt,
  pathAt,
  stringAt
} from '../core/json'
import { isDeleting, metaValue, nameOf } from '../core/meta'
import type { ResourceType } from '../resources/resource-type'

/** One column of a server-side Table: its definition and how a cell is read from an object. */
export interface Column {
  readonly name: string
  readonly type: 'string' | 'integer' | 'date' | 'number' | 'boolean'
  readonly format?: string
  readonly priority?: number
  readonly cell: (obj: JsonObject) => JsonValue
}

const NAME: Column = { name: 'Name', type: 'string', format: 'name', cell: nameOf }
const AGE: Column = {
  name: 'Age',
  type: 'date',
  cell: (o) => metaValue(o, 'creationTimestamp') ?? null
}

const status = (o: JsonObject): JsonObject | undefined => objectAt(o, 'status')
const spec = (o: JsonObject): JsonObject | undefined => objectAt(o, 'spec')
const count = (o: JsonObject | undefined, key: string): number => numberAt(o, key) ?? 0

function podStatus(pod: JsonObject): string {
  if (isDeleting(pod)) return 'Terminating'
  const phase = stringAt(status(pod), 'phase') ?? 'Pending'
  return phase === 'Succeeded' ? 'Completed' : phase
}

function podReady(pod: JsonObject): string {
  const statuses = arrayAt(status(pod), 'containerStatuses').filter(isObject)
  const total = arrayAt(spec(pod), 'containers').length
  return `${statuses.filter((c) => c['ready'] === true).length}/${total}`
}

function restarts(pod: JsonObject): number {
  return arrayAt(status(pod), 'containerStatuses')
    .filter(isObject)
    .reduce((n, c) => n + count(c, 'restartCount'), 0)
}

/** The printers kubectl users know for the built-ins (pkg/printers/internalversion), abridged. */
const BUILTIN: Readonly<Record<string, readonly Column[]>> = {
  pods: [
    NAME,
    { name: 'Ready', type: 'string', cell: podReady },
    { name: 'Status', type: 'string', cell: podStatus },
    { name: 'Restarts', type: 'integer', cell: restarts },
    AGE,
    {
      name: 'IP',
      type: 'string',
      priority: 1,
      cell: (p) => stringAt(status(p), 'podIP') ?? '<none>'
    },
    {
      name: 'Node',
      type: 'string',
      priority: 1,
      cell: (p) => stringAt(spec(p), 'nodeName') ?? '<none>'
    }
  ],
  deployments: [
    NAME,
    {
      name: 'Ready',
      type: 'string',
      cell: (d) => `${count(status(d), 'readyReplicas')}/${count(spec(d), 'replicas')}`
    },
    { name: 'Up-to-date', type: 'integer', cell: (d) => count(status(d), 'updatedReplicas') },
    { name: 'Available', type: 'integer', cell: (d) => count(status(d), 'availableReplicas') },
    AGE
  ],
  replicasets: [
    NAME,
    { name: 'Desired', type: 'integer', cell: (r) => count(spec(r), 'replicas') },
    { name: 'Current', type: 'integer', cell: (r) => count(status(r), 'replicas') },
    { name: 'Ready', type: 'integer', cell: (r) => count(status(r), 'readyReplicas') },
    AGE
  ],
  namespaces: [
    NAME,
    { name: 'Status', type: 'string', cell: (n) => stringAt(status(n), 'phase') ?? '' },
    AGE
  ],
  nodes: [
    NAME,
    { name: 'Status', type: 'string', cell: () => 'Ready' },
    { name: 'Roles', type: 'string', cell: () => '<none>' },
    AGE,
    {
      name: 'Version',
      type: 'string',
      cell: (n) => stringAt(objectAt(status(n), 'nodeInfo'), 'kubeletVersion') ?? ''
    }
  ],
  events: [
    { name: 'Last Seen', type: 'date', cell: (e) => e['lastTimestamp'] ?? null },
    { name: 'Type', type: 'string', cell: (e) => e['type'] ?? '' },
    { name: 'Reason', type: 'string', cell: (e) => e['reason'] ?? '' },
    {
      name: 'Object',
      type: 'string',
      cell: (e) =>
        `${(stringAt(objectAt(e, 'involvedObject'), 'kind') ?? '').toLowerCase()}/${stringAt(objectAt(e, 'involvedObject'), 'name') ?? ''}`
    },
    { name: 'Message', type: 'string', cell: (e) => e['message'] ?? '' }
  ]
}

/** The columns of a resource: a built-in printer, or Name + the CRD's printer columns + Age. */
export function columnsFor(type: ResourceType): readonly Column[] {
  if (!type.custom) return BUILTIN[type.plural] ?? [NAME, AGE]
  const version = arrayAt(objectAt(type.crd, 'spec'), 'versions').find(isObject)
  const extra = arrayAt(version, 'additionalPrinterColumns')
    .filter(isObject)
    .map((c): Column => {
      const path = (stringAt(c, 'jsonPath') ?? '').replace(/^\./, '').split('.')
      const columnType = stringAt(c, 'type')
      return {
        name: stringAt(c, 'name') ?? '',
        type:
          columnType === 'integer' ||
          columnType === 'date' ||
          columnType === 'number' ||
          columnType === 'boolean'
            ? columnType
            : 'string',
        cell: (o) => pathAt(o, path) ?? null
      }
    })
  return [NAME, ...extra, AGE]
}
