import type { JsonObject } from '../core/json'
import { annotationsOf } from '../core/meta'

/** The annotation that scripts how an operator simulator treats an object. */
export const OUTCOME_ANNOTATION = 'sim.chaos-gate.dev/outcome'

/**
 * pass: the fault is injected and the experiment succeeds; fail: the experiment fails (Litmus
 * verdict Fail; Chaos Mesh never injects); stuck: the operator never finishes and never
 * releases its finalizer; error: the operator reports an error.
 */
export type Outcome = 'pass' | 'fail' | 'stuck' | 'error'

const OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'stuck', 'error']

export function outcomeOf(obj: JsonObject | undefined): Outcome {
  const value = obj ? annotationsOf(obj)[OUTCOME_ANNOTATION] : undefined
  return OUTCOMES.find((o) => o === value) ?? 'pass'
}
