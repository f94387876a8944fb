import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { fileRunState, readRunState, runStatePath } from '../../src/gate/run-state/run-state'
import { InputError } from '../../src/util/errors'
import { FakeClock } from '../fakes/clock'

const handle = {
  backend: 'local',
  experiment: 'checkout',
  kind: 'http-proxy',
  name: 'gate-r1-checkout'
} as const

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'chaos-gate-state-'))
}

describe('the run-state file', () => {
  it('is written atomically after each change and reads back as it was written', async () => {
    const dir = await tempDir()
    const clock = new FakeClock()
    const store = fileRunState(dir, clock, 99)
    await store.begin({
      runId: 'r1',
      environment: 'staging',
      startedAt: clock.now(),
      experiments: { checkout: { backend: 'local', namespaces: [] } }
    })
    await store.submitted('checkout', handle)
    clock.advance(1000)
    await Promise.all([
      store.aborted('checkout', 'errors breached'),
      store.cleaned('checkout', { deleted: ['x'], stuck: [], errors: [] })
    ])
    await store.finished('finished')
    expect(await readdir(dir)).toEqual(['r1.json'])
    const state = await readRunState(dir, 'r1')
    expect(state).toEqual(store.current)
    expect(state).toMatchObject({
      pid: 99,
      status: 'finished',
      experiments: {
        checkout: { handle, abortReason: 'errors breached', cleanup: { deleted: ['x'] } }
      }
    })
  })

  it('finds the latest run when no id is given', async () => {
    const dir = await tempDir()
    const clock = new FakeClock()
    for (const [runId, at] of [
      ['old', 1],
      ['new', 3],
      ['mid', 2]
    ] as const) {
      await fileRunState(dir, clock, 1).begin({
        runId,
        environment: 'e',
        startedAt: at,
        experiments: {}
      })
    }
    await writeFile(join(dir, 'junk.json'), '{"not": "a run"}')
    expect((await readRunState(dir))?.runId).toBe('new')
  })

  it('is undefined when there is no state', async () => {
    expect(await readRunState(await tempDir(), 'missing')).toBeUndefined()
    expect(await readRunState(join(tmpdir(), 'chaos-gate-no-such-dir'))).toBeUndefined()
  })

  it('reports a state directory it cannot read instead of finding no run', async () => {
    const dir = await tempDir()
    const notADir = join(dir, 'state')
    await writeFile(notADir, 'a file, not a directory')
    await expect(readRunState(notADir)).rejects.toThrow(/state: cannot read the state directory/)
  })

  it('refuses to pick the latest run past a damaged file, which may be the latest', async () => {
    const dir = await tempDir()
    const store = fileRunState(dir, new FakeClock(), 1)
    await store.begin({ runId: 'old', environment: 'staging', startedAt: 1, experiments: {} })
    await writeFile(runStatePath(dir, 'bad'), JSON.stringify({ version: 1, runId: 'bad' }))
    await expect(readRunState(dir)).rejects.toThrow(/bad.json: not a valid run-state file/)
  })

  it('refuses a damaged file, naming the file and the field', async () => {
    const dir = await tempDir()
    await writeFile(
      runStatePath(dir, 'bad'),
      JSON.stringify({ version: 1, runId: 'bad', experiments: 3 })
    )
    await expect(readRunState(dir, 'bad')).rejects.toThrow(
      /bad.json: not a valid run-state file: environment/
    )
    await writeFile(runStatePath(dir, 'cut'), '{"version": 1, "ru')
    await expect(readRunState(dir, 'cut')).rejects.toThrow(/cut.json: not a run-state file/)
  })

  it('leaves no temporary files behind', async () => {
    const dir = await tempDir()
    const store = fileRunState(dir, new FakeClock(), 7)
    await store.begin({ runId: 'r2', environment: 'e', startedAt: 0, experiments: {} })
    await store.finished('finished')
    expect(await readdir(dir)).toEqual(['r2.json'])
    expect(JSON.parse(await readFile(join(dir, 'r2.json'), 'utf8'))).toMatchObject({
      status: 'finished'
    })
  })

  describe('a run id another process is running', () => {
    const start = {
      runId: 'shared',
      environment: 'staging',
      startedAt: Date.UTC(2026, 11, 6, 12),
      experiments: { checkout: { backend: 'local' as const, namespaces: [] } }
    }
    async function firstRun(dir: string, status: 'running' | 'finished'): Promise<string> {
      const first = fileRunState(dir, new FakeClock(start.startedAt), 4242)
      await first.begin(start)
      if (status === 'finished') await first.finished('finished')
      return readFile(runStatePath(dir, 'shared'), 'utf8')
    }

    it('is refused while that process is alive, naming it, and its state is left alone', async () => {
      const dir = await tempDir()
      const before = await firstRun(dir, 'running')
      const second = fileRunState(dir, new FakeClock(), 99, { isProcessAlive: (p) => p === 4242 })
      const refused = second.begin(start)
      await expect(refused).rejects.toThrow(InputError)
      await expect(refused).rejects.toThrow(
        "Invalid input 'run-id': run id 'shared' belongs to a run still in progress: process 4242 started it at 2026-12-06T12:00:00.000Z and is alive. Wait for it to finish, stop it (kill -INT 4242), or use another --run-id"
      )
      expect(await readFile(runStatePath(dir, 'shared'), 'utf8')).toBe(before)
    })

    it('is taken over when that process is gone, or its run finished', async () => {
      for (const [status, alive] of [
        ['running', false],
        ['finished', true]
      ] as const) {
        const dir = await tempDir()
        await firstRun(dir, status)
        const second = fileRunState(dir, new FakeClock(), 99, { isProcessAlive: () => alive })
        await second.begin(start)
        expect(await readRunState(dir, 'shared')).toMatchObject({ pid: 99, status: 'running' })
      }
    })
  })
})
