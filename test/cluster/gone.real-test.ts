/**
 * 410 Gone from the real API server, on purpose. With its watch cache (as test:cluster's shared
 * cluster runs) kube-apiserver answers a watch from its own window of events, which etcd's
 * compaction does not touch, so no old resourceVersion is reliably too old. This file starts a
 * cluster of its own with `--no-watch-cache`: every watch is served by etcd, and compacting etcd
 * (tools/real-cluster/etcd.ts) makes any earlier resourceVersion 410 Gone at once.
 *
 * - The conformance row: the same watch from a compacted resourceVersion on the simulator (its
 *   compact() hook) and on the real server: both end the stream with an ERROR event carrying a
 *   410 Expired Status; only the message differs (docs/sim-cluster.md).
 * - The gate's follower (src/backends/kube/follow.ts) lists again after a real 410 and goes on.
 * - The simulated Litmus operator, an API client whose informers watch for minutes (here ended by
 *   the server every few seconds), lists again after real 410s and still writes the verdict.
 * - A whole pod-kill through the gate's client, with etcd compacted under it while the replacement
 *   is not yet Ready: its pod watch gets 410, it lists again (the audit log shows the list after
 *   the watch), and it still reaches the verdict.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startOperators, startSimCluster } from '@chaos-gate/sim-cluster'
import { parse } from 'yaml'

import { litmusEngine } from '../../bench/harness/bench-cluster'
import { startWatchTimeoutProxy } from '../../bench/harness/watch-timeout-proxy'
import { connectKube } from '../../src/backends/kube/connect'
import { follow, type FollowSnapshot } from '../../src/backends/kube/follow'
import { createKubernetesBackend } from '../../src/backends/kubernetes/kubernetes-backend'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { type Api, Api as ApiClient, credentialsFromKubeconfig } from '../../tools/real-cluster/api'
import { auditedRequests, auditLogOffset } from '../../tools/real-cluster/audit'
import { compactEtcd } from '../../tools/real-cluster/etcd'
import { type LaunchedCluster, launchRealCluster } from '../../tools/real-cluster/launch'
import { experimentFrom, observeUntil, runContext } from '../backends/chaos-mesh/sim-harness'
import { defaultPolicy, workDir } from './backend-harness'
import { diff } from './conformance/normalize'
import { normalize } from './conformance/normalize'

jest.setTimeout(180_000)

const NS = 'staging'
const CORE = `/api/v1/namespaces/${NS}`
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

let real: LaunchedCluster | undefined
let admin: Api | undefined

beforeAll(async () => {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'gone-')), 'kubeconfig')
  real = await launchRealCluster(kubeconfig, ['--no-watch-cache', '--no-operators', '--nodes', '1'])
  admin = new ApiClient(credentialsFromKubeconfig(real.adminKubeconfig))
}, 15 * 60_000)

afterAll(async () => {
  admin?.close()
  await real?.stop()
})

const cluster = (): { real: LaunchedCluster; admin: Api } => {
  if (!real || !admin) throw new Error('the no-watch-cache cluster did not start')
  return { real, admin }
}

let written = 0
/** A write anywhere moves etcd's revision on, past a resourceVersion someone holds. */
async function bump(api: Api): Promise<void> {
  const answer = await api.request('POST', `${CORE}/configmaps`, {
    body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `gone-bump-${++written}` } }
  })
  if (answer.status !== 201) throw new Error(`bump: ${answer.status} ${answer.text}`)
}

/** A list's resourceVersion, two writes after it, compaction, then a watch from it. */
async function watchFromCompacted(api: Api, compact: () => Promise<void>): Promise<unknown> {
  const list = await api.request('GET', `${CORE}/configmaps`)
  const rv = (list.json as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion
  await bump(api)
  await bump(api)
  await compact()
  const events: unknown[] = []
  const stop = new AbortController()
  const killer = setTimeout(() => stop.abort(), 15_000)
  const { status } = await api.watch(
    `${CORE}/configmaps?watch=1&resourceVersion=${rv ?? ''}&timeoutSeconds=5`,
    (e) => events.push(normalize(e)),
    stop.signal
  )
  clearTimeout(killer)
  return { status, events, endedByServer: !stop.signal.aborted }
}

it('a watch from a compacted resourceVersion: 410 Expired as an ERROR event on both clusters', async () => {
  const sim = await startSimCluster({ seedDemo: true, tls: false })
  const simKubeconfig = join(mkdtempSync(join(tmpdir(), 'gone-sim-')), 'kubeconfig')
  await sim.writeKubeconfig(simKubeconfig, { namespace: NS })
  const simApi = new ApiClient(credentialsFromKubeconfig(simKubeconfig))
  try {
    const onSim = await watchFromCompacted(simApi, () => Promise.resolve(sim.compact()))
    const { real: r, admin: a } = cluster()
    const onReal = await watchFromCompacted(a, async () => void (await compactEtcd(r.etcdUrl)))
    const expired = {
      type: 'ERROR',
      object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410 }
    }
    expect(onReal).toMatchObject({ status: 200, events: [expired], endedByServer: true })
    expect(onSim).toMatchObject({ status: 200, events: [expired], endedByServer: true })
    // The one difference: the message (the real one is etcd's watcher's, the simulator's the
    // watch cache's wording).
    const differences = diff('watch from a compacted resourceVersion', onSim, onReal)
    expect(differences).toHaveLength(1)
    expect(differences[0]?.path).toMatch(/message$/)
  } finally {
    simApi.close()
    await sim.close()
  }
})

