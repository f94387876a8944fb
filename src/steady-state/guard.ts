/**
 * The traffic guard (docs/manifests.md, `steadyState`): a companion query that must hold for a
 * measurement to mean anything, such as a minimum request rate or a target that is still scraped.
 * When it does not hold, the measurement is no data, even if the main query returned a value.
 */
import type { CheckSpec } from '../manifest/steady-state-model'
import { formatValue } from './format-value'
import type { SeriesSample } from './model'
import { above, below } from './tolerance'

/** Why the guard is unmet, or undefined when it holds (or the check has none). */
export function unmetGuard(
  check: CheckSpec,
  guard: readonly SeriesSample[] | undefined
): string | undefined {
  const g = check.guard
  if (!g) return undefined
  const values = (guard ?? []).map((s) => s.value).filter((v) => !Number.isNaN(v))
  if (values.length === 0) return `no data: guard '${g.query}' returned nothing`
  const bad = values.find(
    (v) => (g.min !== undefined && below(v, g.min)) || (g.max !== undefined && above(v, g.max))
  )
  if (bad === undefined) return undefined
  const bounds = [
    ...(g.min !== undefined ? [`min ${formatValue(g.min)}`] : []),
    ...(g.max !== undefined ? [`max ${formatValue(g.max)}`] : [])
  ]
  return `no data: guard '${g.query}' = ${formatValue(bad)} is outside ${bounds.join(', ')}, so the check is not meaningful now`
}
