/**
 * The contract every Kubernetes backend keeps (style.md rule 35), run against the in-memory port:
 * submit is idempotent, abort is idempotent and 404-tolerant, cleanup finds the run's objects by
 * label alone, observe follows by watch without sleeping, and what is created is named and
 * labelled deterministically. A backend's test file calls describeKubeBackendContract once.
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
  /** Plays the operator: brings the submitted fault to a final status. */
  finish(handle: Handle): void
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

    it('observe follows by watch to the end without sleeping', async () => {
      const s = make()
      const clock = new FakeClock()
      const ctx = context('r1', s.experiment.name, clock)
      const handle = await s.backend.submit(s.experiment, ctx)
      s.kube.onWatch = () => s.finish(handle)
      let terminal = false
      for await (const o of s.backend.observe(handle, ctx)) terminal = o.terminal
      expect(terminal).toBe(true)
      expect(clock.sleeps).toEqual([])
    })
  })
}
