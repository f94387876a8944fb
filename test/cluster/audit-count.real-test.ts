/**
 * The audit log counts the gate's requests exactly (what the API-economy rows on the real control
 * plane rely on, bench/benchmarks/api-economy-real.ts): a whole pod-kill (preflight, submit, the
 * watch that follows it, cleanup) through a transport that notes every request it starts and
 * every one answered, and the audit log must hold every answered request, one per request, with
 * its path, and nothing the gate did not start (a request given up on before its answer may or
 * may not have reached the server). A watch still open
 * is counted once, and still once after it ends (tools/real-cluster/audit.ts).
 */
import { kubeClient } from '../../src/backends/kube/client'
import { loadKubeConfig } from '../../src/backends/kube/config'
import { withKubeRetries } from '../../src/backends/kube/retrying'
import { type KubeTransport, kubeTransport } from '../../src/backends/kube/transport'
import { createKubernetesBackend } from '../../src/backends/kubernetes/kubernetes-backend'
import type { KubeObject } from '../../src/manifest/model'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import {
  auditedRequests,
  auditLogOffset,
  settledAuditedRequests
} from '../../tools/real-cluster/audit'
import { experimentFrom, observeUntil, runContext } from '../backends/chaos-mesh/sim-harness'
import { useStandaloneCluster } from '../e2e/standalone'
import { defaultPolicy, deploymentSettled, workDir } from './backend-harness'
import { realClusterInternals, realKubeconfigs } from './target'

const cluster = useStandaloneCluster()
const dir = workDir()

/**
 * The gate's own transport, noting the path of every request it starts (`sent`) and of every one
 * the server answered (`answered`: for a watch, once the response has started). A request given
 * up on before its answer (a watch opened as the follower stops) may or may not have reached the
 * server, so the audit log must lie between the two.
 */
async function countedTransport(): Promise<{
  transport: KubeTransport
  sent: string[]
  answered: string[]
}> {
  const loaded = await loadKubeConfig({ kubeconfig: realKubeconfigs().kubeconfig, env: {} })
  const inner = kubeTransport(loaded.config)
  const sent: string[] = []
  const answered: string[] = []
  const noted = async <T>(path: string, answer: Promise<T>): Promise<T> => {
    sent.push(path)
    const value = await answer
    answered.push(path)
    return value
  }
  return {
    sent,
    answered,
    transport: {
      server: inner.server,
      send: (request) => noted(request.path, inner.send(request)),
      open: (request, idleTimeoutMs) => noted(request.path, inner.open(request, idleTimeoutMs)),
      close: () => inner.close()
    }
  }
}

/** Whether every element of `part` is in `whole`, as often as it is in `part` at least. */
function within(part: readonly string[], whole: readonly string[]): boolean {
  const left = [...whole]
  return part.every((item) => {
    const i = left.indexOf(item)
    if (i < 0) return false
    left.splice(i, 1)
    return true
  })
}

/** The gate's audited request paths from `offset` on, sorted. */
function auditedPaths(offset: number): string[] {
  const { auditLog, gateUser } = realClusterInternals()
  return auditedRequests(auditLog, gateUser, offset)
    .map((r) => r.requestURI.replace(/\?.*$/, ''))
    .sort()
}

const POD_KILL = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: audit-kill, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
    restoreTimeout: 60s
`

beforeEach(() => deploymentSettled(cluster(), 'checkout', 3), 90_000)

it('the audit log holds every request of a whole pod-kill, each once', async () => {
  const { auditLog } = realClusterInternals()
  const offset = auditLogOffset(auditLog)
  const { transport, sent, answered } = await countedTransport()
  const client = withKubeRetries(kubeClient(transport), systemClock, silentLog)
  const backend = createKubernetesBackend({
    kube: client,
    cluster: client,
    defaultNamespace: 'staging',
    policy: defaultPolicy(dir),
    random: () => 0,
    cleanupBoundMs: 10_000
  })
  try {
    const exp = await experimentFrom(dir, POD_KILL)
    const ctx = runContext(exp)
    expect(await backend.preflight(exp, ctx)).toMatchObject({ issues: [] })
    const handle = await backend.submit(exp, ctx)
    const seen = await observeUntil(backend, handle, ctx, () => false, 60_000)
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', terminal: true })
    await backend.cleanup({ runId: ctx.runId, namespaces: ['staging'], handles: [handle] }, ctx)
  } finally {
    transport.close()
  }
  // Preflight's access reviews, the kill, the pod watch, the cleanup: a few dozen requests.
  expect(sent.length).toBeGreaterThan(5)
  expect(sent.some((path) => path.endsWith('/pods'))).toBe(true)
  // An answered request is in the log by the time its answer is read, but one given up on is
  // logged when the server has finished with it: a bounded wait for the log to settle.
  await settledAuditedRequests(auditLog, realClusterInternals().gateUser, offset)
  const audited = auditedPaths(offset)
  // answered ⊆ audited ⊆ sent, as multisets of paths: a counter that counted a watch twice (once
  // per stage), or missed one, fails.
  expect({ answered: within(answered, audited), sent: within(audited, sent) }).toEqual({
    answered: true,
    sent: true
  })
  expect(audited.length).toBeGreaterThanOrEqual(answered.length)
  expect(audited.length).toBeLessThanOrEqual(sent.length)
}, 120_000)

it('a watch counts once while it is open and once after it has ended', async () => {
  const { auditLog, gateUser } = realClusterInternals()
  const offset = auditLogOffset(auditLog)
  const { transport, sent } = await countedTransport()
  const client = kubeClient(transport)
  const stop = new AbortController()
  try {
    const events = client.watch(
      { apiVersion: 'v1', kind: 'Pod', namespace: 'staging' },
      { resourceVersion: '', allowBookmarks: true, timeoutSeconds: 300 },
      stop.signal
    )
    // The first event: the server has started the response, so ResponseStarted is logged.
    const first = await events[Symbol.asyncIterator]().next()
    expect((first.value as { object?: KubeObject } | undefined)?.object?.kind).toBe('Pod')
    // Discovery (which resource serves Pods), then the watch, established but not ended.
    const watchOf = (): ReturnType<typeof auditedRequests> =>
      auditedRequests(auditLog, gateUser, offset).filter((r) => r.verb === 'watch')
    expect(auditedRequests(auditLog, gateUser, offset)).toHaveLength(sent.length)
    expect(watchOf()).toMatchObject([{ stage: 'ResponseStarted' }])
    stop.abort()
    // Its ResponseComplete follows once the server notices the closed stream: a bounded wait.
    const deadline = Date.now() + 30_000
    while (watchOf()[0]?.stage !== 'ResponseComplete' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(watchOf()).toMatchObject([{ stage: 'ResponseComplete' }])
    expect(auditedRequests(auditLog, gateUser, offset)).toHaveLength(sent.length)
  } finally {
    stop.abort()
    transport.close()
  }
}, 60_000)
