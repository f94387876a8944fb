import { fromJsonSchema, type Schema } from '../schema/structural'
import { ALL_VERBS, type ResourceType } from './resource-type'

interface BuiltinSpec {
  readonly group: string
  readonly version: string
  readonly plural: string
  readonly kind: string
  readonly namespaced: boolean
  readonly shortNames?: readonly string[]
  readonly categories?: readonly string[]
  readonly verbs?: readonly string[]
  /** Top-level fields besides apiVersion/kind/metadata (unknown ones are pruned and reported). */
  readonly fields?: readonly string[]
  readonly status?: boolean
  readonly scale?: boolean
  readonly selectableFields?: readonly string[]
  readonly returnDeletedObject?: boolean
  readonly allowUnconditionalUpdate?: boolean
}

/**
 * Built-in objects are validated in code (admission/), not by schema; this coarse schema only
 * lets the server report unknown top-level fields the way Go's strict decoding would.
 */
function topLevelSchema(fields: readonly string[]): Schema {
  const properties: Record<string, { [key: string]: boolean | string }> = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
  }
  for (const field of fields) properties[field] = { 'x-kubernetes-preserve-unknown-fields': true }
  return fromJsonSchema({ type: 'object', properties })
}

function builtin(spec: BuiltinSpec): ResourceType {
  const singular = spec.kind.toLowerCase()
  return {
    group: spec.group,
    versions: [{ name: spec.version, schema: topLevelSchema(spec.fields ?? ['spec', 'status']) }],
    plural: spec.plural,
    singular,
    kind: spec.kind,
    listKind: `${spec.kind}List`,
    namespaced: spec.namespaced,
    shortNames: spec.shortNames ?? [],
    categories: spec.categories ?? [],
    verbs: spec.verbs ?? ALL_VERBS,
    statusSubresource: spec.status ?? false,
    scaleSubresource: spec.scale ?? false,
    custom: false,
    selectableFields: spec.selectableFields ?? [],
    returnDeletedObject: spec.returnDeletedObject ?? false,
    allowUnconditionalUpdate: spec.allowUnconditionalUpdate ?? true
  }
}

const EVENT_FIELDS = [
  'involvedObject',
  'reason',
  'message',
  'source',
  'firstTimestamp',
  'lastTimestamp',
  'count',
  'type',
  'eventTime',
  'series',
  'action',
  'related',
  'reportingComponent',
  'reportingInstance'
]

/** The built-in resources the simulated cluster serves. */
export function builtinTypes(): ResourceType[] {
  return [
    builtin({
      group: '',
      version: 'v1',
      plural: 'namespaces',
      kind: 'Namespace',
      namespaced: false,
      shortNames: ['ns'],
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
      status: true,
      selectableFields: ['status.phase'],
      returnDeletedObject: true
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'pods',
      kind: 'Pod',
      namespaced: true,
      shortNames: ['po'],
      categories: ['all'],
      status: true,
      selectableFields: [
        'spec.nodeName',
        'spec.restartPolicy',
        'spec.schedulerName',
        'spec.serviceAccountName',
        'spec.hostNetwork',
        'status.phase',
        'status.podIP',
        'status.nominatedNodeName'
      ],
      returnDeletedObject: true
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'serviceaccounts',
      kind: 'ServiceAccount',
      namespaced: true,
      shortNames: ['sa'],
      fields: ['secrets', 'imagePullSecrets', 'automountServiceAccountToken'],
      returnDeletedObject: true
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'events',
      kind: 'Event',
      namespaced: true,
      shortNames: ['ev'],
      fields: EVENT_FIELDS,
      selectableFields: [
        'involvedObject.kind',
        'involvedObject.namespace',
        'involvedObject.name',
        'involvedObject.uid',
        'involvedObject.apiVersion',
        'involvedObject.resourceVersion',
        'involvedObject.fieldPath',
        'reason',
        'reportingComponent',
        'source',
        'type'
      ]
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'services',
      kind: 'Service',
      namespaced: true,
      shortNames: ['svc'],
      categories: ['all'],
      status: true
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'configmaps',
      kind: 'ConfigMap',
      namespaced: true,
      shortNames: ['cm'],
      fields: ['data', 'binaryData', 'immutable']
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'secrets',
      kind: 'Secret',
      namespaced: true,
      fields: ['data', 'stringData', 'type', 'immutable'],
      selectableFields: ['type']
    }),
    builtin({
      group: '',
      version: 'v1',
      plural: 'nodes',
      kind: 'Node',
      namespaced: false,
      shortNames: ['no'],
      status: true,
      selectableFields: ['spec.unschedulable']
    }),
    builtin({
      group: 'apps',
      version: 'v1',
      plural: 'deployments',
      kind: 'Deployment',
      namespaced: true,
      shortNames: ['deploy'],
      categories: ['all'],
      status: true,
      scale: true
    }),
    builtin({
      group: 'apps',
      version: 'v1',
      plural: 'replicasets',
      kind: 'ReplicaSet',
      namespaced: true,
      shortNames: ['rs'],
      categories: ['all'],
      status: true,
      scale: true,
      selectableFields: ['status.replicas']
    }),
    builtin({
      group: 'authorization.k8s.io',
      version: 'v1',
      plural: 'selfsubjectaccessreviews',
      kind: 'SelfSubjectAccessReview',
      namespaced: false,
      verbs: ['create']
    })
  ]
}
