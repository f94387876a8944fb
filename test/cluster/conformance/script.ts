/**
 * One scripted request sequence, run as an admin against a fresh namespace of any API server:
 * status codes and Status bodies of the common refusals, dry-run, pruning of unknown fields,
 * defaulting, finalizers, SelfSubjectAccessReview, the four patch types, paging, watch events and
 * bookmarks, and a watch from a resourceVersion long past. Each step records what the server
 * answered, normalized (normalize.ts), so the answers of the simulator and the real server can be
 * diffed step by step.
 */
import type { Answer, Api, RequestOptions } from '../../../tools/real-cluster/api'
import { normalize } from './normalize'

export const NS = 'conformance'
const CORE = `/api/v1/namespaces/${NS}`
const APPS = `/apis/apps/v1/namespaces/${NS}`
const LITMUS = `/apis/litmuschaos.io/v1alpha1/namespaces/${NS}`

const MERGE = 'application/merge-patch+json'
const STRATEGIC = 'application/strategic-merge-patch+json'
const JSON_PATCH = 'application/json-patch+json'
const APPLY = 'application/apply-patch+yaml'

export type Transcript = Map<string, unknown>

const configMap = (name: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: NS, ...(more['metadata'] as object | undefined) },
  data: { a: '1' },
  ...Object.fromEntries(Object.entries(more).filter(([k]) => k !== 'metadata'))
})

