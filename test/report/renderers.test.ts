import type { ExperimentReport, GateReport } from '../../src/gate/result'
import { renderJsonReport } from '../../src/report/json-report'
import { escapeXml, renderJunit } from '../../src/report/junit'
import { renderMarkdown } from '../../src/report/markdown'
import { niceCeiling } from '../../src/report/mermaid-chart'
import { renderFinal } from '../../src/report/terminal/final-view'
import { twoExperimentReport } from './fixture'
import { validateReport } from './validate-report'

/** The escape character that starts every ANSI sequence. */
const ESC = String.fromCharCode(27)

/** An awkward report: characters that need escaping, infinities, a stuck object, a notice. */
function awkward(report: GateReport): GateReport {
  const first = report.experiments[0] as ExperimentReport
  const weird: ExperimentReport = {
    ...first,
    name: 'weird',
    verdict: 'error',
    observed: 'error',
    reasons: ['cleanup: PodChaos <shop>/gate-"x" & friends | left \u0001behind', "it's broken"],
    measurements: [
      {
        check: 'p99',
        phase: 'during',
        at: first.startedAt,
        level: 'breach',
        series: [{ labels: { le: '+Inf' }, value: Infinity, level: 'breach' }],
        message: 'p99 = +Inf'
      },
      {
        check: 'p99',
        phase: 'during',
        at: first.startedAt,
        level: 'nodata',
        series: [],
        message: 'no data: every series is NaN'
      }
    ],
    cleanup: {
      deleted: [],
      stuck: [
        {
          ref: 'PodChaos shop/gate-x',
          reason: 'finalizer',
          inspect: 'kubectl get podchaos -n shop gate-x'
        }
      ],
      errors: []
    }
  }
  return {
    ...report,
    verdict: 'error',
    failed: true,
    experiments: [...report.experiments, weird],
    notices: [
      {
        file: 'experiments/x.yaml',
        line: 3,
        col: 5,
        severity: 'warning',
        message: 'a Schedule is run once'
      }
    ]
  }
}

describe('report renderers', () => {
  let report: GateReport
  beforeAll(async () => {
    report = await twoExperimentReport()
  })

  it('the fixture is what the demo shows: one pass, one expected failure', () => {
    expect(report.experiments.map((e) => [e.name, e.verdict, e.observed])).toEqual([
      ['checkout-latency', 'pass', 'pass'],
      ['checkout-errors', 'pass', 'aborted']
    ])
  })

  it('JSON is the report as is and validates against schema/report.schema.json', () => {
    const json = renderJsonReport(report)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)))
    expect(validateReport(json)).toEqual([])
  })

  it('JSON writes infinities the Prometheus way and still validates', () => {
    const json = renderJsonReport(awkward(report))
    expect(json).toContain('"value": "+Inf"')
    expect(validateReport(json)).toEqual([])
  })

  it('the schema rejects a report that drifted from it', () => {
    const drifted = {
      ...(JSON.parse(renderJsonReport(report)) as Record<string, unknown>),
      extra: true,
      verdict: 'maybe'
    }
    expect(validateReport(JSON.stringify(drifted))).toEqual([
      ' must NOT have additional properties',
      '/verdict must be equal to one of the allowed values'
    ])
  })

  it('Markdown summary', () => {
    expect(renderMarkdown(report)).toMatchSnapshot()
  })

  it('Markdown escapes table cells', () => {
    const md = renderMarkdown(awkward(report))
    expect(md).toContain('PodChaos &lt;shop&gt;/gate-"x" &amp; friends \\| left')
    expect(md).toContain('#### Notices')
  })

  it('JUnit XML', () => {
    expect(renderJunit(report)).toMatchSnapshot()
  })

  it('JUnit XML escapes reasons and reports errors as <error>', () => {
    const xml = renderJunit(awkward(report))
    expect(xml).toContain(
      '<testsuites name="chaos-gate" tests="3" failures="0" errors="1" skipped="0"'
    )
    expect(xml).toContain(
      '<error message="cleanup: PodChaos &lt;shop&gt;/gate-&quot;x&quot; &amp; friends | left behind; it&apos;s broken" type="error">'
    )
    expect(escapeXml('a\u0000b\u001Fc')).toBe('abc')
  })

  it('terminal final view, plain', () => {
    const text = renderFinal(report, false)
    expect(text.includes(ESC)).toBe(false)
    expect(text).toMatchSnapshot()
  })

  it('terminal final view in colour only paints', () => {
    const plain = renderFinal(report, false)
    const colour = renderFinal(report, true)
    expect(colour).toContain(`${ESC}[32m`)
    expect(colour.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')).toBe(plain)
  })

  it('chart axes end on round numbers', () => {
    expect([niceCeiling(0.68), niceCeiling(264), niceCeiling(550), niceCeiling(0)]).toEqual([
      0.8, 300, 600, 1
    ])
  })
})
