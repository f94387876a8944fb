/**
 * The bundled action (dist/main.js then dist/post.js, as the runner runs them) on a standalone
 * cluster, with no chaos operator: a native pod-kill and the repository's Istio example, through
 * the `kubeconfig` input. On the real cluster that kubeconfig is the least-privilege `chaos-gate`
 * ServiceAccount, so preflight, the kill, the VirtualService patch and its restore all pass real
 * RBAC and admission.
 */
import { readFileSync } from 'node:fs'

import { runSelectorString } from '../../src/backends/labels'
import { ActionJob } from '../action/e2e/action-job'
import { bundleAction } from '../action/e2e/bundle'
import { GitHubServer } from '../action/servers/github-server'
import {
  ratingsExample,
  ratingsVirtualService,
  useStandaloneCluster,
  writeExperiment
} from '../e2e/standalone'
import { deploymentSettled } from './backend-harness'

const cluster = useStandaloneCluster()
let dist = ''
let github: GitHubServer | undefined
beforeAll(() => {
  dist = bundleAction()
}, 240_000)
beforeEach(async () => {
  github = await new GitHubServer().start()
  await deploymentSettled(cluster(), 'checkout', 3)
}, 90_000)
afterEach(() => github?.close())

const podKill = writeExperiment(
  'checkout-native-kill.yaml',
  `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: checkout-native-kill, namespace: staging }
spec:
  podKill:
    selector: { matchLabels: { app: checkout } }
    count: 1
    restoreTimeout: 60s
`
)

it('passes a pod-kill and an Istio delay, reports the verdict, restores and leaves nothing', async () => {
  const vs = await ratingsVirtualService(cluster(), { labels: { team: 'ratings' } })
  try {
    const before = await vs.fingerprint()
    const job = new ActionJob({
      dist,
      githubUrl: github?.url ?? '',
      manifests: [podKill, ratingsExample('3s')],
      with: { kubeconfig: cluster().kubeconfig, 'github-token': 'ghs_e2e_token' }
    })
    const m = await job.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 0, stderr: '' })
    const runId = m.state['run-id'] ?? ''
    expect(m.outputs).toMatchObject({ verdict: 'pass', passed: '2', failed: '0' })
    const report = JSON.parse(readFileSync(m.outputs['report-json'] ?? '', 'utf8')) as {
      experiments: { name: string; backend: string; verdict: string }[]
    }
    expect(report.experiments.map((e) => [e.name, e.backend, e.verdict]).sort()).toEqual([
      ['checkout-native-kill', 'kubernetes', 'pass'],
      ['ratings-delay', 'kubernetes', 'pass']
    ])
    const [run] = github?.checkRuns.values() ?? []
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(await vs.fingerprint()).toBe(before)
    const records = await cluster().admin.objects.list({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'staging',
      labelSelector: runSelectorString(runId)
    })
    expect(records.items).toEqual([])

    const p = await job.post(m.state)
    expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 0, stderr: '' })
    expect(p.stdout).toContain('Cleanup by label found nothing left behind.')
  } finally {
    await vs.remove()
  }
}, 180_000)
