/**
 * A Mermaid `xychart-beta` of an experiment's key check over time: the values as a line, the
 * threshold as a second line, and the fault window as shaded bars (xychart has no annotations,
 * so the window is a bar series at full height while the fault was on).
 */
import type { ExperimentReport } from '../gate/result'
import { keyCheck, keySeries, thinOut } from './key-check'

/** More points than this are thinned evenly; a summary chart is for shape, not for every sample. */
const MAX_POINTS = 60

export function renderMermaidChart(exp: ExperimentReport): string | undefined {
  const check = keyCheck(exp)
  if (!check) return undefined
  const points = thinOut(keySeries(exp, check.name), MAX_POINTS)
  const first = points[0]
  if (!first || points.length < 2) return undefined
  const origin = exp.fault.injectedAt ?? first.m.at
  const values = points.map((p) => round(p.value))
  const bound = check.threshold?.max ?? check.threshold?.min
  const top = niceCeiling(Math.max(...values, bound ?? 0) * 1.1)
  const bottom = Math.min(0, ...values)
  const lines = [
    'xychart-beta',
    `  title "${label(check.name)}${exp.fault.injectedAt !== undefined ? ' (fault window shaded)' : ''}"`,
    `  x-axis "seconds from fault start" [${points.map((p) => `"${offset(p.m.at - origin)}"`).join(', ')}]`,
    `  y-axis "${label(check.name)}" ${bottom} --> ${top}`
  ]
  const { injectedAt } = exp.fault
  if (injectedAt !== undefined) {
    const end = exp.fault.removedAt ?? exp.endedAt
    lines.push(
      `  bar [${points.map((p) => (p.m.at >= injectedAt && p.m.at <= end ? top : 0)).join(', ')}]`
    )
  }
  lines.push(`  line [${values.join(', ')}]`)
  if (bound !== undefined) lines.push(`  line [${points.map(() => bound).join(', ')}]`)
  return lines.join('\n')
}

function offset(ms: number): string {
  const s = Number((ms / 1000).toFixed(1))
  return `${s > 0 ? '+' : ''}${s}s`
}

/** Four significant digits keep the chart source short and readable. */
function round(v: number): number {
  return Number(v.toPrecision(4))
}

/** Round multiples of a power of ten people read at a glance. */
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

/** The smallest round number at or above `v`, for an axis end. */
export function niceCeiling(v: number): number {
  if (!(v > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(v))
  const step = NICE_STEPS.find((m) => m * power >= v) ?? 10
  return round(step * power)
}

function label(text: string): string {
  return text.replace(/"/g, "'")
}
