/**
 * The contract's observe check must catch a backend that polls, and one that waits out its
 * deadline instead of following the watch: both are wrong however plausible their sleeps look.
 */
import type { Backend, Handle, Observation, RunContext } from '../../src/backends/backend'
import { makeExperiment } from '../gate/fakes/gate-fixtures'
import { FakeKube } from './fake-kube'
import { type ContractSubject, observeToTheEnd } from './kube-backend-contract'

const DEADLINE_MS = 30_000

/** A fault as a ConfigMap the "operator" marks done; `follow` is how observe waits for that. */
function subject(follow: 'poll' | 'deadline'): ContractSubject {
  const kube = new FakeKube()
  const ref = (h: Handle) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'ns',
    name: h.name
  })
  const done = async (h: Handle) => (await kube.get(ref(h)))?.data !== undefined
  async function* observe(h: Handle, ctx: RunContext): AsyncGenerator<Observation> {
    const end = Number(h.data?.submittedAt) + DEADLINE_MS
    let finished = await done(h)
    // Subscribes (so the operator acts), then ignores what the watch says.
    void kube.watch(ref(h), {}, ctx.signal).next()
    while (!finished) {
      await ctx.clock.sleep(follow === 'poll' ? 2_000 : end - ctx.clock.now(), ctx.signal)
      finished = await done(h)
    }
    yield { at: ctx.clock.now(), phase: 'finished', message: 'done', terminal: true }
  }
  const backend: Backend = {
    kind: 'kubernetes',
    check: () => [],
    preflight: async () => ({ warnings: [], issues: [] }),
    submit: async (exp, ctx) => {
      const name = `gate-${ctx.runId}-${exp.name}`
      await kube.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'ns' }
      })
      return {
        backend: 'kubernetes',
        experiment: exp.name,
        kind: 'ConfigMap',
        name,
        namespace: 'ns',
        data: { submittedAt: String(ctx.clock.now()) }
      }
    },
    observe,
    abort: async () => undefined,
    cleanup: async () => ({ deleted: [], stuck: [], errors: [] })
  }
  return {
    backend,
    kube,
    experiment: makeExperiment(),
    kind: 'ConfigMap',
    finish: (h) => {
      const object = kube.peek(ref(h))
      if (object && object.data === undefined) kube.write({ ...object, data: { done: 'yes' } })
    },
    deadlines: (h) => [Number(h.data?.submittedAt) + DEADLINE_MS]
  }
}

describe('the Kubernetes backend contract on observe', () => {
  it('catches a poll loop: its wake-ups are no declared deadline', async () => {
    const run = await observeToTheEnd(subject('poll'))
    expect(run.terminal).toBe(true)
    expect(run.strayWakeups).toHaveLength(1)
    expect(run.elapsedMs).toBe(2_000)
  })

  it('catches a backend that waits out its deadline instead of following the watch', async () => {
    const run = await observeToTheEnd(subject('deadline'))
    expect(run.strayWakeups).toEqual([])
    expect(run.elapsedMs).toBe(DEADLINE_MS)
  })
})