it("the gate's follower lists again after a real 410 and goes on following", async () => {
  const { real: r, admin: a } = cluster()
  const conn = await connectKube(
    { kubeconfig: r.kubeconfig, env: {} },
    { clock: systemClock, log: silentLog }
  )
  const stop = new AbortController()
  const seen: FollowSnapshot['via'][] = []
  try {
    // A selector nothing matches: no event moves the follower's resourceVersion on, so after
    // compaction its next watch (each lasts 1 s) starts from a revision etcd no longer has.
    const snapshots = follow(
      conn.objects,
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, labelSelector: 'gone=none' },
      { clock: systemClock, signal: stop.signal, watchTimeoutSeconds: 1 }
    )
    const iterator = snapshots[Symbol.asyncIterator]()
    /** The next snapshot, or undefined once the follow has ended (aborted at the bound). */
    const next = async (): Promise<FollowSnapshot | undefined> => {
      const killer = setTimeout(() => stop.abort(), 30_000)
      const result = await iterator.next()
      clearTimeout(killer)
      return result.done === true ? undefined : result.value
    }
    const first = await next()
    if (first) seen.push(first.via)
    await bump(a)
    await bump(a)
    await compactEtcd(r.etcdUrl)
    const relisted = await next()
    if (relisted) seen.push(relisted.via)
    // Still following: a ConfigMap it matches arrives by watch.
    await a.request('POST', `${CORE}/configmaps`, {
      body: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'gone-matched', labels: { gone: 'none' } }
      }
    })
    const after = await next()
    if (after) seen.push(after.via)
    expect(after?.objects.map((o) => o.metadata.name)).toEqual(['gone-matched'])
  } finally {
    stop.abort()
    conn.close()
  }
  expect(seen).toEqual(['list', 'relist', 'watch'])
})

