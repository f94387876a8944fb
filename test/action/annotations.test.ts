import {
  checkAnnotations,
  emitAnnotations,
  issueFindings,
  planAnnotations,
  renderHidden,
  reportFindings
} from '../../src/action/notify/annotations'
import type { Issue } from '../../src/util/errors'
import { RecordingCore } from './fakes/recording-core'
import { experimentReport, failedExperiment, gateReport } from './fixtures/report'

function issue(line: number, severity: Issue['severity'] = 'error'): Issue {
  return {
    file: 'experiments/bad.yaml',
    line,
    col: 5,
    severity,
    path: 'spec.duration',
    message: `spec.duration '5 minutes' is not a duration (${line})`,
    expected: "a duration like '5m'",
    hint: 'Write 5m.',
    code: 'invalid-duration'
  }
}

describe('annotations', () => {
  it('points each failed experiment at its manifest line, with the reasons', () => {
    const report = gateReport([experimentReport(), failedExperiment()])
    expect(reportFindings(report)).toEqual([
      {
        level: 'error',
        title: 'chaos-gate: payments-errors fail',
        message:
          "Experiment 'payments-errors' (local http-proxy error) ended 'fail': p99 latency 1840ms > 1000ms (threshold.max) during the fault",
        location: { file: 'experiments/payments.yaml', line: 12, col: 3 }
      }
    ])
  })

  it('downgrades failures to warnings in warn mode', () => {
    const report = gateReport([failedExperiment()], { mode: 'warn', failed: false })
    expect(reportFindings(report).map((f) => f.level)).toEqual(['warning'])
  })

  it('keeps 10 per level for the step and moves the rest to the summary', () => {
    const findings = issueFindings([
      ...Array.from({ length: 13 }, (_, i) => issue(i + 1)),
      ...Array.from({ length: 2 }, (_, i) => issue(100 + i, 'warning'))
    ])
    const plan = planAnnotations(findings)
    expect(plan.shown.filter((f) => f.level === 'error')).toHaveLength(10)
    expect(plan.shown.filter((f) => f.level === 'warning')).toHaveLength(2)
    expect(plan.hidden.map((f) => f.location.line)).toEqual([11, 12, 13])
    expect(renderHidden(plan.hidden, '/w')).toContain(
      "- **error** `experiments/bad.yaml:11:5`: spec.duration: spec.duration '5 minutes' is not a duration (11); expected a duration like '5m'. Write 5m."
    )
  })

  it('emits workflow annotations with paths relative to the repository', () => {
    const core = new RecordingCore()
    const [finding] = issueFindings([{ ...issue(7), file: '/w/repo/experiments/bad.yaml' }])
    emitAnnotations(core, { shown: finding ? [finding] : [], hidden: [] }, '/w/repo')
    expect(core.annotations).toEqual([
      {
        level: 'error',
        message:
          "spec.duration: spec.duration '5 minutes' is not a duration (7); expected a duration like '5m'. Write 5m.",
        props: {
          title: 'chaos-gate: invalid-duration',
          file: 'experiments/bad.yaml',
          startLine: 7,
          startColumn: 5
        }
      }
    ])
  })

  it('maps findings to check-run annotation levels', () => {
    const findings = issueFindings([issue(1), issue(2, 'warning')])
    expect(
      checkAnnotations(findings, '/w').map((a) => [a.annotation_level, a.path, a.start_line])
    ).toEqual([
      ['failure', 'experiments/bad.yaml', 1],
      ['warning', 'experiments/bad.yaml', 2]
    ])
  })
})
