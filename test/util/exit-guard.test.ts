import { EventEmitter } from 'node:events'

import { guardExit, UNFINISHED_MESSAGE } from '../../src/util/exit-guard'

/** A process stand-in: an exit code and the 'beforeExit' event Node emits when the loop drains. */
class FakeProcess extends EventEmitter {
  exitCode: number | string | null | undefined = undefined
  /** Emits 'beforeExit' as Node does, then lets what its listeners started run. */
  async drain(): Promise<void> {
    this.emit('beforeExit')
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

describe('guardExit', () => {
  it('fails from the first line, so a process that ends before the command returns is never 0', () => {
    const proc = new FakeProcess()
    guardExit(proc, 3, () => undefined)
    expect(proc.exitCode).toBe(3)
  })

  it("takes the command's own code once it returns, and says nothing when the loop drains after", async () => {
    const proc = new FakeProcess()
    const warnings: string[] = []
    const guard = guardExit(proc, 3, (m) => warnings.push(m))
    guard.settle(0)
    await proc.drain()
    expect({ code: proc.exitCode, warnings }).toEqual({ code: 0, warnings: [] })
  })

  it('says so, leaves its last words and keeps the failing code when the loop drains first', async () => {
    const proc = new FakeProcess()
    const warnings: string[] = []
    const guard = guardExit(proc, 3, (m) => warnings.push(m))
    const written: string[] = []
    guard.onUnfinished(() => {
      written.push('first')
    })
    guard.onUnfinished(async () => {
      proc.exitCode = 0 // a last word that tries to pass must not win
      written.push('report')
      await Promise.resolve()
    })
    await proc.drain()
    expect({ code: proc.exitCode, warnings, written }).toEqual({
      code: 3,
      warnings: [UNFINISHED_MESSAGE],
      written: ['report']
    })
    await proc.drain() // the loop drains again once the last words are written: once only
    expect(warnings).toEqual([UNFINISHED_MESSAGE])
  })

  it('keeps the failing code and says why when the last words themselves fail', async () => {
    const proc = new FakeProcess()
    const warnings: string[] = []
    const guard = guardExit(proc, 1, (m) => warnings.push(m))
    guard.onUnfinished(() => Promise.reject(new Error('disk full')))
    await proc.drain()
    expect({ code: proc.exitCode, warnings }).toEqual({
      code: 1,
      warnings: [UNFINISHED_MESSAGE, 'could not record the unfinished run: disk full']
    })
  })
})
