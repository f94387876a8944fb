import {
  invalidIssues,
  isTransient,
  kubeFailure,
  type KubeOperation,
  kubeRetryDecision,
  parseFieldPath
} from '../../../src/backends/kube/errors'
import { KubeApiError } from '../../../src/backends/kube/port'
import { KubeConnectionError } from '../../../src/backends/kube/transport'
import type { DocPath } from '../../../src/manifest/model'
import { AbortError } from '../../../src/util/clock'
import { BackendError } from '../../../src/util/errors'

const create: KubeOperation = {
  backend: 'litmus',
  verb: 'create',
  kind: 'ChaosEngine',
  resource: 'chaosengines',
  group: 'litmuschaos.io',
  namespace: 'staging',
  name: 'gate-ab12-checkout'
}

describe('kubeFailure', () => {
  it('names the verb and resource the runner needs on a 403', () => {
    const err = kubeFailure(new KubeApiError(403, 'Forbidden', 'chaosengines is forbidden'), create)
    expect(err).toBeInstanceOf(BackendError)
    expect(err.message).toBe(
      "litmus: create ChaosEngine staging/gate-ab12-checkout failed: 403 Forbidden, so the runner's ServiceAccount needs 'create' on chaosengines.litmuschaos.io in namespace staging"
    )
    expect(err).toMatchObject({ status: 403 })
  })

  it('says cluster-wide for a resource without a namespace, and the bare name for the core group', () => {
    const err = kubeFailure(new KubeApiError(403, 'Forbidden', 'no'), {
      backend: 'litmus',
      verb: 'list',
      kind: 'Pod',
      resource: 'pods',
      group: ''
    })
    expect(err.message).toContain("needs 'list' on pods cluster-wide")
  })

  it('refuses to adopt an object someone else created with a way out', () => {
    const err = kubeFailure(
      new KubeApiError(409, 'AlreadyExists', 'chaosengines "x" already exists'),
      create
    )
    expect(err.message).toContain(
      '409 AlreadyExists: an object with this name already exists and was not created by this run'
    )
  })

  it('explains a kind the cluster does not serve', () => {
    const err = kubeFailure(
      new KubeApiError(
        404,
        'NoKindMatch',
        'the server does not serve kind ChaosEngine in litmuschaos.io/v1alpha1; is its CustomResourceDefinition installed?'
      ),
      create
    )
    expect(err.message).toContain('is its CustomResourceDefinition installed?')
  })

  it('says the API server kept failing after the retries on a 5xx', () => {
    const err = kubeFailure(
      new KubeApiError(503, 'ServiceUnavailable', 'etcdserver: leader changed'),
      create
    )
    expect(err.message).toBe(
      'litmus: create ChaosEngine staging/gate-ab12-checkout failed: 503 ServiceUnavailable: etcdserver: leader changed (the API server kept failing; tried 5 times)'
    )
  })

  it('keeps an unreachable server readable and passes cancellation through', () => {
    expect(
      kubeFailure(
        new KubeConnectionError(
          'cannot reach the API server at https://x: ECONNREFUSED',
          'ECONNREFUSED'
        ),
        create
      ).message
    ).toContain('cannot reach the API server')
    const abort = new AbortError('cancelled')
    expect(kubeFailure(abort, create)).toBe(abort)
  })
})

describe('retry classification', () => {
  it('retries the network, 5xx and 429, never 4xx or cancellation', () => {
    expect(isTransient(new KubeConnectionError('reset', 'ECONNRESET'))).toBe(true)
    expect(isTransient(new KubeApiError(500, 'InternalError', 'x'))).toBe(true)
    expect(isTransient(new KubeApiError(429, 'TooManyRequests', 'x'))).toBe(true)
    expect(isTransient(new KubeApiError(504, 'Timeout', 'x'))).toBe(true)
    expect(isTransient(new KubeApiError(403, 'Forbidden', 'x'))).toBe(false)
    expect(isTransient(new KubeApiError(422, 'Invalid', 'x'))).toBe(false)
    expect(kubeRetryDecision(new AbortError('x'))).toEqual({ retry: false })
  })
})

describe('invalidIssues', () => {
  const seen: DocPath[] = []
  const locate = (path: DocPath) => {
    seen.push(path)
    return { file: 'experiments/checkout.yaml', line: 10 + path.length, col: 3 }
  }

  it('places each field cause of a 422 at its manifest line', () => {
    const err = new KubeApiError(422, 'Invalid', 'ChaosEngine "x" is invalid', [
      {
        reason: 'FieldValueNotSupported',
        field: 'spec.engineState',
        message: 'Unsupported value: "run": supported values: "active", "stop"'
      },
      {
        reason: 'FieldValueRequired',
        field: 'spec.experiments[0].spec.probe[1].runProperties.probeTimeout',
        message: 'Required value'
      }
    ])
    const issues = invalidIssues(err, locate, 'ChaosEngine staging/x')
    expect(
      issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.path ?? ''}: ${i.message}`)
    ).toEqual([
      'experiments/checkout.yaml:12:3: spec.engineState: the API server rejected ChaosEngine staging/x: Unsupported value: "run": supported values: "active", "stop"',
      'experiments/checkout.yaml:18:3: spec.experiments[0].spec.probe[1].runProperties.probeTimeout: the API server rejected ChaosEngine staging/x: Required value'
    ])
    expect(seen.at(-1)).toEqual([
      'spec',
      'experiments',
      0,
      'spec',
      'probe',
      1,
      'runProperties',
      'probeTimeout'
    ])
  })

  it('falls back to the document when the server names no field', () => {
    const issues = invalidIssues(
      new KubeApiError(422, 'Invalid', 'admission webhook denied the request'),
      locate,
      'x'
    )
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      line: 10,
      message: 'the API server rejected x: admission webhook denied the request'
    })
  })
})

describe('parseFieldPath', () => {
  it('reads indexes and bracketed map keys', () => {
    expect(parseFieldPath('metadata.labels[app.kubernetes.io/name]')).toEqual([
      'metadata',
      'labels',
      'app.kubernetes.io/name'
    ])
    expect(parseFieldPath('spec.appinfo.appns')).toEqual(['spec', 'appinfo', 'appns'])
    expect(parseFieldPath('spec.experiments[2]')).toEqual(['spec', 'experiments', 2])
    expect(parseFieldPath('')).toEqual([])
  })
})
