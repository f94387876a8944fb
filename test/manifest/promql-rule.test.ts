import { formatIssue } from '../../src/util/errors'
import { inspectTexts } from './inspect'

/** An Experiment whose steadyState block is `checks` (already indented by four spaces). */
function experiment(checks: string, prometheus = '{ url: http://prometheus:9090 }'): string {
  return `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: promql }
spec:
  backend: local
  duration: 10s
  httpProxy: { upstream: http://127.0.0.1:8080, latency: { fixed: 10ms } }
  steadyState:
    prometheus: ${prometheus}
    checks:
${checks}`
}

async function promqlIssues(text: string): Promise<string[]> {
  const inspection = await inspectTexts({ 'e.yaml': text })
  return inspection.issues
    .filter((i) => i.code?.startsWith('promql/'))
    .map((i) => formatIssue({ ...i, file: 'e.yaml' }))
}

describe('the PromQL rule', () => {
  it('accepts valid queries, guards and SLO error ratios', async () => {
    const text = experiment(`      - name: ratio
        query: |
          (sum(rate(http_requests_total{code=~"5.."}[{{window}}])) or vector(0))
            / sum(rate(http_requests_total[{{window}}]))
        guard: { query: 'sum(rate(http_requests_total[{{window}}]))', min: 1 }
        threshold: { max: 0.01 }
      - name: burn
        slo: { objective: 99.9%, errorRatio: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))' }
`)
    expect(await promqlIssues(text)).toEqual([])
  })

  it('points at the offending token inside a literal block', async () => {
    const text = experiment(`      - name: ratio
        query: |
          sum(rate(http_requests_total{code=~"5.."}[{{window}}]))
            / sum(rate(http_requests_total[{{window}}]) by (job)
        threshold: { max: 0.01 }
`)
    expect(await promqlIssues(text)).toEqual([
      "e.yaml:14:57: error: PromQL syntax error: unexpected 'by' in checks.0.query; expected valid PromQL. Try the query in the Prometheus UI; {{window}} and {{duration}} stand for durations, {{start}} and {{end}} for unix times."
    ])
  })

  it('points at the token in single-line plain and quoted queries, and in guards', async () => {
    const text = experiment(`      - name: plain
        query: sum(rate(x[5m])
        threshold: { max: 1 }
      - name: quoted
        query: 'up{job=}'
        threshold: { max: 1 }
        guard: { query: "foo bar", min: 1 }
`)
    const issues = await promqlIssues(text)
    expect(issues.map((i) => i.split(': error: ')[0])).toEqual([
      'e.yaml:12:30',
      'e.yaml:15:24',
      'e.yaml:17:30'
    ])
    expect(issues[0]).toContain('PromQL syntax error: the query ends too early in checks.0.query')
    expect(issues[2]).toContain("unexpected 'bar' in checks.1.guard.query")
  })

  it('falls back to where the value starts when a folded block cannot be mapped exactly', async () => {
    const text = experiment(`      - name: folded
        query: >
          sum(rate(x[5m])
          by (job)
        threshold: { max: 1 }
`)
    expect((await promqlIssues(text)).map((i) => i.split(': error: ')[0])).toEqual(['e.yaml:12:16'])
  })

  it('warns when a window is shorter than two scrape intervals', async () => {
    const text = experiment(
      `      - name: ratio
        query: sum(rate(x[{{window}}]))
        window: 20s
        threshold: { max: 1 }
`,
      '{ url: http://prometheus:9090, scrapeInterval: 15s }'
    )
    const inspection = await inspectTexts({ 'e.yaml': text })
    const warning = inspection.issues.find((i) => i.code === 'promql/short-window')
    expect(warning && formatIssue({ ...warning, file: 'e.yaml' })).toBe(
      "e.yaml:11:9: warning: check 'ratio' has a window of 20.0s, shorter than two scrape intervals (30.0s). rate() over {{window}} needs two samples in the window; set window to at least twice the scrape interval."
    )
  })
})
