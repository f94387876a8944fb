import type { Backend, Handle } from '../../src/backends/backend'
import { cleanupRun } from '../../src/gate/cleanup-run'
import { RunStateStore } from '../../src/gate/run-state/run-state'
import { type RunState } from '../../src/gate/run-state/run-state-model'
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

  it('counts an object whose abort failed and that cleanup reports stuck once, as stuck', async () => {
    const handle = (name: string): Handle => ({
      backend: 'chaos-mesh',
      experiment: name,
      kind: 'NetworkChaos',
      namespace: 'staging',
      name: `gate-r9-${name}`
    })
    const stuck = handle('stuck')
    const refused = handle('refused')
    const backend: Backend = {
      kind: 'chaos-mesh',
      check: () => [],
      preflight: () => Promise.reject(new Error('not used')),
      submit: () => Promise.reject(new Error('not used')),
      observe: () => {
        throw new Error('not used')
      },
      abort: (h) => Promise.reject(new Error(`paused, but 1 target of ${h.name} still injected`)),
      cleanup: async () => ({
        deleted: ['NetworkChaos staging/gate-r9-refused'],
        stuck: [
          {
            ref: 'NetworkChaos staging/gate-r9-stuck',
            reason: 'held by finalizer chaos-mesh/records',
            inspect: 'kubectl get networkchaos.chaos-mesh.org gate-r9-stuck -n staging -o yaml'
          }
        ],
        errors: []
      })
    }
    const record = await cleanupRun(
      {
        ...state,
        experiments: {
          stuck: { backend: 'chaos-mesh', namespaces: ['staging'], handle: stuck },
          refused: { backend: 'chaos-mesh', namespaces: ['staging'], handle: refused }
        }
      },
      { backends: async () => backend, clock: new FakeClock(), log: silentLog, by: 'action post' }
    )
    expect(record.reports).toEqual([
      expect.objectContaining({
        stuck: [expect.objectContaining({ ref: 'NetworkChaos staging/gate-r9-stuck' })],
        // The refused object's abort error stays: nothing else explains it.
        errors: [
          'aborting NetworkChaos gate-r9-refused failed: paused, but 1 target of gate-r9-refused still injected'
        ]
      })
    ])
  })
})
