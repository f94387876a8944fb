/**
 * The bundled action against the simulated cluster, run as the runner runs it (dist/main.js, then
 * dist/post.js with the STATE_* main saved), over https with the cluster's kubeconfig in a temp
 * file passed as the `kubeconfig` input. Litmus and Chaos Mesh faults really exist on the cluster
 * here, so a killed main leaves one injecting and post has real work: recover it, delete it, and
 * close the check run as cancelled. Real time, with the simulator's fast timing (one second of
 * chaos time is 10 ms).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { arrayAt, isObject, type JsonObject, objectAt } from '../../sim-cluster/core/json'
import { DEMO } from '../../sim-cluster/seed'
import { type SimCluster, startSimCluster } from '../../sim-cluster/sim-cluster'
import { DEPLOYED_SHA } from '../fixtures/payloads'
import { GitHubServer } from '../servers/github-server'
import { SlackServer } from '../servers/slack-server'
import { ActionJob } from './action-job'
import { bundleAction } from './bundle'
import type { RunningStep } from './runner-step'
import {
  chaosRecords,
  followObject,
  litmusRunning,
  meshInjecting,
  meshRecovered,
  type ObjectHistory,
  runLeftovers
} from './sim-faults'

jest.setTimeout(90_000)

const ROOT = join(__dirname, '../../..')
const FIXTURES = join(__dirname, 'sim-experiments')
const MESH = 'chaos-mesh.org/v1alpha1'
const LITMUS = 'litmuschaos.io/v1alpha1'

let dist: string
let cluster: SimCluster
let kubeconfig: string
let github: GitHubServer
let slack: SlackServer

beforeAll(async () => {
  dist = bundleAction()
  cluster = await startSimCluster({ seedDemo: true })
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'chaos-gate-e2e-sim-')), 'kubeconfig')
  await cluster.writeKubeconfig(kubeconfig)
}, 240_000)
afterAll(() => cluster.close())

beforeEach(async () => {
  github = await new GitHubServer().start()
  slack = await new SlackServer().start()
  // Pod kills and deletions of the previous test are replaced by now, or within moments.
  await cluster.objects.waitFor(
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: DEMO.namespace, name: DEMO.deployment },
    (d) => objectAt(d, 'status')?.['readyReplicas'] === 3
  )
})
afterEach(async () => {
  await github.close()
  await slack.close()
})

/** A job on the simulated cluster: the manifests in its workspace, the kubeconfig input set. */
function job(manifests: readonly string[], more: Record<string, string> = {}): ActionJob {
  return new ActionJob({
    dist,
    githubUrl: github.url,
    manifests,
    with: {
      kubeconfig,
      'github-token': 'ghs_e2e_token',
      'slack-webhook-url': slack.webhookUrl,
      ...more
    }
  })
}

const example = (name: string): string => join(ROOT, 'experiments', `${name}.yaml`)
const fixture = (name: string): string => join(FIXTURES, `${name}.yaml`)

function checkRunCalls() {
  return github.requests.filter((r) => r.path.includes('/check-runs'))
}

/** The annotations of every check-run request, one array per request. */
function annotationBatches(): unknown[][] {
  return checkRunCalls().map((r) => {
    const output = (r.body as { output?: { annotations?: unknown[] } }).output
    return output?.annotations ?? []
  })
}

/**
 * The chaos service account's Role and RoleBinding in 26 team namespaces: cluster setup kept
 * beside the experiments, matched by the default glob. The gate reads it and does not apply it
 * (one warning per document), which takes the check run's annotations past one request's 50.
 */
function teamRbac(dir: string): string {
  const docs = Array.from({ length: 26 }, (_, i) => `team-${i + 1}`).flatMap((ns) => [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'litmus-admin', namespace: ns },
      rules: [{ apiGroups: ['litmuschaos.io'], resources: ['*'], verbs: ['*'] }]
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'litmus-admin', namespace: ns },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'litmus-admin' },
      subjects: [{ kind: 'ServiceAccount', name: 'litmus-admin', namespace: ns }]
    }
  ])
  const path = join(dir, 'team-rbac.yaml')
  writeFileSync(path, docs.map((d) => stringify(d)).join('---\n'))
  return path
}

