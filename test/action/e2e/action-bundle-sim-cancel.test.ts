/**
 * The bundled action against the simulated cluster when main does not finish: SIGKILLed while a
 * Chaos Mesh or Litmus fault injects (post must stop it through the safe path, delete it and close
 * the check run as cancelled), and SIGINT, the runner's cancellation (main must clean up by
 * itself). Faults really exist on the cluster here, so post has real work, and the simulated
 * operators' records show whether a fault was recovered before it was deleted. Prints the
 * measured SIGINT → cleanup times.
 */
import { arrayAt, isObject, type JsonObject, objectAt } from '@chaos-gate/sim-cluster/core/json'

import { DEPLOYED_SHA } from '../fixtures/payloads'
import type { RunningStep } from './runner-step'
import { fixture, LITMUS, MESH, simActionEnv } from './sim-action-env'
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

const env = simActionEnv()

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
/** What `injecting` reads of a fault: any manifest with the same kind of fault. */
type WatchedFault = Pick<KilledFault, 'kind' | 'watched' | 'injecting'> & {
  readonly manifest: string
}

/**
 * Resolves with the fault's name once main created it, recorded it and is in its during phase,
 * and the simulated operator says it is injecting.
 */
async function injecting(step: RunningStep, fault: WatchedFault): Promise<string> {
  const line = await step.waitFor(new RegExp(`created ${fault.kind} staging/\\S+`))
  const name = /staging\/(\S+)/.exec(line)?.[1] ?? ''
  await step.waitFor(new RegExp(`\\[${fault.manifest}\\] during`))
  await env.cluster.objects.waitFor(watchedRef(fault, name), fault.injecting, 20_000)
  return name
}

function watchedRef(fault: WatchedFault, name: string) {
  return { namespace: 'staging', ...fault.watched(name) }
}

describe('the bundled action on the simulated env.cluster, cancelled or killed mid-fault', () => {
  it.each(KILLED_MID_FAULT)(
    'post stops and removes the $kind a SIGKILLed main left injecting, and concludes the check run failure',
    async (fault) => {
      const j = env.job([fixture(fault.manifest)], { 'slack-notify': 'always' })
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
      expect(env.cluster.objects.get(ref)?.metadata).toMatchObject({
        labels: {
          'chaos-gate.dev/run-id': runId,
          'chaos-gate.dev/sha': DEPLOYED_SHA,
          'chaos-gate.dev/experiment': fault.manifest
        }
      })
      expect(fault.injecting(env.cluster.objects.get(watchedRef(fault, name)))).toBe(true)
      expect(runLeftovers(env.cluster, runId)).toContain(object)
      expect(j.runState(m).experiments[fault.manifest]?.handle?.name).toBe(name)
      expect([...env.github.checkRuns.values()][0]).toMatchObject({ status: 'in_progress' })
      const faultHistory = followObject(env.cluster, ref)
      const watchedHistory = followObject(env.cluster, watchedRef(fault, name))

      const p = await j.post(m.state)
      // Main never wrote a verdict: post fails the job, and says only that.
      expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 1, stderr: '' })
      expect(p.stdout.match(/^::(error|warning).*/gm)).toEqual([
        expect.stringMatching(/^::error::Chaos gate run .*: main ended without a verdict/)
      ])
      await faultHistory.deletedAt
      await watchedHistory.deletedAt
      expect(fault.stopped(watchedHistory.versions.at(-1))).toBe(true)
      expect(runLeftovers(env.cluster, runId)).toEqual([])
      expect(j.runState(m).cleanups).toEqual([
        expect.objectContaining({ by: 'action post', clean: true })
      ])

      const [run] = env.github.checkRuns.values()
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
      expect(env.checkRunCalls().map((r) => r.method)).toEqual(['POST', 'GET', 'PATCH'])
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
      expect(env.slack.messages).toHaveLength(1)
      expect(env.slack.messages[0]?.text).toMatch(
        /^:warning: Chaos gate could not run on staging .*main stopped before it reported/
      )
    }
  )

  it('on SIGINT with the fault stuck on its finalizer, main ends by itself with an ::error naming it', async () => {
    const j = env.job([fixture('checkout-network-delay-stuck-long')])
    const fault = { ...KILLED_MID_FAULT[0], manifest: 'checkout-network-delay-stuck-long' }
    let name = ''
    const m = await j.main((step) => {
      void injecting(step, fault).then((n) => {
        name = n
        step.kill('SIGINT')
      })
    })
    // By itself inside the runner's 10 s: the watchdog would say so on stderr.
    expect({ exit: m.exitCode, signal: m.signal, stderr: m.stderr }).toEqual({
      exit: 1,
      signal: null,
      stderr: ''
    })
    const stuck = `NetworkChaos staging/${name}`
    expect(m.stdout).toContain(
      `::error title=chaos-gate%3A fault left behind::${stuck} is still present after cleanup`
    )
    expect(m.stdout).toContain(`kubectl get networkchaos.chaos-mesh.org ${name} -n staging -o yaml`)
    expect(runLeftovers(env.cluster, m.state['run-id'] ?? '')).toEqual([stuck])
    // Freed for the next test, as a person would.
    const ref = { apiVersion: MESH, kind: 'NetworkChaos', namespace: 'staging', name }
    env.cluster.objects.patch(ref, {
      metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
    })
    await env.cluster.objects.waitFor(ref, (o) => o === undefined)
  })

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
  /** The NetworkChaos left the env.cluster, as the simulated API server saw it. */
  readonly gone: number
  /** Main exited by itself, after closing the check run. */
  readonly exited: number
}

/** One cancellation: SIGINT while the fault injects; main must clean up and exit on its own. */
async function cancelMidFault(): Promise<CancelTiming> {
  const j = env.job([fixture('checkout-network-delay-long')])
  let signalledAt = 0
  let history: ObjectHistory | undefined
  const m = await j.main((step) => {
    void injecting(step, KILLED_MID_FAULT[0]).then((name) => {
      history = followObject(env.cluster, watchedRef(KILLED_MID_FAULT[0], name))
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
  expect(runLeftovers(env.cluster, runId)).toEqual([])
  expect([...env.github.checkRuns.values()].at(-1)).toMatchObject({
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
