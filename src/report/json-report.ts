/**
 * The JSON report: the GateReport value as is (docs/report.md, schema/report.schema.json).
 * JSON has no NaN or infinities, so those values are written the way Prometheus writes them:
 * "NaN", "+Inf", "-Inf".
 */
import type { GateReport } from '../gate/result'

export function renderJsonReport(report: GateReport): string {
  return `${JSON.stringify(report, nonFinite, 2)}\n`
}

function nonFinite(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value
  if (Number.isNaN(value)) return 'NaN'
  return value > 0 ? '+Inf' : '-Inf'
}