describe('the bundled action on the simulated cluster', () => {
  it('passes a Litmus ChaosEngine, a PodChaos and a NetworkChaos, reports everywhere, and leaves nothing', async () => {
    const rbac = teamRbac(mkdtempSync(join(tmpdir(), 'chaos-gate-e2e-rbac-')))
    const j = job([
      example('checkout-pod-delete'),
      example('checkout-pod-kill'),
      example('checkout-network-delay'),
      rbac
    ])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 0, stderr: '' })
    const runId = m.state['run-id'] ?? ''

    const [create, ...updates] = checkRunCalls()
    expect(create).toMatchObject({ method: 'POST', path: '/repos/acme/shop/check-runs' })
    expect(create?.body).toMatchObject({
      name: 'chaos-gate / staging',
      head_sha: DEPLOYED_SHA,
      status: 'in_progress',
      external_id: runId
    })
    // The verdict in the first update, then the annotations that did not fit, 50 per request.
    expect(updates.map((u) => u.method)).toEqual(['PATCH', 'PATCH'])
    expect(updates[0]?.body).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(updates[1]?.body).not.toHaveProperty('conclusion')
    expect(annotationBatches().map((b) => b.length)).toEqual([0, 50, 4])
    const [run] = github.checkRuns.values()
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(run?.output.title).toBe('Passed: 3 experiments held the steady state')
    expect(run?.output.summary).toContain(
      '**Environment** [staging](https://shop.staging.acme.example)'
    )
    expect(run?.output.summary).toContain('## ✅ Chaos Gate passed — staging')
    expect(run?.annotations).toHaveLength(54)
    expect(run?.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'experiments/checkout-network-delay.yaml',
          annotation_level: 'notice',
          title: 'chaos-gate: steady-state/none'
        }),
        expect.objectContaining({
          path: 'experiments/team-rbac.yaml',
          annotation_level: 'warning',
          title: 'chaos-gate: kubernetes/not-an-experiment'
        })
      ])
    )

    // The step shows 10 per level; the summary lists the rest.
    expect(m.stdout.match(/^::warning /gm)).toHaveLength(10)
    expect(m.summary).toContain('### 42 more findings')
    for (const name of ['checkout-pod-delete', 'checkout-pod-kill', 'checkout-network-delay'])
      expect(m.summary).toMatch(new RegExp(`\\| \`${name}\` \\| [a-z-]+ \\| \\d+ \\| ✅ pass \\|`))
    expect(m.summary).toContain('## ✅ Chaos Gate passed — staging')
    expect(m.summary).toContain(`removed NetworkChaos staging/gate-${runId}-checkout-network-delay`)
    expect(m.summary).toContain(`removed ChaosEngine staging/gate-${runId}-checkout-pod-delete`)

    expect(m.outputs).toMatchObject({ verdict: 'pass', passed: '3', failed: '0', 'run-id': runId })
    const report = JSON.parse(readFile(m.outputs['report-json'])) as {
      sha: string
      experiments: { name: string; backend: string; verdict: string }[]
    }
    expect(report.sha).toBe(DEPLOYED_SHA)
    expect(report.experiments.map((e) => [e.name, e.backend, e.verdict]).sort()).toEqual([
      ['checkout-network-delay', 'chaos-mesh', 'pass'],
      ['checkout-pod-delete', 'litmus', 'pass'],
      ['checkout-pod-kill', 'chaos-mesh', 'pass']
    ])
    const junit = readFile(m.outputs.junit)
    expect(junit.match(/<testcase /g)).toHaveLength(3)
    expect(junit).not.toContain('<failure')
    expect(slack.messages).toEqual([])

    expect(runLeftovers(cluster, runId)).toEqual([])
    const p = await j.post(m.state)
    expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 0, stderr: '' })
    expect(p.stdout).toContain('Cleanup by label found nothing left behind.')
    expect(checkRunCalls()).toHaveLength(3)
  })

  it('fails when Chaos Mesh never injects, with the check run, annotations and Slack naming why', async () => {
    const j = job([fixture('checkout-network-delay-refused'), example('checkout-pod-kill')])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 1, stderr: '' })
    const runId = m.state['run-id'] ?? ''
    expect(m.outputs).toMatchObject({ verdict: 'fail', passed: '1', failed: '1' })

    const [run] = github.checkRuns.values()
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.output.title).toBe('Failed: 1 of 2 experiments (fail 1)')
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'experiments/checkout-network-delay-refused.yaml',
        annotation_level: 'failure',
        title: 'chaos-gate: checkout-network-delay-refused fail',
        message: expect.stringContaining('the target refused the fault') as unknown
      })
    )
    expect(m.stdout).toMatch(
      /::error title=chaos-gate%3A checkout-network-delay-refused fail,file=experiments\/checkout-network-delay-refused.yaml,line=\d+/
    )
    expect(m.stdout).toContain('::error::Chaos gate failed on staging: Failed: 1 of 2 experiments')
    expect(m.summary).toContain('## ❌ Chaos Gate failed — staging')

    expect(slack.messages).toHaveLength(1)
    const message = slack.messages[0] as { text: string; blocks: unknown[] }
    expect(message.text).toBe(
      ':rotating_light: Chaos gate FAILED on staging for acme/shop@3f2a9c1 (fail: 1 of 2 experiments failed)'
    )
    const blocks = JSON.stringify(message.blocks)
    expect(blocks).toContain('checkout-network-delay-refused')
    expect(blocks).toContain('Chaos Mesh never injected the fault')
    expect(blocks).toContain('the target refused the fault')
    expect(blocks).not.toContain('checkout-pod-kill')

    expect(runLeftovers(cluster, runId)).toEqual([])
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(0)
  })

  // A hang would end in this test's timeout (a bound, not a timing: the gate takes seconds).
  it('fails (does not hang) on a fault stuck on its finalizer, naming it; post fails on it too', async () => {
    const j = job([fixture('checkout-network-delay-stuck')])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 1, stderr: '' })
    const runId = m.state['run-id'] ?? ''
    const name = `gate-${runId}-checkout-network-delay-stuck`
    const stuck = `NetworkChaos staging/${name}`
    const inspect = `kubectl get networkchaos.chaos-mesh.org ${name} -n staging -o yaml`
    expect(runLeftovers(cluster, runId)).toEqual([stuck])

    expect(m.outputs).toMatchObject({ verdict: 'error', failed: '1' })
    const [run] = github.checkRuns.values()
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'experiments/checkout-network-delay-stuck.yaml',
        annotation_level: 'failure',
        message: expect.stringContaining(`${stuck} is still present`) as unknown
      })
    )
    expect(m.summary).toContain(`${stuck} is still present`)
    expect(m.summary).toContain(inspect)
    expect(m.stdout).toContain(
      `::error title=chaos-gate%3A fault left behind::${stuck} is still present after cleanup`
    )
    expect(slack.messages[0]?.text).toMatch(
      /^:rotating_light: Chaos gate could not remove 1 fault object/
    )
    expect(JSON.stringify(slack.messages[0])).toContain(inspect)

    // Post tries again, finds it still stuck, and says so as loudly.
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(1)
    expect(p.stdout).toContain(
      `::error title=chaos-gate%3A fault left behind::${stuck} is still present`
    )
    expect(p.stdout).toContain(inspect)
    expect(p.summary).toContain('Cleanup could not remove 1 object(s).')
    expect(slack.messages).toHaveLength(2)
    expect(slack.messages[1]?.text).toMatch(
      /^:rotating_light: Chaos gate could not remove 1 fault object/
    )

    // The last resort is the person's, not the gate's; it frees the cluster for the next test.
    const ref = { apiVersion: MESH, kind: 'NetworkChaos', namespace: 'staging', name }
    cluster.objects.patch(ref, {
      metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
    })
    await cluster.objects.waitFor(ref, (o) => o === undefined)
  }, 60_000)
})

