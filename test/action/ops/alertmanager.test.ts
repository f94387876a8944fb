import { silenceMatchers, text } from '../../../src/action/ops/alertmanager'
import { splitCredentials } from '../../../src/action/ops/http-json'
import type { Experiment, TargetDeclaration } from '../../../src/manifest/model'

const AT = { file: 'x.yaml', line: 1, col: 1 }

function experiment(
  declared?: Omit<TargetDeclaration, 'location'>,
  namespace?: string
): Experiment {
  const targets = declared && { ...declared, location: AT }
  return {
    name: 'x',
    source: AT,
    locate: () => AT,
    backend: 'chaos-mesh',
    kind: 'PodChaos',
    fault: {
      kind: 'kube-object',
      object: { apiVersion: 'chaos-mesh.org/v1alpha1', kind: 'PodChaos', metadata: {} }
    },
    expect: 'pass',
    ...(targets && { targets }),
    ...(namespace && { namespace })
  }
}

describe('silenceMatchers', () => {
  it('matches the target namespaces and the equality terms of the label selector', () => {
    const matchers = silenceMatchers(
      experiment({
        namespaces: ['shop', 'shop.canary'],
        labelSelector: 'app.kubernetes.io/name=checkout, tier!=db, env in (a,b)',
        mode: { kind: 'count', count: 1 }
      })
    )
    expect(matchers.map(text)).toEqual([
      'namespace=~"shop|shop\\.canary"',
      'app_kubernetes_io_name="checkout"',
      'tier!="db"'
    ])
  })

  it('falls back to the fault namespace, and silences nothing without a positive matcher', () => {
    expect(silenceMatchers(experiment(undefined, 'staging')).map(text)).toEqual([
      'namespace="staging"'
    ])
    expect(silenceMatchers(experiment())).toEqual([])
    expect(
      silenceMatchers(
        experiment({ namespaces: [], labelSelector: 'tier!=db', mode: { kind: 'all' } })
      )
    ).toEqual([])
  })
})

describe('splitCredentials', () => {
  it('moves user:password out of the URL into a Basic header', () => {
    expect(splitCredentials('https://ops:s%40cret@am.example/')).toEqual({
      url: 'https://am.example',
      headers: { authorization: `Basic ${Buffer.from('ops:s@cret').toString('base64')}` }
    })
    expect(splitCredentials('http://127.0.0.1:9093/')).toEqual({
      url: 'http://127.0.0.1:9093',
      headers: {}
    })
  })
})
