import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { metaOf, nameOf, setLabel } from '../../core/meta'
import type { AdmissionPlugin, AdmissionRequest } from './admission'

/**
 * The defaulting Go types apply on decode (pkg/apis/core/v1/defaults.go, apps/v1/defaults.go)
 * for the fields clients and controllers read back: restartPolicy, imagePullPolicy, replicas,
 * strategy, and the namespace finalizer and phase.
 */
export const builtinDefaults: AdmissionPlugin = {
  name: 'BuiltinDefaults',
  mutate(request: AdmissionRequest): void {
    const { type, object } = request
    if (type.group === '' && type.plural === 'pods') {
      defaultPodSpec(ensureObject(object, 'spec'))
      if (request.operation === 'CREATE') {
        const status = ensureObject(object, 'status')
        status['phase'] ??= 'Pending'
        status['qosClass'] ??= 'BestEffort'
      }
    }
    if (type.group === 'apps' && (type.plural === 'deployments' || type.plural === 'replicasets')) {
      defaultWorkload(ensureObject(object, 'spec'), type.plural === 'deployments')
    }
    if (type.group === '' && type.plural === 'namespaces') defaultNamespace(object)
  }
}

function defaultWorkload(spec: JsonObject, deployment: boolean): void {
  spec['replicas'] ??= 1
  if (deployment) {
    spec['strategy'] ??= {
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' }
    }
    spec['revisionHistoryLimit'] ??= 10
    spec['progressDeadlineSeconds'] ??= 600
  }
  const template = objectAt(spec, 'template')
  if (template) defaultPodSpec(ensureObject(template, 'spec'))
}

function defaultPodSpec(spec: JsonObject): void {
  spec['restartPolicy'] ??= 'Always'
  spec['terminationGracePeriodSeconds'] ??= 30
  spec['dnsPolicy'] ??= 'ClusterFirst'
  spec['schedulerName'] ??= 'default-scheduler'
  spec['securityContext'] ??= {}
  for (const key of ['containers', 'initContainers']) {
    for (const container of arrayAt(spec, key).filter(isObject)) defaultContainer(container)
  }
}

function defaultContainer(container: JsonObject): void {
  const image = stringAt(container, 'image') ?? ''
  const tag = image.includes('@') ? 'digest' : (image.split('/').pop()?.split(':')[1] ?? 'latest')
  container['imagePullPolicy'] ??= tag === 'latest' ? 'Always' : 'IfNotPresent'
  container['terminationMessagePath'] ??= '/dev/termination-log'
  container['terminationMessagePolicy'] ??= 'File'
  container['resources'] ??= {}
}

function defaultNamespace(object: JsonObject): void {
  metaOf(object)
  setLabel(object, 'kubernetes.io/metadata.name', nameOf(object))
  const spec = ensureObject(object, 'spec')
  spec['finalizers'] ??= ['kubernetes']
  const status = ensureObject(object, 'status')
  status['phase'] ??= 'Active'
}
