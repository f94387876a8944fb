import { forbiddenError } from '../../core/api-error'
import { ensureObject, stringAt } from '../../core/json'
import { nameOf, namespaceOf } from '../../core/meta'
import type { AdmissionPlugin, AdmissionRequest } from './admission'

/**
 * The ServiceAccount admission plugin: a pod runs as `default` unless told otherwise, and a pod
 * naming a ServiceAccount that does not exist is refused with 403, which is how a ChaosEngine
 * with a missing chaosServiceAccount fails to start its runner on a real cluster.
 */
export const serviceAccountAdmission: AdmissionPlugin = {
  name: 'ServiceAccount',
  mutate(request: AdmissionRequest): void {
    if (request.operation !== 'CREATE' || request.type.plural !== 'pods' || request.type.group)
      return
    const spec = ensureObject(request.object, 'spec')
    if (!stringAt(spec, 'serviceAccountName')) spec['serviceAccountName'] = 'default'
    spec['serviceAccount'] = spec['serviceAccountName'] ?? 'default'
    const accounts = request.lookup('', 'serviceaccounts')
    const namespace = namespaceOf(request.object)
    const name = stringAt(ensureObject(request.object, 'spec'), 'serviceAccountName') ?? 'default'
    if (!accounts || request.store.get(accounts, namespace, name)) return
    throw forbiddenError(
      { kind: 'pods', group: '', name: nameOf(request.object) },
      `error looking up service account ${namespace}/${name}: serviceaccount "${name}" not found`
    )
  }
}
