/**
 * Istio VirtualService faults on a standalone cluster (the simulator in `npm test`, the real API
 * server in `npm run test:cluster`): an existing VirtualService is patched for the fault's
 * duration and restored byte for byte, its whole stored form (spec, labels, annotations, as the
 * server serialises them) equal to what it was; one that did not exist is created and removed.
 */
import type { KubeObject } from '../../src/manifest/model'
import { experimentFrom, observeUntil, runContext } from '../backends/chaos-mesh/sim-harness'
import { useStandaloneCluster } from '../e2e/standalone'
import { defaultPolicy, kubernetesBackend, workDir } from './backend-harness'

const cluster = useStandaloneCluster()
const dir = workDir()
const VS = { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', namespace: 'staging' }

const experiment = (name: string) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name}-delay, namespace: staging }
spec:
  duration: 2s
  fault:
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: ${name} }
    spec:
      hosts: [${name}]
      http:
        - fault:
            delay: { fixedDelay: 2s, percentage: { value: 10 } }
          route:
            - destination: { host: ${name}, subset: v1 }
`

/** The stored object without what every write changes (resourceVersion, generation, managedFields). */
async function stored(name: string): Promise<string | undefined> {
  const vs = await cluster().admin.objects.get({ ...VS, name })
  if (!vs) return undefined
  const metadata: Record<string, unknown> = { ...vs.metadata }
  for (const key of ['resourceVersion', 'generation', 'managedFields']) delete metadata[key]
  return JSON.stringify({ ...vs, metadata })
}

it('patches an existing VirtualService for the duration and restores it byte for byte', async () => {
  const object: KubeObject = {
    ...VS,
    metadata: {
      name: 'reviews',
      namespace: 'staging',
      labels: { team: 'reviews', 'app.kubernetes.io/name': 'reviews' },
      annotations: { 'owner.example.com/contact': '#reviews' }
    },
    spec: {
      hosts: ['reviews'],
      gateways: ['mesh'],
      http: [
        {
          match: [{ headers: { 'end-user': { exact: 'jason' } } }],
          route: [{ destination: { subset: 'v2', host: 'reviews' }, weight: 100 }]
        },
        {
          route: [
            { destination: { host: 'reviews', subset: 'v1' }, weight: 80 },
            { destination: { host: 'reviews', subset: 'v3' }, weight: 20 }
          ],
          timeout: '1.5s'
        }
      ]
    }
  }
  await cluster().conn.objects.create(object)
  try {
    const before = await stored('reviews')
    const backend = kubernetesBackend(cluster(), defaultPolicy(dir))
    const exp = await experimentFrom(dir, experiment('reviews'))
    const ctx = runContext(exp)
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    const handle = await backend.submit(exp, ctx)
    const during = await cluster().admin.objects.get({ ...VS, name: 'reviews' })
    expect(JSON.stringify(during?.spec)).toContain('fixedDelay')
    const seen = await observeUntil(backend, handle, ctx, () => false, 30_000)
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', terminal: true })
    expect(seen.at(-1)?.message).toBe(
      'the duration is over: VirtualService staging/reviews restored to its original'
    )
    expect(await stored('reviews')).toBe(before)
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report).toMatchObject({ stuck: [], errors: [] })
    expect(await stored('reviews')).toBe(before)
  } finally {
    await cluster().admin.objects.delete({ ...VS, name: 'reviews' })
  }
}, 60_000)

it('creates a VirtualService that did not exist and removes it again', async () => {
  const backend = kubernetesBackend(cluster(), defaultPolicy(dir))
  const exp = await experimentFrom(dir, experiment('details'))
  const ctx = runContext(exp)
  expect(await stored('details')).toBeUndefined()
  const handle = await backend.submit(exp, ctx)
  expect(await stored('details')).toContain('fixedDelay')
  const seen = await observeUntil(backend, handle, ctx, () => false, 30_000)
  expect(seen.at(-1)?.message).toBe(
    'the duration is over: VirtualService staging/details deleted (the gate had created it)'
  )
  expect(await stored('details')).toBeUndefined()
  await backend.cleanup({ runId: ctx.runId, namespaces: ['staging'], handles: [handle] }, ctx)
  expect(await stored('details')).toBeUndefined()
}, 60_000)
