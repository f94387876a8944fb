import type { CheckRecord, ExperimentReport } from '../../src/gate/result'
import type { Phase } from '../../src/manifest/steady-state-model'
import { keyValues } from '../../src/report/key-check'
import type { Level, Measurement } from '../../src/steady-state/model'

const point = (phase: Phase, value: number, level: Level = 'ok'): Measurement => ({
  check: 'error-ratio',
  phase,
  at: 0,
  level,
  series: [{ labels: {}, value, level }],
  message: ''
})

function experiment(
  threshold: CheckRecord['threshold'],
  measurements: Measurement[]
): ExperimentReport {
  const check: CheckRecord = {
    name: 'error-ratio',
    source: 'prometheus',
    query: 'q',
    dryRun: false,
    ...(threshold && { threshold }),
    phases: {}
  }
  return { checks: [check], measurements } as unknown as ExperimentReport
}

describe('keyValues: the worst value during the fault', () => {
  it('is the one nearest to breaking a max, not the one furthest from the baseline', () => {
    const exp = experiment({ max: 0.05 }, [
      point('before', 0.04),
      point('during', 0),
      point('during', 0.049),
      point('after', 0.04)
    ])
    expect(keyValues(exp)).toBe('error-ratio 0.04 → 0.049 → 0.04')
  })

  it('is the lowest value for a min, and a breach beats any value that held', () => {
    const low = experiment({ min: 0.99 }, [
      point('before', 0.995),
      point('during', 1),
      point('during', 0.991)
    ])
    expect(keyValues(low)).toBe('error-ratio 0.995 → 0.991 → ·')
    const breached = experiment({ max: 0.05 }, [
      point('during', 0.049),
      point('during', 0.06, 'breach')
    ])
    expect(keyValues(breached)).toBe('error-ratio · → 0.06 → ·')
  })

  it('falls back to the distance from the baseline for a check with no absolute bound', () => {
    const exp = experiment(undefined, [
      point('before', 10),
      point('during', 12),
      point('during', 3)
    ])
    expect(keyValues(exp)).toBe('error-ratio 10 → 3 → ·')
  })
})
