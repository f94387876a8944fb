/**
 * The kubernetes backend end to end: the simulated cluster started by its launcher, then
 * `chaos-gate run --kubeconfig FILE` on a pod-kill Experiment and on the repository's Istio
 * example, as a user would, with no chaos operator involved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runSelectorString } from '../../src/backends/labels'
import { ROOT, runCli, type StandaloneCluster, startStandaloneCluster } from './litmus-processes'

let cluster: StandaloneCluster
beforeAll(async () => {
  cluster = await startStandaloneCluster()
}, 30_000)
afterAll(async () => {
  await cluster.stop()
})

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'native-e2e-exp-')), name)
  writeFileSync(path, text)
  return path
}

async function gate(runId: string, experiment: string) {
  const dir = mkdtempSync(join(tmpdir(), 'native-e2e-run-'))
  const result = await runCli([
    'run',
    '--kubeconfig',
    cluster.kubeconfig,
    '-e',
    experiment,
    '--run-id',
    runId,
    '--state-dir',
    join(dir, 'state'),
    '--report-dir',
    join(dir, 'reports')
  ])
  const report = JSON.parse(
    readFileSync(join(dir, 'reports', 'chaos-gate-report.json'), 'utf8')
  ) as {
    experiments: {
      verdict: string
      backendEvents: { phase: string; details?: Record<string, string> }[]
    }[]
  }
  return { ...result, report }
}

describe('chaos-gate run with the kubernetes backend against the standalone simulated cluster', () => {
  it('pod-kill kills one checkout pod, reports the time to restore, and exits 0', async () => {
    const experiment = file(
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
    const result = await gate('native-kill', experiment)
    expect(result.code).toBe(0)
    const events = result.report.experiments[0]?.backendEvents ?? []
    const finished = events.find((e) => e.phase === 'finished')
    expect(Number(finished?.details?.timeToRestoreMs)).toBeGreaterThan(0)
    const records = await cluster.conn.objects.list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'staging',
      labelSelector: runSelectorString('native-kill')
    })
    expect(records.items).toEqual([])
  }, 60_000)

  it('the Istio example patches the existing VirtualService for its duration and restores it exactly', async () => {
    const vs = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      namespace: 'staging',
      name: 'ratings'
    }
    await cluster.conn.objects.create({
      apiVersion: vs.apiVersion,
      kind: vs.kind,
      metadata: { name: 'ratings', namespace: 'staging', labels: { team: 'ratings' } },
      spec: {
        hosts: ['ratings'],
        http: [{ route: [{ destination: { host: 'ratings', subset: 'v2' } }] }]
      }
    })
    const print = async () => {
      const o = await cluster.conn.objects.get(vs)
      return JSON.stringify([o?.spec, o?.metadata.labels, o?.metadata.annotations])
    }
    const before = await print()
    // The example, with a short duration and without its probe (there is no productpage here).
    const text = readFileSync(join(ROOT, 'experiments/ratings-delay.yaml'), 'utf8')
    const example = text
      .slice(0, text.indexOf('  steadyState:'))
      .replace('duration: 2m', 'duration: 2s')
    const result = await gate('native-vs', file('ratings-delay.yaml', example))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('VirtualService staging/ratings restored to its original')
    expect(await print()).toBe(before)
    await cluster.conn.objects.delete(vs)
  }, 60_000)
})
