/**
 * Query templating (docs/manifests.md, `steadyState`): only `{{window}}`, `{{start}}`, `{{end}}` and
 * `{{duration}}` exist, so a typo is caught at load instead of reaching Prometheus as `{{windw}}`.
 * Values are rendered the way PromQL reads them: durations as `1m30s`, times as unix seconds.
 */
import { toGoDuration } from '../../util/duration'

export const TEMPLATE_NAMES = ['window', 'start', 'end', 'duration'] as const
export type TemplateName = (typeof TEMPLATE_NAMES)[number]

/** One `{{ name }}` in a query, with its offset for error positions. */
export interface Placeholder {
  readonly name: string
  readonly offset: number
  readonly length: number
}

/** What the placeholders stand for at one evaluation. */
export interface TemplateValues {
  /** `{{window}}`: the check's window. */
  readonly windowMs: number
  /** `{{start}}`: the fault start, or one window before `end` when no fault has started yet. */
  readonly startMs: number
  /** `{{end}}`: the evaluation time. */
  readonly endMs: number
  /** The shortest `{{duration}}`: two scrape intervals, so rate() over it has two samples. */
  readonly minDurationMs: number
}

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g

/** Every placeholder in `query`, known or not. */
export function findPlaceholders(query: string): Placeholder[] {
  return [...query.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[1] ?? '',
    offset: m.index,
    length: m[0].length
  }))
}

/** True when `name` is one of the four template names. */
export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name)
}

/** Substitutes the placeholders. Unknown names throw: they are config errors caught at load. */
export function renderQuery(query: string, values: TemplateValues): string {
  const durationMs = Math.max(values.endMs - values.startMs, values.minDurationMs)
  const rendered: Readonly<Record<TemplateName, string>> = {
    window: promDuration(values.windowMs),
    start: unixSeconds(values.startMs),
    end: unixSeconds(values.endMs),
    duration: promDuration(Math.ceil(durationMs / 1000) * 1000)
  }
  return query.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isTemplateName(name)) {
      throw new RangeError(
        `unknown placeholder ${whole}; the placeholders are ${TEMPLATE_NAMES.map((n) => `{{${n}}}`).join(', ')}`
      )
    }
    return rendered[name]
  })
}

/** A duration as PromQL writes it (`90s` → `1m30s`, `250ms`); never empty. */
export function promDuration(ms: number): string {
  return ms <= 0 ? '0s' : toGoDuration(ms)
}

/** Epoch ms as unix seconds with millisecond precision, as PromQL's `@` and the API take them. */
export function unixSeconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}
