/**
 * The bundled action against the simulated cluster, run as the runner runs it (dist/main.js, then
 * dist/post.js with the STATE_* main saved), over https with the cluster's kubeconfig in a temp
 * file passed as the `kubeconfig` input: a gate that passes, one that fails, and one whose fault
 * is stuck on its finalizer. Real time, with the simulator's fast timing (one second of chaos time
 * is 10 ms). Killed and cancelled runs: action-bundle-sim-cancel.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { DEPLOYED_SHA } from '../fixtures/payloads'
import { example, fixture, MESH, simActionEnv } from './sim-action-env'
import { runLeftovers } from './sim-faults'

jest.setTimeout(90_000)

const env = simActionEnv()

/** The annotations of every check-run request, one array per request. */
function annotationBatches(): unknown[][] {
  return env.checkRunCalls().map((r) => {
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
    const j = env.job([
      example('checkout-pod-delete'),
      example('checkout-pod-kill'),
      example('checkout-network-delay'),
      rbac
    ])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 0, stderr: '' })
    const runId = m.state['run-id'] ?? ''

    const [create, ...updates] = env.checkRunCalls()
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
    const [run] = env.github.checkRuns.values()
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
    expect(env.slack.messages).toEqual([])

    expect(runLeftovers(env.cluster, runId)).toEqual([])
    const p = await j.post(m.state)
    expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 0, stderr: '' })
    expect(p.stdout).toContain('Cleanup by label found nothing left behind.')
    expect(env.checkRunCalls()).toHaveLength(3)
  })

  it('fails when Chaos Mesh never injects, with the check run, annotations and Slack naming why', async () => {
    const j = env.job([fixture('checkout-network-delay-refused'), example('checkout-pod-kill')])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 1, stderr: '' })
    const runId = m.state['run-id'] ?? ''
    expect(m.outputs).toMatchObject({ verdict: 'fail', passed: '1', failed: '1' })

    const [run] = env.github.checkRuns.values()
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

    expect(env.slack.messages).toHaveLength(1)
    const message = env.slack.messages[0] as { text: string; blocks: unknown[] }
    expect(message.text).toBe(
      ':rotating_light: Chaos gate FAILED on staging for acme/shop@3f2a9c1 (fail: 1 of 2 experiments failed)'
    )
    const blocks = JSON.stringify(message.blocks)
    expect(blocks).toContain('checkout-network-delay-refused')
    expect(blocks).toContain('Chaos Mesh never injected the fault')
    expect(blocks).toContain('the target refused the fault')
    expect(blocks).not.toContain('checkout-pod-kill')

    expect(runLeftovers(env.cluster, runId)).toEqual([])
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(0)
  })

  // A hang would end in this test's timeout (a bound, not a timing: the gate takes seconds).
  it('fails (does not hang) on a fault stuck on its finalizer, naming it; post fails on it too', async () => {
    const j = env.job([fixture('checkout-network-delay-stuck')])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 1, stderr: '' })
    const runId = m.state['run-id'] ?? ''
    const name = `gate-${runId}-checkout-network-delay-stuck`
    const stuck = `NetworkChaos staging/${name}`
    const inspect = `kubectl get networkchaos.chaos-mesh.org ${name} -n staging -o yaml`
    expect(runLeftovers(env.cluster, runId)).toEqual([stuck])

    expect(m.outputs).toMatchObject({ verdict: 'error', failed: '1' })
    const [run] = env.github.checkRuns.values()
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
    expect(env.slack.messages[0]?.text).toMatch(
      /^:rotating_light: Chaos gate could not remove 1 fault object/
    )
    expect(JSON.stringify(env.slack.messages[0])).toContain(inspect)

    // Post tries again, finds it still stuck, and says so as loudly.
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(1)
    expect(p.stdout).toContain(
      `::error title=chaos-gate%3A fault left behind::${stuck} is still present`
    )
    expect(p.stdout).toContain(inspect)
    expect(p.summary).toContain('Cleanup could not remove 1 object(s).')
    expect(env.slack.messages).toHaveLength(2)
    expect(env.slack.messages[1]?.text).toMatch(
      /^:rotating_light: Chaos gate could not remove 1 fault object/
    )

    // The last resort is the person's, not the gate's; it frees the cluster for the next test.
    const ref = { apiVersion: MESH, kind: 'NetworkChaos', namespace: 'staging', name }
    env.cluster.objects.patch(ref, {
      metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
    })
    await env.cluster.objects.waitFor(ref, (o) => o === undefined)
  }, 60_000)
})

function readFile(path: string | undefined): string {
  return readFileSync(path ?? '', 'utf8')
}
