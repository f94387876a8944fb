/**
 * litmus-go names each ChaosResult `<engine>-<experiment>[-<instance>]` and puts that name in the
 * result's `name` label, which Kubernetes caps at 63 characters: the engine's name must leave
 * room for it, or litmus-go cannot write the result and the gate never sees a verdict.
 */
import { engineToSubmit } from '../../../src/backends/litmus/litmus-engine'
import { readEngine } from '../../../src/backends/litmus/litmus-status'
import { errorsOf, experimentNamed, inspectTexts } from '../../manifest/inspect'

function engine(name: string, experiment: string, instance?: string): string {
  const env = instance === undefined ? '[]' : `[{ name: INSTANCE_ID, value: '${instance}' }]`
  return `apiVersion: litmuschaos.io/v1alpha1
kind: ChaosEngine
metadata:
  name: ${name}
  namespace: staging
spec:
  appinfo: { appns: staging, applabel: app=cart, appkind: deployment }
  chaosServiceAccount: sa
  experiments:
    - name: ${experiment}
      spec:
        components:
          env: ${env}
`
}

/** The ChaosResult names litmus-go will write for the engine chaos-gate submits. */
async function resultNames(name: string, experiment: string, instance?: string) {
  const exp = experimentNamed(
    await inspectTexts({ 'e.yaml': engine(name, experiment, instance) }),
    name
  )
  const submitted = engineToSubmit(exp, { runId: 'tkq1abc-ab12', labels: {} }, 'staging')
  return {
    engine: submitted.metadata.name,
    results: readEngine(submitted, 'x').declared.map((d) => d.resultName)
  }
}

describe('Litmus engine names', () => {
  it('keeps a short name whole', async () => {
    expect(await resultNames('checkout', 'pod-delete')).toEqual({
      engine: 'gate-tkq1abc-ab12-checkout',
      results: ['gate-tkq1abc-ab12-checkout-pod-delete']
    })
  })

  it('leaves room for the ChaosResult label within 63 characters, the same name every time', async () => {
    const long = 'checkout-payments-api-network-latency-eu-west'
    const first = await resultNames(long, 'pod-network-latency', 'blue-1')
    for (const result of first.results) expect(result.length).toBeLessThanOrEqual(63)
    expect(first.engine).toMatch(/^gate-tkq1abc-ab12-checkout-[a-z0-9-]*[0-9a-f]{6}$/)
    expect(await resultNames(long, 'pod-network-latency', 'blue-1')).toEqual(first)
    const other = await resultNames(`${long.slice(0, -1)}x`, 'pod-network-latency', 'blue-1')
    expect(other.engine).not.toBe(first.engine)
  })

  it('refuses, at its line, an experiment name that leaves the engine no room', async () => {
    const experiment = 'pod-network-latency-with-jitter-and-loss'
    expect(errorsOf(await inspectTexts({ 'e.yaml': engine('checkout', experiment) }))).toEqual([
      'e.yaml:10:13 litmus/name-too-long'
    ])
    const issue = (await inspectTexts({ 'e.yaml': engine('checkout', experiment) })).issues[0]
    expect(issue?.message).toBe(
      `the ChaosResult of '${experiment}' would be named '<engine>-${experiment}', ${experiment.length + 1} characters beside the engine's name; Kubernetes allows 63 in the label litmus-go puts it in`
    )
    expect(issue?.hint).toBe(
      'Use a ChaosExperiment (and INSTANCE_ID) of at most 36 characters together, for example by installing a copy under a shorter name.'
    )
  })
})
