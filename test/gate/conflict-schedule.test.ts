import { mapWithoutConflicts } from '../../src/gate/conflict-schedule'

/** A task per item that finishes when the test says so, recording the order things happen in. */
function tasks() {
  const events: string[] = []
  const finishers = new Map<string, () => void>()
  const run = (item: string) =>
    new Promise<string>((resolve) => {
      events.push(`start ${item}`)
      finishers.set(item, () => {
        events.push(`end ${item}`)
        resolve(item.toUpperCase())
      })
    })
  const finish = async (item: string) => {
    finishers.get(item)?.()
    // Let the scheduler react before the next step.
    for (let i = 0; i < 5; i++) await Promise.resolve()
  }
  return { events, run, finish }
}

const sameLetter = (a: string, b: string) => (a[0] === b[0] ? `both start with ${a[0]}` : undefined)

describe('mapWithoutConflicts', () => {
  it('runs conflicting items one after the other while others use the free slots', async () => {
    const t = tasks()
    const waits: string[] = []
    const all = mapWithoutConflicts(
      ['a1', 'a2', 'b1'],
      2,
      sameLetter,
      t.run,
      (item, blocker, why) => waits.push(`${item} waits for ${blocker}: ${why}`)
    )
    await t.finish('none')
    expect(t.events).toEqual(['start a1', 'start b1'])
    expect(waits).toEqual(['a2 waits for a1: both start with a'])
    await t.finish('a1')
    expect(t.events).toEqual(['start a1', 'start b1', 'end a1', 'start a2'])
    await t.finish('b1')
    await t.finish('a2')
    expect(await all).toEqual(['A1', 'A2', 'B1'])
  })

  it('a later item never overtakes an earlier one it conflicts with', async () => {
    const t = tasks()
    const all = mapWithoutConflicts(['a1', 'a2', 'a3'], 3, sameLetter, t.run)
    await t.finish('none')
    expect(t.events).toEqual(['start a1'])
    await t.finish('a1')
    await t.finish('a2')
    expect(t.events).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start a3'])
    await t.finish('a3')
    expect(await all).toEqual(['A1', 'A2', 'A3'])
  })

  it('without conflicts it is a plain concurrency limit', async () => {
    const t = tasks()
    const all = mapWithoutConflicts(['a', 'b', 'c'], 2, () => undefined, t.run)
    await t.finish('none')
    expect(t.events).toEqual(['start a', 'start b'])
    await t.finish('b')
    expect(t.events.at(-1)).toBe('start c')
    await t.finish('a')
    await t.finish('c')
    expect(await all).toEqual(['A', 'B', 'C'])
  })
})
