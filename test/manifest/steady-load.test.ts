/** `steadyState.load` read into the model: defaults, methods, and a URL that must be absolute. */
import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (load: string): string =>
  `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: e1
  namespace: staging
spec:
  podKill: { selector: app=checkout }
  steadyState:
    load: ${load}
    checks:
      - { name: ready, kubernetes: readyRatio(deployment/checkout), threshold: { min: 1 } }
`

describe('steady load', () => {
  it('is read with its defaults, headers taken as written', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment(
        "{ url: 'https://shop/api', method: PUT, rate: 20, headers: { X-Token: abc } }"
      )
    })
    expect(errorsOf(result)).toEqual([])
    expect(experimentNamed(result, 'e1').steadyState?.load).toEqual({
      url: 'https://shop/api',
      method: 'PUT',
      ratePerSecond: 20,
      timeoutMs: 5_000,
      okStatus: [{ from: 200, to: 399 }],
      headers: { 'X-Token': 'abc' }
    })
  })

  it('needs an absolute URL and a rate', async () => {
    expect(
      errorsOf(await inspectTexts({ 'e.yaml': experiment('{ url: /api, rate: 5 }') }))
    ).toEqual(['e.yaml:9:18 steady-state/url'])
    expect(
      errorsOf(await inspectTexts({ 'e.yaml': experiment("{ url: 'https://shop/api' }") }))
    ).toHaveLength(1)
  })
})
