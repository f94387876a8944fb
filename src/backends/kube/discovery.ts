/**
 * API discovery: which resources a group/version serves, and the REST path of a kind. Answers are
 * cached per group/version for the connection's life; a kind missing from the cache is looked up
 * once more, so a CRD installed while the gate runs is still found.
 */
import type { ApiResource } from './port'
import { KubeApiError } from './port'
import { isRecord, statusError } from './status'
import type { KubeTransport } from './transport'

/** A group and version, split from an apiVersion (`apps/v1`, `v1`). */
export interface GroupVersion {
  readonly group: string
  readonly version: string
}

export function splitApiVersion(apiVersion: string): GroupVersion {
  const slash = apiVersion.indexOf('/')
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}

/** `/api/v1` for the core group, `/apis/<group>/<version>` for the others. */
export function groupVersionPath({ group, version }: GroupVersion): string {
  return group === '' ? `/api/${version}` : `/apis/${group}/${version}`
}

/** The URL path of a collection, or of one object when `name` is given. */
export function resourcePath(resource: ApiResource, namespace?: string, name?: string): string {
  let path = groupVersionPath(resource)
  if (resource.namespaced && namespace !== undefined)
    path += `/namespaces/${encodeURIComponent(namespace)}`
  path += `/${resource.resource}`
  return name === undefined ? path : `${path}/${encodeURIComponent(name)}`
}

/** Discovery with a per-connection cache. */
export class Discovery {
  private readonly cache = new Map<string, Promise<readonly ApiResource[] | undefined>>()

  constructor(private readonly transport: KubeTransport) {}

  /** The resources of a group/version, or undefined when the server does not serve it. */
  resources(group: string, version: string): Promise<readonly ApiResource[] | undefined> {
    const key = `${group}/${version}`
    let answer = this.cache.get(key)
    if (!answer) {
      answer = this.fetch({ group, version })
      // A failed lookup (network, 5xx) must not be remembered.
      void answer.catch(() => this.cache.delete(key))
      this.cache.set(key, answer)
    }
    return answer
  }

  /** The resource serving `kind` in `apiVersion`; a KubeApiError (404 NoKindMatch) when none does. */
  async resolve(apiVersion: string, kind: string): Promise<ApiResource> {
    const { group, version } = splitApiVersion(apiVersion)
    const find = async (): Promise<ApiResource | undefined> =>
      (await this.resources(group, version))?.find((r) => r.kind === kind)
    let found = await find()
    if (!found) {
      this.cache.delete(`${group}/${version}`)
      found = await find()
    }
    if (!found)
      throw new KubeApiError(
        404,
        'NoKindMatch',
        `the server does not serve kind ${kind} in ${apiVersion}; is its CustomResourceDefinition installed?`
      )
    return found
  }

  private async fetch(gv: GroupVersion): Promise<readonly ApiResource[] | undefined> {
    const res = await this.transport.send({ method: 'GET', path: groupVersionPath(gv) })
    if (res.status === 404) return undefined
    if (res.status !== 200) throw statusError(res.status, res.body)
    const list = isRecord(res.body) && Array.isArray(res.body.resources) ? res.body.resources : []
    return list.filter(isRecord).flatMap((r) => {
      // Subresources (`pods/log`, `chaosengines/status`) are not kinds of their own.
      if (typeof r.name !== 'string' || r.name.includes('/') || typeof r.kind !== 'string')
        return []
      const verbs = Array.isArray(r.verbs) ? r.verbs.filter((v) => typeof v === 'string') : []
      return [
        {
          group: gv.group,
          version: gv.version,
          kind: r.kind,
          resource: r.name,
          namespaced: r.namespaced === true,
          verbs
        }
      ]
    })
  }
}
