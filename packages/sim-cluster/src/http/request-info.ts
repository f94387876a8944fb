/** A request for a REST resource, as the apiserver's RequestInfoFactory would parse it. */
export interface ResourceRequest {
  readonly kind: 'resource'
  readonly verb: string
  readonly group: string
  readonly version: string
  readonly plural: string
  /** undefined for cluster-scoped resources and all-namespace list/watch. */
  readonly namespace?: string
  readonly name?: string
  readonly subresource?: string
}

/** Everything else the server serves. */
export type NonResourceRequest =
  | { readonly kind: 'version' }
  | { readonly kind: 'healthz' }
  | { readonly kind: 'core-versions' }
  | { readonly kind: 'groups' }
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'group-version'; readonly group: string; readonly version: string }
  | { readonly kind: 'openapi'; readonly path: string }
  | { readonly kind: 'unknown' }

export type RequestInfo = ResourceRequest | NonResourceRequest

/**
 * Maps method + path + query onto what is being asked: discovery documents, or a verb on a
 * resource (`/apis/chaos-mesh.org/v1alpha1/namespaces/staging/podchaos/x/status`, the legacy
 * `/api/v1/watch/...` prefix, `?watch=1`).
 */
export function parseRequestInfo(
  method: string,
  path: string,
  query: URLSearchParams
): RequestInfo {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent)
  const [head, ...rest] = parts
  if (path === '/version' || path === '/version/') return { kind: 'version' }
  if (head === 'healthz' || head === 'readyz' || head === 'livez') return { kind: 'healthz' }
  if (head === 'openapi') return { kind: 'openapi', path }
  if (head === 'api') {
    if (rest.length === 0) return { kind: 'core-versions' }
    const [version, ...tail] = rest
    if (tail.length === 0) return { kind: 'group-version', group: '', version: version ?? '' }
    return resourceRequest(method, '', version ?? '', tail, query)
  }
  if (head === 'apis') {
    if (rest.length === 0) return { kind: 'groups' }
    const [group, version, ...tail] = rest
    if (version === undefined) return { kind: 'group', group: group ?? '' }
    if (tail.length === 0) return { kind: 'group-version', group: group ?? '', version }
    return resourceRequest(method, group ?? '', version, tail, query)
  }
  return { kind: 'unknown' }
}

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize'])

function resourceRequest(
  method: string,
  group: string,
  version: string,
  segments: string[],
  query: URLSearchParams
): RequestInfo {
  let tail = segments
  let watch = query.get('watch') === '1' || query.get('watch') === 'true'
  if (tail[0] === 'watch') {
    watch = true
    tail = tail.slice(1)
  }
  let namespace: string | undefined
  if (tail[0] === 'namespaces' && tail.length >= 3 && !NAMESPACE_SUBRESOURCES.has(tail[2] ?? '')) {
    namespace = tail[1]
    tail = tail.slice(2)
  }
  const [plural, name, subresource, ...extra] = tail
  if (!plural || extra.length > 0) return { kind: 'unknown' }
  return {
    kind: 'resource',
    verb: verbFor(method, name !== undefined, watch),
    group,
    version,
    plural,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {})
  }
}

function verbFor(method: string, named: boolean, watch: boolean): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return watch ? 'watch' : named ? 'get' : 'list'
    case 'POST':
      return 'create'
    case 'PUT':
      return 'update'
    case 'PATCH':
      return 'patch'
    case 'DELETE':
      return named ? 'delete' : 'deletecollection'
    default:
      return method.toLowerCase()
  }
}
