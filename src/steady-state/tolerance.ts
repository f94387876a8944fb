/**
 * Comparisons for inclusive bounds with floating-point slack, so 0.1 + 0.2 is within `max: 0.3`
 * and a burn rate of 0.0144 / 0.001 is not "faster" than 14.4. The slack is relative and far below
 * any precision a metric carries.
 */
const EPSILON = 1e-9

/** `value` is beyond an inclusive upper bound. */
export function above(value: number, bound: number): boolean {
  return value > bound + EPSILON * Math.max(1, Math.abs(bound))
}

/** `value` is beyond an inclusive lower bound. */
export function below(value: number, bound: number): boolean {
  return value < bound - EPSILON * Math.max(1, Math.abs(bound))
}
