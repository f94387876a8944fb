import { cleanupRun } from '../../src/gate/cleanup-run'
import { type RunState, RunStateStore } from '../../src/gate/run-state'
import { silentLog } from '../../src/util/log'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from './fakes/fake-backend'

const state: RunState = {
  version: 1,
  runId: 'r9',
  environment: 'staging',
  pid: 1,
  startedAt: 0,
  updatedAt: 0,
  status: 'running',
  cleanups: [],
  experiments: {
    a: {
      backend: 'local',
      namespaces: ['shop'],
      handle: { backend: 'local', experiment: 'a', kind: 'PodChaos', name: 'gate-r9-a' }
    },
    b: { backend: 'local', namespaces: ['pay'] },
    c: { backend: 'litmus', namespaces: ['x'] }
  }
}

describe('cleanupRun', () => {
  it('aborts every recorded handle, cleans each backend by label, and records the result', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock)
    const saved: RunState[] = []
    const store = new RunStateStore(async (s) => void saved.push(s), clock, 1)
    const record = await cleanupRun(
      state,
      {
        backends: async (kind) => {
          if (kind !== 'local')
            throw new Error(`the ${kind} backend is not available in this build`)
          return backend
        },
        clock,
        log: silentLog,
        by: 'action post'
      },
      store
    )
    expect(backend.calls).toEqual(['abort', 'cleanup'])
    expect(backend.selectors[0]).toEqual({
      runId: 'r9',
      namespaces: ['shop', 'pay'],
      handles: [state.experiments.a?.handle]
    })
    expect(record).toMatchObject({
      by: 'action post',
      clean: false,
      reports: [
        { backend: 'local', deleted: ['gate-r9-a'], errors: [] },
        { backend: 'litmus', errors: ['litmus: the litmus backend is not available in this build'] }
      ]
    })
    expect(saved.at(-1)?.cleanups).toEqual([record])
  })
})