/**
 * The faults main is killed in the middle of. `watched` is the object that shows the fault at
 * work on the simulated cluster: the chaos object's records for Chaos Mesh, the ChaosResult the
 * experiment writes for Litmus. `injecting` and `stopped` read it.
 */
const KILLED_MID_FAULT = [
  {
    kind: 'NetworkChaos',
    apiVersion: MESH,
    manifest: 'checkout-network-delay-long',
    watched: (name: string) => ({ apiVersion: MESH, kind: 'NetworkChaos', name }),
    injecting: meshInjecting,
    // Recovered before it was deleted: every record back to Not Injected, Recover succeeded.
    stopped: (last: JsonObject | undefined) =>
      meshRecovered(last) &&
      arrayAt(chaosRecords(last)[0], 'events').some(
        (e) => isObject(e) && e['operation'] === 'Recover' && e['type'] === 'Succeeded'
      )
  },
  {
    kind: 'ChaosEngine',
    apiVersion: LITMUS,
    manifest: 'checkout-pod-delete-long',
    watched: (name: string) => ({
      apiVersion: LITMUS,
      kind: 'ChaosResult',
      name: `${name}-pod-delete`
    }),
    injecting: litmusRunning,
    // Stopped before it was deleted: the operator aborted the experiment (litmus-go's verdict).
    stopped: (last: JsonObject | undefined) =>
      objectAt(objectAt(last, 'status'), 'experimentStatus')?.['verdict'] === 'Stopped'
  }
] as const

