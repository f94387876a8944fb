import type { SimCluster } from '../src/sim-cluster'
import { at, call, startFast, str } from './harness'

const PODCHAOS = '/apis/chaos-mesh.org/v1alpha1/namespaces/default/podchaos'
const ENGINES = '/apis/litmuschaos.io/v1alpha1/namespaces/default/chaosengines'

function podChaos(spec: Record<string, unknown>, name = 'pc') {
  return { apiVersion: 'chaos-mesh.org/v1alpha1', kind: 'PodChaos', metadata: { name }, spec }
}

function engine(name: string, spec: Record<string, unknown>) {
  return { apiVersion: 'litmuschaos.io/v1alpha1', kind: 'ChaosEngine', metadata: { name }, spec }
}

const probe = (runProperties: Record<string, unknown>) => ({
  name: 'http',
  type: 'httpProbe',
  mode: 'Continuous',
  'httpProbe/inputs': { url: 'http://x', method: { get: { criteria: '==', responseCode: '200' } } },
  runProperties
})

describe('simulated cluster: CRD schema validation', () => {
  let cluster: SimCluster
  beforeAll(async () => {
    cluster = await startFast({ operators: { litmus: false, chaosMesh: false } })
  })
  afterAll(() => cluster.close())

  it('accepts a valid object', async () => {
    const reply = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos(
        { action: 'pod-kill', mode: 'one', selector: { labelSelectors: { app: 'x' } } },
        'ok'
      )
    })
    expect(reply.status).toBe(201)
  })

  it('422 with an Unsupported value cause listing the enum', async () => {
    const reply = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos({ action: 'pod-kill', mode: 'some', selector: {} })
    })
    expect(reply.status).toBe(422)
    const supported = '"one", "all", "fixed", "fixed-percent", "random-max-percent"'
    expect(reply.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Invalid',
      code: 422,
      message: `PodChaos.chaos-mesh.org "pc" is invalid: spec.mode: Unsupported value: "some": supported values: ${supported}`,
      details: {
        name: 'pc',
        group: 'chaos-mesh.org',
        kind: 'PodChaos',
        causes: [
          {
            reason: 'FieldValueNotSupported',
            message: `Unsupported value: "some": supported values: ${supported}`,
            field: 'spec.mode'
          }
        ]
      }
    })
  })

  it('reports several problems at once in brackets', async () => {
    const reply = await call(cluster, 'POST', PODCHAOS, {
      body: podChaos({ action: 'explode', mode: 'some', selector: {} })
    })
    expect(str(reply.body['message'])).toMatch(
      /^PodChaos\.chaos-mesh\.org "pc" is invalid: \[spec\.action: Unsupported value: "explode": .*, spec\.mode: Unsupported value: "some": .*\]$/
    )
    expect((at(reply.body, 'details', 'causes') as unknown[]).length).toBe(2)
  })

  it('pattern, required and type errors with go-openapi detail text and bracketed array paths', async () => {
    const badState = await call(cluster, 'POST', ENGINES, {
      body: engine('e1', { engineState: 'paused' })
    })
    expect(at(badState.body, 'details', 'causes', 0)).toEqual({
      reason: 'FieldValueInvalid',
      message: `Invalid value: "paused": spec.engineState in body should match '^(active|stop)$'`,
      field: 'spec.engineState'
    })
    const missing = await call(cluster, 'POST', ENGINES, {
      body: engine('e2', {
        experiments: [
          { name: 'pod-delete', spec: { probe: [probe({ interval: '2s', retry: 1 })] } }
        ]
      })
    })
    expect(at(missing.body, 'details', 'causes', 0)).toEqual({
      reason: 'FieldValueRequired',
      message: 'Required value',
      field: 'spec.experiments[0].spec.probe[0].runProperties.probeTimeout'
    })
    const wrongType = await call(cluster, 'POST', ENGINES, {
      body: engine('e3', {
        experiments: [
          { name: 'pod-delete', spec: { probe: [probe({ probeTimeout: 5, interval: '2s' })] } }
        ]
      })
    })
    expect(at(wrongType.body, 'details', 'causes', 0)).toEqual({
      reason: 'FieldValueTypeInvalid',
      message:
        'Invalid value: "integer": spec.experiments[0].spec.probe[0].runProperties.probeTimeout in body must be of type string: "integer"',
      field: 'spec.experiments[0].spec.probe[0].runProperties.probeTimeout'
    })
  })

  it('fieldValidation: Warn (the default) prunes with Warning headers, Strict is a 400, Ignore is silent', async () => {
    const body = {
      ...podChaos({ action: 'pod-kill', mode: 'one', selector: {}, bogus: 1 }, 'fv-warn'),
      extra: true
    }
    const warn = await call(cluster, 'POST', PODCHAOS, { body })
    expect(warn.status).toBe(201)
    expect(warn.headers['warning']).toBe(
      '299 - "unknown field \\"extra\\"", 299 - "unknown field \\"spec.bogus\\""'
    )
    expect(at(warn.body, 'spec', 'bogus')).toBeUndefined()
    expect(warn.body['extra']).toBeUndefined()
    const strict = await call(cluster, 'POST', `${PODCHAOS}?fieldValidation=Strict`, {
      body: { ...body, metadata: { name: 'fv-strict', color: 'red' } }
    })
    expect(strict.status).toBe(400)
    expect(strict.body).toMatchObject({
      reason: 'BadRequest',
      message:
        'PodChaos in version "v1alpha1" cannot be handled as a PodChaos: strict decoding error: unknown field "extra", unknown field "metadata.color", unknown field "spec.bogus"'
    })
    const ignore = await call(cluster, 'POST', `${PODCHAOS}?fieldValidation=Ignore`, {
      body: { ...body, metadata: { name: 'fv-ignore' } }
    })
    expect(ignore.status).toBe(201)
    expect(ignore.headers['warning']).toBeUndefined()
  })

  it('keeps fields under x-kubernetes-preserve-unknown-fields (Litmus spec, VirtualService spec)', async () => {
    const reply = await call(cluster, 'POST', `${ENGINES}?fieldValidation=Strict`, {
      body: engine('keep', {
        engineState: 'active',
        annotationCheck: 'false',
        appinfo: { appns: 'default', applabel: 'app=x', appkind: 'deployment' }
      })
    })
    expect(reply.status).toBe(201)
    expect(at(reply.body, 'spec', 'annotationCheck')).toBe('false')
  })

  it('applies schema defaults', async () => {
    const reply = await call(
      cluster,
      'POST',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/default/networkchaos',
      {
        body: {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'NetworkChaos',
          metadata: { name: 'nd' },
          spec: { action: 'delay', mode: 'all', selector: {}, delay: { latency: '10ms' } }
        }
      }
    )
    expect(reply.status).toBe(201)
    expect(at(reply.body, 'spec', 'direction')).toBe('to')
  })

  it('validates Schedule and Workflow embedded specs', async () => {
    const reply = await call(
      cluster,
      'POST',
      '/apis/chaos-mesh.org/v1alpha1/namespaces/default/schedules',
      {
        body: {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'Schedule',
          metadata: { name: 's' },
          spec: {
            schedule: '@every 10s',
            type: 'PodChaos',
            historyLimit: 1,
            concurrencyPolicy: 'Forbid',
            podChaos: { action: 'pod-kill', mode: 'sideways', selector: {} }
          }
        }
      }
    )
    expect(reply.status).toBe(422)
    expect(at(reply.body, 'details', 'causes', 0, 'field')).toBe('spec.podChaos.mode')
  })
})
