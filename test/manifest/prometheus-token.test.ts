/**
 * `steadyState.prometheus.bearerToken`: a file or a command, never both, kept on the endpoint; and
 * `sigv4` for Amazon Managed Prometheus, with a region that looks like one.
 */
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
      ${token}
    checks:
      - { name: up, query: 'min(up)', threshold: { min: 1 } }
`

describe('prometheus.bearerToken', () => {
  it('takes a command or a file', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('bearerToken: { command: [gcloud, auth, print-access-token] }')
    })
    expect(errorsOf(result)).toEqual([])
    expect(experimentNamed(result, 'e1').steadyState?.prometheus?.bearerToken).toEqual({
      command: ['gcloud', 'auth', 'print-access-token']
    })
  })

  it('refuses both at once', async () => {
    const result = await inspectTexts({
      'e.yaml': experiment('bearerToken: { file: /var/run/token, command: [gcloud] }')
    })
    expect(errorsOf(result)).toHaveLength(1)
  })

  it('sigv4 signs with the aps service by default, in the region given', async () => {
    const result = await inspectTexts({ 'e.yaml': experiment('sigv4: { region: eu-west-1 }') })
    expect(errorsOf(result)).toEqual([])
    expect(experimentNamed(result, 'e1').steadyState?.prometheus?.sigv4).toEqual({
      region: 'eu-west-1',
      service: 'aps'
    })
    const bad = await inspectTexts({ 'e.yaml': experiment('sigv4: { region: Ireland }') })
    expect(errorsOf(bad)).toEqual(['e.yaml:11:24 steady-state/aws-region'])
  })
})
