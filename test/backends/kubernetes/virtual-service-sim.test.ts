/**
 * Istio VirtualService fault injection against the simulated cluster: created and removed when
 * none exists; an existing one patched for the duration and restored byte for byte (its spec,
 * labels and annotations as JSON) at the end, on abort, and by cleanup after a crash; and a
 * VirtualService someone changed meanwhile never overwritten.
 */
import type { Backend } from '../../../src/backends/backend'
import { createKubernetesBackend } from '../../../src/backends/kubernetes/kubernetes-backend'
import type { KubeObject } from '../../../src/manifest/model'
import { errorMessage } from '../../../src/util/errors'
import {
  experimentFrom,
  type KubeSim,
  observeUntil,
  runContext,
  startKubeSim
} from '../chaos-mesh/sim-harness'

const VS = { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', namespace: 'staging' }

const experiment = (name: string, duration = '1s') => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name}-delay, namespace: staging }
spec:
  duration: ${duration}
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

let k: KubeSim
let backend: Backend
beforeAll(async () => {
  k = await startKubeSim()
  backend = createKubernetesBackend({
    kube: k.conn.objects,
    cluster: k.conn.cluster,
    defaultNamespace: 'staging',
    policy: k.policy,
    random: Math.random
  })
})
afterAll(() => k.close())

/** What must come back exactly: spec, labels and annotations, serialised. */
async function fingerprint(name: string): Promise<string | undefined> {
  const vs = await k.conn.objects.get({ ...VS, name })
  if (!vs) return undefined
  return JSON.stringify([vs.spec, vs.metadata.labels, vs.metadata.annotations])
}

/** An existing VirtualService with its own labels, annotations and routes (keys deliberately unsorted). */
async function existing(name: string): Promise<string> {
  const object: KubeObject = {
    ...VS,
    metadata: {
      name,
      namespace: 'staging',
      labels: { team: 'ratings', 'app.kubernetes.io/name': name },
      annotations: {
        'owner.example.com/contact': '#ratings',
        'kubectl.kubernetes.io/last-applied-configuration': '{"x":1}'
      }
    },
    spec: {
      hosts: [name],
      http: [
        {
          route: [
            { destination: { subset: 'v2', host: name }, weight: 80 },
            { destination: { host: name, subset: 'v1' }, weight: 20 }
          ]
        }
      ],
      gateways: ['mesh']
    }
  }
  await k.conn.objects.create(object)
  const printed = await fingerprint(name)
  if (!printed) throw new Error('not created')
  return printed
}

describe('VirtualService fault injection', () => {
  it('creates the VirtualService for the duration and deletes it afterwards when none existed', async () => {
    const exp = await experimentFrom(k.dir, experiment('reviews'))
    const ctx = runContext(exp)
    expect(await backend.preflight(exp, ctx)).toMatchObject({ issues: [], warnings: [] })
    const handle = await backend.submit(exp, ctx)
    expect(handle.data).toMatchObject({ created: 'true' })
    const seen = await observeUntil(backend, handle, ctx)
    expect(seen[0]?.message).toMatch(
      /^delay 2s for 10% applied to VirtualService staging\/reviews until /
    )
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', terminal: true })
    expect(seen.at(-1)?.message).toBe(
      'the duration is over: VirtualService staging/reviews deleted (the gate had created it)'
    )
    expect(await k.conn.objects.get({ ...VS, name: 'reviews' })).toBeUndefined()
  })

  it('patches an existing VirtualService for the duration and restores it byte for byte', async () => {
    const before = await existing('ratings')
    const exp = await experimentFrom(k.dir, experiment('ratings'))
    const ctx = runContext(exp)
    const preflight = await backend.preflight(exp, ctx)
    expect(preflight.issues).toEqual([])
    expect(preflight.warnings[0]).toContain('VirtualService staging/ratings exists')
    const handle = await backend.submit(exp, ctx)
    const during = await k.conn.objects.get({ ...VS, name: 'ratings' })
    expect(during?.spec).toEqual(
      exp.fault.kind === 'kube-object' ? exp.fault.object.spec : undefined
    )
    expect(during?.metadata.labels).toMatchObject({ team: 'ratings', ...ctx.labels })
    expect(during?.metadata.annotations?.['chaos-gate.dev/original']).toBe(handle.data?.original)
    const last = (await observeUntil(backend, handle, ctx)).at(-1)
    expect(last?.message).toBe(
      'the duration is over: VirtualService staging/ratings restored to its original'
    )
    expect(await fingerprint('ratings')).toBe(before)
    await k.conn.objects.delete({ ...VS, name: 'ratings' })
  })

  it('abort takes the fault off at once, restoring the original exactly', async () => {
    const before = await existing('details')
    const exp = await experimentFrom(k.dir, experiment('details', '10m'))
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    expect(await fingerprint('details')).not.toBe(before)
    await backend.abort(handle, ctx)
    expect(await fingerprint('details')).toBe(before)
    await backend.abort(handle, ctx)
    expect(await fingerprint('details')).toBe(before)
    await k.conn.objects.delete({ ...VS, name: 'details' })
  })

  it('cleanup after a crash finds the patched VirtualService by label and restores it from its annotation', async () => {
    const before = await existing('productpage')
    const exp = await experimentFrom(k.dir, experiment('productpage', '10m'))
    const ctx = runContext(exp)
    await backend.submit(exp, ctx)
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [] },
      ctx
    )
    expect(report).toEqual({
      deleted: ['VirtualService staging/productpage (original restored)'],
      stuck: [],
      errors: []
    })
    expect(await fingerprint('productpage')).toBe(before)
    await k.conn.objects.delete({ ...VS, name: 'productpage' })
  })

  it('does not overwrite a VirtualService someone changed while the fault was applied', async () => {
    await existing('cart')
    const exp = await experimentFrom(k.dir, experiment('cart', '10m'))
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    await k.conn.objects.patch(
      { ...VS, name: 'cart' },
      { type: 'merge', body: { spec: { hosts: ['cart', 'cart.example.com'] } } }
    )
    const changed = await fingerprint('cart')
    const error = await backend.abort(handle, ctx).then(
      () => '',
      (err: unknown) => errorMessage(err)
    )
    expect(error).toContain('its spec changed while the fault was applied')
    expect(error).toContain('chaos-gate.dev/original')
    expect(await fingerprint('cart')).toBe(changed)
    await k.conn.objects.delete({ ...VS, name: 'cart' })
  })
})
