/** `steadyState.prometheus.bearerToken`: a file or a command, never both, kept on the endpoint. */
import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (token: string): string =>
  `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: e1
  namespace: staging
spec:
  podKill: { selector: app=checkout }
  steadyState:
    prometheus:
      url: https://monitoring.googleapis.com/v1/projects/p/location/global/prometheus
      bearerToken: ${token}
    checks:
      - { name: up, query: 'min(up)', threshold: { min: 1 } }
`

describe('prometheus.bearerToken', () => {
  it('takes a command or a file', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('{ command: [gcloud, auth, print-access-token] }')
    })
    expect(errorsOf(result)).toEqual([])
    expect(experimentNamed(result, 'e1').steadyState?.prometheus?.bearerToken).toEqual({
      command: ['gcloud', 'auth', 'print-access-token']
    })
  })

  it('refuses both at once', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('{ file: /var/run/token, command: [gcloud] }')
    })
    expect(errorsOf(result)).toHaveLength(1)
  })
})
