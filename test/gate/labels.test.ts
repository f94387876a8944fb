import { objectName, runLabels, runSelectorString } from '../../src/backends/labels'
import { isValidRunId, newRunId } from '../../src/gate/run-id'

describe('labels and names', () => {
  it('stamps managed-by, run id, experiment and sha', () => {
    expect(runLabels('r1', 'checkout', 'abc123')).toEqual({
      'app.kubernetes.io/managed-by': 'chaos-gate',
      'chaos-gate.dev/run-id': 'r1',
      'chaos-gate.dev/experiment': 'checkout',
      'chaos-gate.dev/sha': 'abc123'
    })
    expect(runSelectorString('r1')).toBe(
      'app.kubernetes.io/managed-by=chaos-gate,chaos-gate.dev/run-id=r1'
    )
    expect(runSelectorString('r1', 'checkout')).toBe(
      'app.kubernetes.io/managed-by=chaos-gate,chaos-gate.dev/run-id=r1,chaos-gate.dev/experiment=checkout'
    )
  })

  it('names objects gate-<run>-<experiment>, cut to 63 characters with a hash', () => {
    expect(objectName('tkq1-ab12', 'checkout')).toBe('gate-tkq1-ab12-checkout')
    const long = 'a'.repeat(40) + '-latency-' + 'b'.repeat(20)
    const a = objectName('tkq1-ab12', long)
    const b = objectName('tkq1-ab12', `${long}x`)
    expect(a.length).toBeLessThanOrEqual(63)
    expect(a).toMatch(/^gate-tkq1-ab12-a+-[0-9a-f]{6}$/)
    expect(a).not.toBe(b)
    expect(objectName('tkq1-ab12', long)).toBe(a)
  })

  it('makes short, DNS-safe, time-ordered run ids', () => {
    let i = 0
    const random = () => [0.1, 0.5, 0.9, 0.99][i++ % 4] as number
    const id = newRunId(Date.UTC(2026, 10, 26), random)
    expect(id).toMatch(/^[a-z0-9]{6,7}-[a-z0-9]{4}$/)
    expect(isValidRunId(id)).toBe(true)
    expect(newRunId(Date.UTC(2026, 10, 27), random) > id).toBe(true)
    expect(isValidRunId('Bad_ID')).toBe(false)
    expect(isValidRunId('-x')).toBe(false)
  })
})
