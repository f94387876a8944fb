import { FakeClock } from '../fakes/clock'

describe('FakeClock', () => {
  it('wakes concurrent sleepers in virtual-time order without real waiting', async () => {
    const clock = new FakeClock(0)
    const order: string[] = []
    const loop = async (name: string, every: number, times: number) => {
      for (let i = 0; i < times; i++) {
        await clock.sleep(every)
        order.push(`${name}@${clock.now()}`)
      }
    }
    await Promise.all([loop('a', 15_000, 3), loop('b', 10_000, 3)])
    expect(order).toEqual(['b@10000', 'a@15000', 'b@20000', 'a@30000', 'b@30000', 'a@45000'])
    expect(clock.wakeups).toEqual([15_000, 10_000, 20_000, 30_000, 30_000, 45_000])
  })

  it('rejects a sleeper whose signal aborts, and forgets its timer', async () => {
    const clock = new FakeClock(0)
    const controller = new AbortController()
    const sleeping = clock.sleep(60_000, controller.signal)
    controller.abort(new Error('stop'))
    await expect(sleeping).rejects.toThrow('stop')
    expect(clock.pending).toBe(0)
  })
})
