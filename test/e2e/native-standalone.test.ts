/**
 * The kubernetes backend end to end: the simulated cluster started by its launcher, then
 * `chaos-gate run --kubeconfig FILE` on a pod-kill Experiment and on the repository's Istio
 * example, as a user would, with no chaos operator involved.
 */
import { runSelectorString } from '../../src/backends/labels'
import {
  gateRun,
  ratingsExample,
  ratingsVirtualService,
  useStandaloneCluster,
  writeExperiment
} from './standalone'

const cluster = useStandaloneCluster()

describe('chaos-gate run with the kubernetes backend against the standalone simulated cluster', () => {
  it('pod-kill kills one checkout pod, reports the time to restore, and exits 0', async () => {
    const experiment = writeExperiment(
      'checkout-pod-kill.yaml',
      `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: checkout-native-kill, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
    restoreTimeout: 30s
`
    )
    const result = await gateRun(cluster(), 'native-kill', experiment)
    expect(result.code).toBe(0)
    const events = result.report.experiments[0]?.backendEvents ?? []
    const finished = events.find((e) => e.phase === 'finished')
    expect(Number(finished?.details?.timeToRestoreMs)).toBeGreaterThan(0)
    const records = await cluster().conn.objects.list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'staging',
      labelSelector: runSelectorString('native-kill')
    })
    expect(records.items).toEqual([])
  }, 60_000)

  it('the Istio example patches the existing VirtualService for its duration and restores it exactly', async () => {
    const vs = await ratingsVirtualService(cluster(), { labels: { team: 'ratings' } })
    const before = await vs.fingerprint()
    const result = await gateRun(cluster(), 'native-vs', ratingsExample('2s'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('VirtualService staging/ratings restored to its original')
    expect(await vs.fingerprint()).toBe(before)
    await vs.remove()
  }, 60_000)
})
