import { arrayAt, isObject, stringAt } from '../../core/json'
import { isNotFound, type KubeHttp } from './kube-http'

/** One served resource, as discovery describes it. */
export interface ApiResource {
  readonly group: string
  readonly apiVersion: string
  readonly kind: string
  readonly plural: string
  readonly namespaced: boolean
  /** Whether `<plural>/status` is served (status writes then go there). */
  readonly hasStatus: boolean
}

/** The resources of the given group/versions (`v1`, `chaos-mesh.org/v1alpha1`) by apiVersion|kind. */
export class ApiResources {
  private constructor(private readonly byKind: ReadonlyMap<string, ApiResource>) {}

  /** Asks the server; a group/version it does not serve (404) contributes nothing. */
  static async discover(http: KubeHttp, groupVersions: readonly string[]): Promise<ApiResources> {
    const byKind = new Map<string, ApiResource>()
    for (const apiVersion of groupVersions) {
      const path = apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`
      let list
      try {
        list = await http.json('GET', path)
      } catch (err) {
        if (isNotFound(err)) continue
        throw err
      }
      const entries = arrayAt(list, 'resources').filter(isObject)
      const subresources = new Set(entries.map((e) => stringAt(e, 'name') ?? ''))
      for (const entry of entries) {
        const plural = stringAt(entry, 'name') ?? ''
        const kind = stringAt(entry, 'kind') ?? ''
        if (!plural || plural.includes('/') || !kind) continue
        byKind.set(`${apiVersion}|${kind}`, {
          group: apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '',
          apiVersion,
          kind,
          plural,
          namespaced: entry['namespaced'] === true,
          hasStatus: subresources.has(`${plural}/status`)
        })
      }
    }
    return new ApiResources(byKind)
  }

  find(apiVersion: string, kind: string): ApiResource | undefined {
    return this.byKind.get(`${apiVersion}|${kind}`)
  }

  get(apiVersion: string, kind: string): ApiResource {
    const found = this.find(apiVersion, kind)
    if (!found) throw new Error(`the API server does not serve ${kind} in ${apiVersion}`)
    return found
  }

  /** Every discovered resource of one group/version. */
  inGroupVersion(apiVersion: string): ApiResource[] {
    return [...this.byKind.values()].filter((r) => r.apiVersion === apiVersion)
  }
}

/** `/api/v1/namespaces/ns/pods`, or cluster-wide without a namespace. */
export function collectionPath(resource: ApiResource, namespace?: string): string {
  const base = resource.apiVersion === 'v1' ? '/api/v1' : `/apis/${resource.apiVersion}`
  const scope =
    resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : ''
  return `${base}${scope}/${resource.plural}`
}

export function objectPath(resource: ApiResource, namespace: string, name: string): string {
  return `${collectionPath(resource, namespace)}/${encodeURIComponent(name)}`
}
