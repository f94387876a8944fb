/**
 * "Grows linearly" made testable: the marginal cost (median to median) of the largest step in size
 * against the step before it. Linear growth keeps it constant; start-up, JIT warm-up and heap
 * sizing make the small steps dearer, so growth counts as linear or better when the last step costs
 * at most GROWTH_FACTOR times the one before. A quadratic cost fails it: from 1 → 10 → 50 the
 * marginal cost of an n² term grows more than fivefold.
 *
 * Small per-item costs sit near the noise of one repetition, so each step carries its own noise,
 * (the spread of the samples at both ends) / (the step's size), and the test is made on the
 * favourable ends: the last step's cost minus its noise against GROWTH_FACTOR times the previous
 * step's cost plus its noise. A single repetition (--quick) has no spread and is judged as measured.
 */
import { measured, type Row, type Unit } from './model'

export const GROWTH_FACTOR = 1.5

export interface Growth {
  readonly benchmark: string
  /** `validate: time`; the row says `<label> per added <per>, <from> → <to>`. */
  readonly label: string
  readonly unit: Unit
  /** What one unit of size is: `manifest`, `experiment`. */
  readonly per: string
  /** Samples at each size. */
  readonly points: readonly { readonly size: number; readonly samples: readonly number[] }[]
}

/** One step between consecutive sizes: its cost per unit, and the noise of that figure. */
interface Step {
  readonly from: number
  readonly to: number
  readonly perUnit: number
  readonly noise: number
}

function steps(g: Growth): Step[] {
  const at = [...g.points]
    .sort((a, b) => a.size - b.size)
    .map((p) => ({ size: p.size, s: measured(p.samples, g.unit).summary }))
  return at.slice(1).map((p, i) => {
    const prev = at[i] ?? p
    const span = p.size - prev.size
    return {
      from: prev.size,
      to: p.size,
      perUnit: (p.s.median - prev.s.median) / span,
      noise: (p.s.max - p.s.min + (prev.s.max - prev.s.min)) / span
    }
  })
}

/** The growth row, or none with fewer than three sizes. */
export function growthRow(g: Growth): Row[] {
  const all = steps(g)
  const last = all.at(-1)
  const before = all.at(-2)
  if (!last || !before) return []
  const count = (n: number): string => n.toLocaleString('en-US')
  const show = (s: Step): string =>
    `${count(s.from)} → ${count(s.to)}: ${measuredText(s.perUnit, g)} ± ${measuredText(s.noise, g)}`
  return [
    {
      benchmark: g.benchmark,
      case: `${g.label} per added ${g.per}, ${count(last.from)} → ${count(last.to)}`,
      value: measured([last.perUnit], g.unit, g.per),
      baselines: [
        {
          label: `${count(before.from)} → ${count(before.to)}`,
          value: measured([before.perUnit], g.unit, g.per)
        }
      ],
      target: {
        text: `linear or better: ≤ ${GROWTH_FACTOR}× the step before`,
        met: last.perUnit - last.noise <= GROWTH_FACTOR * (before.perUnit + before.noise)
      },
      note: `${g.label} per added ${g.per}, with each step's noise (the spread of its end points over the step): ${all.map(show).join('; ')}.`
    }
  ]
}

function measuredText(value: number, g: Growth): string {
  return g.unit === 'bytes' ? `${(value / 1024).toFixed(1)} KB` : `${value.toFixed(2)} ms`
}
