/**
 * The contract every Kubernetes backend keeps (style.md rule 35), run against the in-memory port:
 * submit is idempotent, abort is idempotent and 404-tolerant, cleanup finds the run's objects by
 * label alone, observe follows by watch and sleeps only until the deadlines the backend declares,
 * and what is created is named and labelled deterministically. A backend's test file calls
 * describeKubeBackendContract once per kind of fault it runs.
 */
import type { Backend, Handle, RunContext } from '../../src/backends/backend'
import { runLabels } from '../../src/backends/labels'
import type { Experiment } from '../../src/manifest/model'
import { silentLog } from '../../src/util/log'
import { FakeClock } from './clock'
import type { FakeKube } from './fake-kube'

/** A backend on a fake cluster that has everything the experiment needs. */
export interface ContractSubject {
  readonly backend: Backend
  readonly kube: FakeKube
  readonly experiment: Experiment
  /** The kind the backend creates for the experiment. */
  readonly kind: string
  /** Plays the operator (or the workload controller): brings the submitted fault to its end. */
  finish(handle: Handle): void
  /**
   * The moments (epoch ms) observe may wake up at on its own, as the backend declares them in the
   * handle and its configured bounds: an injection bound, a window's end, a restore timeout. Some
   * answers change with time alone; any other sleep is polling.
   */
  deadlines(handle: Handle): readonly number[]
}

function context(runId: string, experiment: string, clock = new FakeClock()): RunContext {
  return {
    runId,
    clock,
    log: silentLog,
    signal: new AbortController().signal,
    labels: runLabels(runId, experiment),
    deadline: clock.now() + 600_000
  }
}

/** What observing a subject to its end showed. */
export interface ObserveRun {
  readonly terminal: boolean
  /** When the backend asked the clock to wake it up, that no declared deadline explains. */
  readonly strayWakeups: readonly number[]
  /** Virtual time that passed: none when the end came by watch, as it should. */
  readonly elapsedMs: number
}

/** Submits, lets the operator finish on the first watch, and follows observe to its end. */
export async function observeToTheEnd(s: ContractSubject): Promise<ObserveRun> {
  const clock = new FakeClock()
  const start = clock.now()
  const ctx = context('r1', s.experiment.name, clock)
  const handle = await s.backend.submit(s.experiment, ctx)
  s.kube.onWatch = () => s.finish(handle)
  let terminal = false
  for await (const o of s.backend.observe(handle, ctx)) terminal = o.terminal
  const declared = s.deadlines(handle)
  return {
    terminal,
    strayWakeups: clock.wakeups.filter((at) => !declared.includes(at)),
    elapsedMs: clock.now() - start
  }
}

export function describeKubeBackendContract(name: string, make: () => ContractSubject): void {
  describe(`${name}: the Kubernetes backend contract`, () => {
    it('names the object gate-<run>-<experiment> (at most 63 characters) and labels it with the run', async () => {
      const s = make()
      const handle = await s.backend.submit(s.experiment, context('r1', s.experiment.name))
      expect(handle.name).toMatch(/^gate-r1-/)
      expect(handle.name.length).toBeLessThanOrEqual(63)
      const created = s.kube.all(s.kind)
      expect(created).toHaveLength(1)
      expect(created[0]?.metadata.labels).toMatchObject(runLabels('r1', s.experiment.name))
    })

    it('submit is idempotent: the same run and experiment adopt the one object', async () => {
      const s = make()
      const first = await s.backend.submit(s.experiment, context('r1', s.experiment.name))
      const second = await s.backend.submit(s.experiment, context('r1', s.experiment.name))
      expect(second).toEqual(first)
      expect(s.kube.all(s.kind)).toHaveLength(1)
    })

    it('abort is idempotent, and an object that is gone is already stopped', async () => {
      const s = make()
      const ctx = context('r1', s.experiment.name)
      const handle = await s.backend.submit(s.experiment, ctx)
      await s.backend.abort(handle, ctx)
      await s.backend.abort(handle, ctx)
      await expect(
        s.backend.abort({ ...handle, name: `${handle.name}-gone` }, ctx)
      ).resolves.toBeUndefined()
    })

    it("cleanup finds the run's objects by label alone and leaves everyone else's", async () => {
      const s = make()
      await s.backend.submit(s.experiment, context('r1', s.experiment.name))
      await s.backend.submit(s.experiment, context('r2', s.experiment.name))
      const report = await s.backend.cleanup(
        { runId: 'r1', namespaces: [s.experiment.namespace ?? 'default'], handles: [] },
        context('r1', s.experiment.name)
      )
      expect(report.errors).toEqual([])
      expect(report.stuck).toEqual([])
      const left = s.kube.all(s.kind).map((o) => o.metadata.labels?.['chaos-gate.dev/run-id'])
      expect(left).toEqual(['r2'])
    })

    it("an experiment's own cleanup leaves the run's other experiments injecting", async () => {
      const s = make()
      const other = { ...s.experiment, name: 'other' }
      await s.backend.submit(s.experiment, context('r1', s.experiment.name))
      const kept = await s.backend.submit(other, context('r1', other.name))
      const report = await s.backend.cleanup(
        {
          runId: 'r1',
          experiment: s.experiment.name,
          namespaces: [s.experiment.namespace ?? 'default'],
          handles: [kept]
        },
        context('r1', s.experiment.name)
      )
      expect(report.errors).toEqual([])
      expect(s.kube.all(s.kind).map((o) => o.metadata.name)).toEqual([kept.name])
    })

    it('observe follows by watch to the end, sleeping only until the deadlines it declares', async () => {
      const run = await observeToTheEnd(make())
      expect(run).toEqual({ terminal: true, strayWakeups: [], elapsedMs: 0 })
    })
  })
}
