import { forbiddenError, notFound } from '../../core/api-error'
import { isDeleting, nameOf, namespaceOf } from '../../core/meta'
import type { AdmissionPlugin, AdmissionRequest } from './admission'

/**
 * NamespaceLifecycle: content may only be created in a namespace that exists and is not being
 * terminated (404 `namespaces "x" not found`, 403 "... because it is being terminated").
 */
export const namespaceLifecycle: AdmissionPlugin = {
  name: 'NamespaceLifecycle',
  mutate(request: AdmissionRequest): void {
    if (request.operation !== 'CREATE' || !request.type.namespaced) return
    const namespace = namespaceOf(request.object)
    const namespaces = request.lookup('', 'namespaces')
    if (!namespaces) return
    const ns = request.store.get(namespaces, '', namespace)
    if (!ns) throw notFound({ kind: 'namespaces', group: '', name: namespace })
    if (isDeleting(ns) && request.type.plural !== 'events') {
      throw forbiddenError(
        { kind: request.type.plural, group: request.type.group, name: nameOf(request.object) },
        `unable to create new content in namespace ${namespace} because it is being terminated`
      )
    }
  }
}
