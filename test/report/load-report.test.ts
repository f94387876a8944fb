/**
 * The steady load and kubernetes checks in the reports: the JSON still validates against
 * schema/report.schema.json, and the Markdown summary and the terminal say how many requests the
 * load sent.
 */
import type { ExperimentReport, GateReport } from '../../src/gate/result'
import { renderJsonReport } from '../../src/report/json-report'
import { renderMarkdown } from '../../src/report/markdown'
import { renderFinal } from '../../src/report/terminal/final-view'
import { twoExperimentReport } from './fixture'
import { validateReport } from './validate-report'

async function withLoad(): Promise<GateReport> {
  const report = await twoExperimentReport()
  const [first, ...rest] = report.experiments
  const loaded: ExperimentReport = {
    ...(first as ExperimentReport),
    load: { url: 'https://shop/api', method: 'GET', ratePerSecond: 5, requests: 1200, ok: 1198 },
    checks: (first as ExperimentReport).checks.map((c, i) =>
      i === 0 ? { ...c, source: 'kubernetes', query: 'readyRatio(deployment/checkout)' } : c
    )
  }
  return { ...report, experiments: [loaded, ...rest] }
}

describe('a report with steady load and kubernetes checks', () => {
  it('validates against the JSON schema', async () => {
    expect(validateReport(renderJsonReport(await withLoad()))).toEqual([])
  })

  it('says how many requests the load sent, in the summary and on the terminal', async () => {
    const report = await withLoad()
    const line = '1200 requests sent (GET https://shop/api at 5/s), 1198 answered OK'
    expect(renderMarkdown(report)).toContain(`**Steady load** ${line}`)
    expect(renderFinal(report, false)).toContain(`steady load: ${line}`)
    expect(renderMarkdown(report)).toContain('kubernetes: `readyRatio(deployment/checkout)`')
  })
})