type KilledFault = (typeof KILLED_MID_FAULT)[number]

/**
 * Resolves with the fault's name once main created it, recorded it and is in its during phase,
 * and the simulated operator says it is injecting.
 */
async function injecting(step: RunningStep, fault: KilledFault): Promise<string> {
  const line = await step.waitFor(new RegExp(`created ${fault.kind} staging/\\S+`))
  const name = /staging\/(\S+)/.exec(line)?.[1] ?? ''
  await step.waitFor(new RegExp(`\\[${fault.manifest}\\] during`))
  await cluster.objects.waitFor(watchedRef(fault, name), fault.injecting, 20_000)
  return name
}

function watchedRef(fault: KilledFault, name: string) {
  return { namespace: 'staging', ...fault.watched(name) }
}

describe('the bundled action on the simulated cluster, cancelled or killed mid-fault', () => {
  it.each(KILLED_MID_FAULT)(
    'post stops and removes the $kind a SIGKILLed main left injecting, and closes the check run as cancelled',
    async (fault) => {
      const j = job([fixture(fault.manifest)], { 'slack-notify': 'always' })
      let name = ''
      const m = await j.main((step) => {
        void injecting(step, fault).then((n) => {
          name = n
          step.kill('SIGKILL')
        })
      })
      expect(m.signal).toBe('SIGKILL')
      expect(m.state.progress).toBe('started')
      const runId = m.state['run-id'] ?? ''
      const ref = { apiVersion: fault.apiVersion, kind: fault.kind, namespace: 'staging', name }
      const object = `${fault.kind} staging/${name}`
      // Still injecting after main died, labelled for the run and the deployed commit.
      expect(cluster.objects.get(ref)?.metadata).toMatchObject({
        labels: {
          'chaos-gate.dev/run-id': runId,
          'chaos-gate.dev/sha': DEPLOYED_SHA,
          'chaos-gate.dev/experiment': fault.manifest
        }
      })
      expect(fault.injecting(cluster.objects.get(watchedRef(fault, name)))).toBe(true)
      expect(runLeftovers(cluster, runId)).toContain(object)
      expect(j.runState(m).experiments[fault.manifest]?.handle?.name).toBe(name)
      expect([...github.checkRuns.values()][0]).toMatchObject({ status: 'in_progress' })
      const faultHistory = followObject(cluster, ref)
      const watchedHistory = followObject(cluster, watchedRef(fault, name))

      const p = await j.post(m.state)
      expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 0, stderr: '' })
      expect(p.stdout).not.toMatch(/^::(error|warning)/m)
      await faultHistory.deletedAt
      await watchedHistory.deletedAt
      expect(fault.stopped(watchedHistory.versions.at(-1))).toBe(true)
      expect(runLeftovers(cluster, runId)).toEqual([])
      expect(j.runState(m).cleanups).toEqual([
        expect.objectContaining({ by: 'action post', clean: true })
      ])

      const [run] = github.checkRuns.values()
      expect(run).toMatchObject({ status: 'completed', conclusion: 'cancelled' })
      expect(checkRunCalls().map((r) => r.method)).toEqual(['POST', 'GET', 'PATCH'])
      const known = [
        '- Main stopped before it reported: it crashed or was killed.',
        `- Faults submitted: ${fault.manifest}.`,
        `- Faults main never cleaned up, aborted and now gone: ${object}.`
      ]
      for (const line of known) {
        expect(run?.output.summary).toContain(line)
        expect(p.summary).toContain(line)
      }
      expect(run?.output.summary).toContain(
        '**Environment** [staging](https://shop.staging.acme.example)'
      )
      expect(slack.messages).toHaveLength(1)
      expect(slack.messages[0]?.text).toMatch(
        /^:warning: Chaos gate could not run on staging .*main stopped before it reported/
      )
    }
  )

  it("on SIGINT, main recovers and deletes its NetworkChaos by itself, well inside the runner's window", async () => {
    const timings: CancelTiming[] = []
    for (let attempt = 0; attempt < 3; attempt++) timings.push(await cancelMidFault())
    process.stdout.write(
      `SIGINT → cleanup on the simulated cluster (ms): ${JSON.stringify(timings)}\n`
    )
  })
})