/** Only who wrote which way: fieldsV1's layout and timestamps are a server's own business. */
function managers(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body
  const o = body as Record<string, unknown>
  const meta = o['metadata'] as Record<string, unknown> | undefined
  if (!meta || !Array.isArray(meta['managedFields'])) return body
  const managedFields = (meta['managedFields'] as Record<string, unknown>[]).map((m) => ({
    manager: m['manager'],
    operation: m['operation']
  }))
  return { ...o, metadata: { ...meta, managedFields } }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function runScript(api: Api): Promise<Transcript> {
  const t: Transcript = new Map()
  const record = (step: string, answer: Answer): Answer => {
    t.set(step, {
      status: answer.status,
      body: normalize(managers(answer.json ?? answer.text)),
      ...(answer.warnings.length > 0 && { warnings: answer.warnings })
    })
    return answer
  }
  const call = async (
    step: string,
    method: string,
    path: string,
    options: RequestOptions = {}
  ): Promise<Answer> => record(step, await api.request(method, path, options))

  await api.request('POST', '/api/v1/namespaces', {
    body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } }
  })

  // Create, conflicts, refusals.
  await call('create', 'POST', `${CORE}/configmaps`, { body: configMap('cm') })
  await call('create again: 409 AlreadyExists', 'POST', `${CORE}/configmaps`, {
    body: configMap('cm')
  })
  await call('get missing: 404 NotFound', 'GET', `${CORE}/configmaps/missing`)
  await call('delete missing: 404 NotFound', 'DELETE', `${CORE}/configmaps/missing`)
  await call('invalid name: 422 Invalid', 'POST', `${CORE}/configmaps`, {
    body: configMap('Not_A_Name')
  })
  await call('unknown resource: 404', 'GET', `${CORE}/widgets`)
  await call('bad label selector: 400', 'GET', `${CORE}/configmaps?labelSelector=a%20in%20(`)
  await call('strict field validation: 400', 'POST', `${CORE}/configmaps?fieldValidation=Strict`, {
    body: configMap('strict', { bogus: true })
  })
  const stale = {
    ...configMap('cm'),
    metadata: { name: 'cm', namespace: NS, resourceVersion: '1' }
  }
  await call('update with a stale resourceVersion: 409 Conflict', 'PUT', `${CORE}/configmaps/cm`, {
    body: stale
  })

  // Dry run: answered as if created, nothing stored.
  await call('dry-run create', 'POST', `${CORE}/configmaps?dryRun=All`, { body: configMap('dry') })
  await call('dry-run left nothing', 'GET', `${CORE}/configmaps/dry`)

  // Pruning and defaulting.
  await call('custom resource with unknown fields (pruned)', 'POST', `${LITMUS}/chaosengines`, {
    body: {
      apiVersion: 'litmuschaos.io/v1alpha1',
      kind: 'ChaosEngine',
      metadata: { name: 'pruned', namespace: NS },
      spec: { engineState: 'active', unknownField: 'x', experiments: [{ name: 'pod-delete' }] },
      extraTopLevel: 1
    }
  })
  await call('deployment defaults', 'POST', `${APPS}/deployments`, {
    body: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'defaults', namespace: NS },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: 'defaults' } },
        template: {
          metadata: { labels: { app: 'defaults' } },
          spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }
        }
      }
    }
  })

  // The four patch types.
  await call('merge patch', 'PATCH', `${CORE}/configmaps/cm`, {
    body: { data: { b: '2' } },
    contentType: MERGE
  })
  await call('json patch', 'PATCH', `${CORE}/configmaps/cm`, {
    body: [{ op: 'add', path: '/data/c', value: '3' }],
    contentType: JSON_PATCH
  })
  await call('json patch failing test op', 'PATCH', `${CORE}/configmaps/cm`, {
    body: [{ op: 'test', path: '/data/a', value: 'nope' }],
    contentType: JSON_PATCH
  })
  // Only the spec: the Deployment controller writes status and the revision annotation on its
  // own time, on both servers.
  const strategic = await api.request('PATCH', `${APPS}/deployments/defaults`, {
    body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.28' }] } } } },
    contentType: STRATEGIC
  })
  t.set('strategic merge patch (containers by name)', {
    status: strategic.status,
    spec: normalize((strategic.json as { spec?: unknown }).spec)
  })
  await call(
    'strategic merge patch on a custom resource: 415',
    'PATCH',
    `${LITMUS}/chaosengines/pruned`,
    {
      body: { spec: { engineState: 'stop' } },
      contentType: STRATEGIC
    }
  )
  const applied = (value: string): string =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: ${NS}\ndata:\n  key: "${value}"\n`
  await call('apply (create)', 'PATCH', `${CORE}/configmaps/applied?fieldManager=conf-a`, {
    body: applied('a'),
    contentType: APPLY
  })
  await call(
    'apply by another manager: 409 Conflict',
    'PATCH',
    `${CORE}/configmaps/applied?fieldManager=conf-b`,
    {
      body: applied('b'),
      contentType: APPLY
    }
  )
  await call('apply forced', 'PATCH', `${CORE}/configmaps/applied?fieldManager=conf-b&force=true`, {
    body: applied('b'),
    contentType: APPLY
  })
  await call('apply without fieldManager: 400', 'PATCH', `${CORE}/configmaps/applied`, {
    body: applied('c'),
    contentType: APPLY
  })

  // Finalizers: delete marks, the object stays until the last finalizer goes.
  await call('create with a finalizer', 'POST', `${CORE}/configmaps`, {
    body: configMap('final', { metadata: { finalizers: ['chaos-gate.dev/test'] } })
  })
  await call('delete with a finalizer', 'DELETE', `${CORE}/configmaps/final`)
  await call('still there, being deleted', 'GET', `${CORE}/configmaps/final`)
  await call('release the finalizer', 'PATCH', `${CORE}/configmaps/final`, {
    body: { metadata: { finalizers: null } },
    contentType: MERGE
  })
  await call('gone after the finalizer', 'GET', `${CORE}/configmaps/final`)

  // Access review.
  await call(
    'SelfSubjectAccessReview',
    'POST',
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { namespace: NS, verb: 'delete', resource: 'pods' } }
      }
    }
  )

  // Paging.
  for (const name of ['page-1', 'page-2'])
    await api.request('POST', `${CORE}/configmaps`, {
      body: configMap(name, { metadata: { labels: { page: 'yes' } } })
    })
  await call('list with limit=1', 'GET', `${CORE}/configmaps?labelSelector=page%3Dyes&limit=1`)

  await watchSteps(api, t)
  await api.request('DELETE', `/api/v1/namespaces/${NS}`)
  return t
}

/** A watch from a list's resourceVersion with bookmarks, and one from resourceVersion 1. */
async function watchSteps(api: Api, t: Transcript): Promise<void> {
  const list = await api.request('GET', `${CORE}/configmaps?labelSelector=watch%3Dyes`)
  const rv = (list.json as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion
  const events: string[] = []
  // How many bookmarks come within the timeout is the server's timing; whether any come is not.
  let bookmarks = 0
  const stop = new AbortController()
  const watching = api.watch(
    `${CORE}/configmaps?watch=1&labelSelector=watch%3Dyes&allowWatchBookmarks=true&timeoutSeconds=3&resourceVersion=${rv ?? ''}`,
    (e) => {
      const event = e as { type?: string; object?: { metadata?: { name?: string } } }
      if (event.type === 'BOOKMARK') bookmarks++
      else events.push(`${event.type} ${event.object?.metadata?.name ?? ''}`)
    },
    stop.signal
  )
  // Give the watch a moment to be registered before the writes it must see.
  await sleep(300)
  await api.request('POST', `${CORE}/configmaps`, {
    body: configMap('watched', { metadata: { labels: { watch: 'yes' } } })
  })
  await api.request('PATCH', `${CORE}/configmaps/watched`, {
    body: { data: { a: '2' } },
    contentType: MERGE
  })
  await api.request('DELETE', `${CORE}/configmaps/watched`)
  const killer = setTimeout(() => stop.abort(), 15_000)
  const { status } = await watching
  clearTimeout(killer)
  t.set('watch with bookmarks (timeoutSeconds=3)', {
    status,
    events,
    bookmarked: bookmarks > 0,
    endedByServer: !stop.signal.aborted
  })

  const gone: unknown[] = []
  const stop2 = new AbortController()
  const killer2 = setTimeout(() => stop2.abort(), 10_000)
  const old = await api.watch(
    `${CORE}/configmaps?watch=1&resourceVersion=1&timeoutSeconds=2`,
    (e) => gone.push(normalize(e)),
    stop2.signal
  )
  clearTimeout(killer2)
  t.set('watch from resourceVersion 1', { status: old.status, events: gone })
}
