/**
 * "Grows linearly" made testable: the marginal cost (median to median) of the largest step in size
 * against the step before it. Linear growth keeps it constant; start-up, JIT warm-up and heap
 * sizing make the small steps dearer, so growth counts as linear or better when the last step costs
 * at most GROWTH_FACTOR times the one before. A quadratic cost fails it: from 1 → 10 → 50 the
 * marginal cost of an n² term grows sixfold.
 */
import { measured, type Row, type Unit } from './model'
import { marginalSteps } from './stats'

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

/** The growth row, or none with fewer than three sizes. */
export function growthRow(g: Growth): Row[] {
  const median = (xs: readonly number[]): number => measured(xs, g.unit).summary.median
  const steps = marginalSteps(g.points.map((p) => ({ x: p.size, y: median(p.samples) })))
  const last = steps.at(-1)
  const before = steps.at(-2)
  if (!last || !before) return []
  const count = (n: number): string => n.toLocaleString('en-US')
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
        met: last.perUnit <= GROWTH_FACTOR * before.perUnit
      }
    }
  ]
}