/** Milliseconds from SIGINT to each step of main's own cleanup. */
interface CancelTiming {
  /** The engine's abort returned (run-state `abortedAt`): the fault recovered, then deleted. */
  readonly aborted: number
  /** The engine's cleanup by label returned (run-state `cleanedAt`). */
  readonly cleaned: number
  /** The NetworkChaos left the cluster, as the simulated API server saw it. */
  readonly gone: number
  /** Main exited by itself, after closing the check run. */
  readonly exited: number
}

/** One cancellation: SIGINT while the fault injects; main must clean up and exit on its own. */
async function cancelMidFault(): Promise<CancelTiming> {
  const j = job([fixture('checkout-network-delay-long')])
  let signalledAt = 0
  let history: ObjectHistory | undefined
  const m = await j.main((step) => {
    void injecting(step, KILLED_MID_FAULT[0]).then((name) => {
      history = followObject(cluster, watchedRef(KILLED_MID_FAULT[0], name))
      signalledAt = Date.now()
      step.kill('SIGINT')
    })
  })
  const exitedAt = Date.now()
  // Exit 1 by itself: no signal, and not the watchdog (it says so on stderr).
  expect({ exit: m.exitCode, signal: m.signal, stderr: m.stderr }).toEqual({
    exit: 1,
    signal: null,
    stderr: ''
  })
  expect(m.stdout).toContain('::error::The gate was cancelled (received SIGINT)')
  const runId = m.state['run-id'] ?? ''
  const goneAt = (await history?.deletedAt) ?? NaN
  expect(goneAt).toBeLessThanOrEqual(exitedAt)
  expect(meshRecovered(history?.versions.at(-1))).toBe(true)
  expect(runLeftovers(cluster, runId)).toEqual([])
  expect([...github.checkRuns.values()].at(-1)).toMatchObject({
    status: 'completed',
    conclusion: 'cancelled'
  })
  expect(m.state).toMatchObject({ progress: 'interrupted', 'check-run-completed': 'true' })
  const fault = j.runState(m).experiments['checkout-network-delay-long']

  // Nothing left for post.
  const p = await j.post(m.state)
  expect(p.exitCode).toBe(0)
  expect(p.stdout).toContain('Cleanup by label found nothing left behind.')
  return {
    aborted: (fault?.abortedAt ?? NaN) - signalledAt,
    cleaned: (fault?.cleanedAt ?? NaN) - signalledAt,
    gone: goneAt - signalledAt,
    exited: exitedAt - signalledAt
  }
}

function readFile(path: string | undefined): string {
  return readFileSync(path ?? '', 'utf8')
}