it('a pod-kill reaches its verdict across real 410s, listing again after each', async () => {
  const { real: r, admin: a } = cluster()
  // Replacements Ready 10 s after they start (kwok's pod-ready stage honours the delay), so the
  // pod watch is renewed (every 3 s, below) from a compacted revision before the verdict.
  const app = 'gone-app'
  const created = await a.request('POST', `/apis/apps/v1/namespaces/${NS}/deployments`, {
    body: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app, namespace: NS, labels: { app } },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app } },
        template: {
          metadata: {
            labels: { app },
            annotations: { 'pod-ready.stage.kwok.x-k8s.io/delay': '10s' }
          },
          spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }
        }
      }
    }
  })
  expect(created.status).toBe(201)
  const deadline = Date.now() + 120_000
  const readyReplicas = async (): Promise<number> => {
    const d = await a.request('GET', `/apis/apps/v1/namespaces/${NS}/deployments/${app}`)
    return (d.json as { status?: { readyReplicas?: number } }).status?.readyReplicas ?? 0
  }
  while ((await readyReplicas()) < 3 && Date.now() < deadline) await sleep(500)
  expect(await readyReplicas()).toBe(3)

  // The gate's watches through a proxy that asks the server to end them after 3 s, not 300.
  const config = readFileSync(r.kubeconfig, 'utf8')
  const ca = (parse(config) as { clusters: { cluster: Record<string, string> }[] }).clusters[0]
    ?.cluster['certificate-authority-data']
  const proxy = await startWatchTimeoutProxy(r.server, 100, { ca: Buffer.from(ca ?? '', 'base64') })
  const dir = workDir()
  const kubeconfig = join(dir, 'kubeconfig')
  writeFileSync(kubeconfig, config.replace(r.server, proxy.url))
  const conn = await connectKube({ kubeconfig, env: {} }, { clock: systemClock, log: silentLog })
  const backend = createKubernetesBackend({
    kube: conn.objects,
    cluster: conn.cluster,
    defaultNamespace: NS,
    policy: defaultPolicy(dir),
    random: () => 0,
    cleanupBoundMs: 10_000
  })
  const offset = auditLogOffset(r.auditLog)
  let compacting = true
  const compactions = (async () => {
    while (compacting) {
      await bump(a)
      await bump(a)
      await compactEtcd(r.etcdUrl)
      await sleep(500)
    }
  })()
  try {
    const exp = await experimentFrom(
      dir,
      `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: gone-kill, namespace: ${NS} }
spec:
  podKill:
    selector: { matchLabels: { app: ${app} } }
    count: 1
    restoreTimeout: 60s
`
    )
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    const seen = await observeUntil(backend, handle, ctx, () => false, 90_000)
    compacting = false
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
    expect(Number(seen.at(-1)?.details?.timeToRestoreMs)).toBeGreaterThan(5_000)
    await backend.cleanup({ runId: ctx.runId, namespaces: [NS], handles: [handle] }, ctx)
  } finally {
    compacting = false
    await compactions
    conn.close()
    await proxy.close()
  }
  // The follower's requests on pods: list, watch, … and a list after a watch (after a 410).
  const onPods = auditedRequests(r.auditLog, r.gateUser, offset)
    .filter((q) => /\/pods(\?|$)/.test(q.requestURI) && (q.verb === 'list' || q.verb === 'watch'))
    .map((q) => q.verb)
  expect(onPods.slice(onPods.indexOf('watch'))).toContain('list')
})

it("the simulated Litmus operator's informers list again after real 410s, and it still writes the verdict", async () => {
  const { real: r, admin: a } = cluster()
  // The operators in process, as admin through the proxy (it presents the admin certificate),
  // their 5–10 minute watches ended by the server after 3–6 s.
  const { ca, cert, key } = credentialsFromKubeconfig(r.adminKubeconfig)
  if (!ca || !cert || !key) throw new Error(`${r.adminKubeconfig}: no client certificate`)
  const proxy = await startWatchTimeoutProxy(r.server, 100, { ca, cert, key })
  const operators = await startOperators({
    connection: { server: proxy.url, insecureSkipTlsVerify: false },
    timing: { chaosSecondMs: 100 },
    enabled: { chaosMesh: false }
  })
  let compacting = true
  const compactions = (async () => {
    while (compacting) {
      await bump(a)
      await bump(a)
      await compactEtcd(r.etcdUrl)
      await sleep(500)
    }
  })()
  let verdict: string | undefined
  try {
    // 100 chaos seconds: 10 s of wall time, a few watch renewals for every informer.
    const created = await a.request(
      'POST',
      `/apis/litmuschaos.io/v1alpha1/namespaces/${NS}/chaosengines`,
      { body: litmusEngine('gone-engine', 'cart', 100, 'pass') }
    )
    expect(created.status).toBe(201)
    const deadline = Date.now() + 90_000
    while ((verdict === undefined || verdict === 'Awaited') && Date.now() < deadline) {
      await sleep(500)
      const result = await a.request(
        'GET',
        `/apis/litmuschaos.io/v1alpha1/namespaces/${NS}/chaosresults/gone-engine-pod-delete`
      )
      verdict = (
        result.json as { status?: { experimentStatus?: { verdict?: string } } } | undefined
      )?.status?.experimentStatus?.verdict
    }
  } finally {
    compacting = false
    await compactions
    await operators.stop()
    await proxy.close()
  }
  expect(verdict).toBe('Pass')
  // An informer lists only at its start and after a 410 (any other failure watches again from
  // the same resourceVersion), so a list of a collection after a watch of it is a 410 handled.
  const relisted = ['/api/v1/pods', '/apis/litmuschaos.io/v1alpha1/chaosengines'].filter(
    (collection) => {
      const onIt = proxy.seen
        .filter((line) => line.startsWith(`GET ${collection}?`))
        .map((line) => (/[?&]watch=(1|true)/.test(line) ? 'watch' : 'list'))
      return onIt.slice(onIt.indexOf('watch')).includes('list')
    }
  )
  expect(relisted).toEqual(['/api/v1/pods', '/apis/litmuschaos.io/v1alpha1/chaosengines'])
})
