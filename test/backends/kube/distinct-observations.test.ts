import type { Observation } from '../../../src/backends/backend'
import { distinctObservations } from '../../../src/backends/kube/distinct-observations'

const look = (message: string, extra: Partial<Observation> = {}): Observation => ({
  at: 0,
  phase: 'injected',
  message,
  terminal: false,
  ...extra
})

/** A follower's raw stream, which records whether it was stopped (its watches released). */
function source(looks: readonly Observation[]): {
  stream: AsyncGenerator<Observation>
  state: { stopped: boolean; pulled: number }
} {
  const state = { stopped: false, pulled: 0 }
  async function* stream(): AsyncGenerator<Observation> {
    try {
      for (const l of looks) {
        state.pulled++
        yield l
      }
    } finally {
      state.stopped = true
    }
  }
  return { stream: stream(), state }
}

async function collect(looks: AsyncIterable<Observation>): Promise<string[]> {
  const out: string[] = []
  for await (const o of looks) out.push(`${o.phase}:${o.message}${o.terminal ? '!' : ''}`)
  return out
}

describe('distinctObservations', () => {
  it('passes on only what differs from the last one, by phase, verdict, targets, message', async () => {
    const { stream } = source([
      look('waiting'),
      look('waiting', { at: 5 }),
      look('waiting', { affectedTargets: 1 }),
      look('waiting', { affectedTargets: 1, details: { x: '1' } }),
      look('waiting', { affectedTargets: 1, phase: 'recovered' })
    ])
    expect(await collect(distinctObservations(stream))).toEqual([
      'injected:waiting',
      'injected:waiting',
      'recovered:waiting'
    ])
  })

  it('ends after the first terminal observation and stops the follower behind it', async () => {
    const { stream, state } = source([
      look('on'),
      look('done', { phase: 'finished', terminal: true }),
      look('never read')
    ])
    expect(await collect(distinctObservations(stream))).toEqual(['injected:on', 'finished:done!'])
    expect(state).toEqual({ stopped: true, pulled: 2 })
  })

  it('passes a terminal observation on even when it looks like the last one, and ends', async () => {
    const same = look('gone', { phase: 'stopped' })
    const { stream } = source([same, { ...same, terminal: true }])
    expect(await collect(distinctObservations(stream))).toEqual(['stopped:gone', 'stopped:gone!'])
  })

  it('compares with the key it is given', async () => {
    const { stream } = source([
      look('a', { details: { probe: 'Awaited' } }),
      look('a', { details: { probe: 'Passed' } })
    ])
    const byDetails = (o: Observation): string => JSON.stringify([o.message, o.details])
    expect(await collect(distinctObservations(stream, byDetails))).toHaveLength(2)
  })
})
