import {
  type Block,
  FIELD_LIMIT,
  HEADER_LIMIT,
  MAX_BLOCKS,
  SECTION_LIMIT,
  TOTAL_BUDGET
} from '../../../src/action/notify/slack/block-kit'
import {
  gateErrorMessage,
  gateResultMessage,
  type SlackContext,
  strandedFaultMessage
} from '../../../src/action/notify/slack/blocks'
import { experimentReport, failedExperiment, gateReport } from '../fixtures/report'

const ctx: SlackContext = {
  repository: 'acme/shop',
  environment: 'staging',
  environmentUrl: 'https://shop.staging.acme.example',
  sha: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  commitUrl: 'https://github.com/acme/shop/commit/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  runUrl: 'https://github.com/acme/shop/actions/runs/77/attempts/1',
  checkName: 'chaos-gate / staging',
  checkRunUrl: 'https://github.com/acme/shop/runs/9001',
  runId: 'run-1'
}

/** A guard abort as the engine reports it: the breach is in the reason, the abort and the value. */
function abortedByGuard() {
  const breach = 'latencyP99 = 1840ms > 1000ms (threshold.max)'
  return failedExperiment({
    verdict: 'aborted',
    observed: 'aborted',
    hypothesis: 'Checkout keeps p99 under 1s\nwhile payments returns 5% errors.',
    reasons: [`the steady state broke during the fault and the guard aborted it: ${breach}`],
    fault: { abortReason: breach, abortedBy: 'guard', abortLatencyMs: 1200 }
  })
}

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'header'
      ? [b.text.text]
      : b.type === 'context'
        ? b.elements.map((e) => e.text)
        : [...(b.text ? [b.text.text] : []), ...(b.fields ?? []).map((f) => f.text)]
  )
}

function expectWithinLimits(blocks: readonly Block[]): void {
  expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS)
  expect(texts(blocks).join('').length).toBeLessThanOrEqual(TOTAL_BUDGET)
  for (const b of blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(HEADER_LIMIT)
    if (b.type === 'section') {
      expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(SECTION_LIMIT)
      expect(b.fields?.length ?? 0).toBeLessThanOrEqual(10)
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(FIELD_LIMIT)
    }
  }
}

describe('Slack blocks', () => {
  it('reports a failed gate with the failing experiments, their reasons and the values that broke', () => {
    const report = gateReport([
      experimentReport(),
      failedExperiment({ fault: { abortReason: 'p99-latency breached 2 of 3 during the fault' } })
    ])
    expect(gateResultMessage(report, ctx)).toMatchSnapshot()
  })

  it('links the run and the check run first, states the hypothesis, and says the breach once', () => {
    const report = gateReport([experimentReport(), abortedByGuard()], { failOn: ['aborted'] })
    const message = gateResultMessage(report, { ...ctx, mention: '<!subteam^S0ONCALL>' })
    expect(message).toMatchSnapshot()
    const [, first] = texts(message.blocks)
    expect(first).toBe(
      '*<https://github.com/acme/shop/actions/runs/77/attempts/1|Open the workflow run>* · <https://github.com/acme/shop/runs/9001|Check run: chaos-gate / staging>\n<!subteam^S0ONCALL> please take a look'
    )
    const all = texts(message.blocks).join('\n')
    expect(all).toContain(
      '_Hypothesis:_ Checkout keeps p99 under 1s while payments returns 5% errors.'
    )
    expect(all.split('latencyP99 = 1840ms').length - 1).toBe(1)
    expect(all).toContain('• the fault was off 1.2s after the breach')
    expect(message.text).toMatch(/<!subteam\^S0ONCALL>$/)
  })

  it('does not repeat a breach the reason names, even at another measured value', () => {
    const exp = abortedByGuard()
    const later = {
      ...exp.measurements[0],
      message: 'latencyP99 = 2100ms > 1000ms (threshold.max)'
    }
    const report = gateReport([{ ...exp, measurements: [later] as typeof exp.measurements }], {
      failOn: ['aborted']
    })
    const all = texts(gateResultMessage(report, ctx).blocks).join('\n')
    expect(all).not.toContain('2100ms')
  })

  it('says FAILED again in a reply to the last failure', () => {
    const report = gateReport([abortedByGuard()], { failOn: ['aborted'] })
    const message = gateResultMessage(report, ctx, { again: true })
    expect(texts(message.blocks)[0]).toBe('🚨 Chaos gate failed again: staging')
    expect(message.text).toMatch(/^:rotating_light: Chaos gate FAILED again on staging/)
  })

  it('never mentions anyone for a passing gate', () => {
    const message = gateResultMessage(gateReport([experimentReport()]), {
      ...ctx,
      mention: '<!subteam^S0ONCALL>'
    })
    expect(JSON.stringify(message)).not.toContain('S0ONCALL')
  })

  it('reports a passing gate briefly', () => {
    const message = gateResultMessage(gateReport([experimentReport()]), ctx)
    expect(message.text).toBe(
      ':white_check_mark: Chaos gate passed on staging for acme/shop@3f2a9c1 (pass: 1 of 1 experiments passed)'
    )
    expect(message.blocks).toHaveLength(4)
  })

  it('stays within Slack limits however many experiments fail, and says how many were left out', () => {
    const many = Array.from({ length: 80 }, (_, i) =>
      failedExperiment({
        name: `exp-${i}`,
        reasons: ['x'.repeat(2000), 'y'.repeat(2000), 'z'.repeat(2000)]
      })
    )
    const message = gateResultMessage(gateReport(many), ctx)
    expectWithinLimits(message.blocks)
    const note = texts(message.blocks).find((t) => t.startsWith('…and '))
    expect(note).toMatch(/^…and \d+ more failing experiments; see the run\.$/)
  })

  it('escapes &, < and > in user content so it cannot inject links or mentions', () => {
    const report = gateReport([
      failedExperiment({ name: 'a<b>', reasons: ['<!channel> & <https://evil.example|click>'] })
    ])
    const all = texts(gateResultMessage(report, ctx).blocks).join('\n')
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;')
    expect(all).not.toContain('<!channel>')
    expect(all).toContain(
      '<https://github.com/acme/shop/actions/runs/77/attempts/1|Open the workflow run>'
    )
  })

  it('alerts on faults cleanup could not remove, with the command to inspect each', () => {
    const message = strandedFaultMessage(ctx, {
      deleted: [],
      stuck: [
        {
          ref: 'PodChaos shop/gate-run-1-kill',
          reason: 'finalizer chaos-mesh/records still present after 60s',
          inspect: 'kubectl -n shop get podchaos gate-run-1-kill -o yaml'
        }
      ],
      errors: ['NetworkChaos shop/gate-run-1-delay: 403 Forbidden']
    })
    expect(message).toMatchSnapshot()
    expectWithinLimits(message.blocks)
  })

  it('reports a gate that could not run', () => {
    const message = gateErrorMessage(ctx, 'kubernetes: list pods shop failed: 403 <Forbidden>')
    expect(message.text).toBe(
      ':warning: Chaos gate could not run on staging for acme/shop@3f2a9c1: kubernetes: list pods shop failed: 403 &lt;Forbidden&gt;'
    )
    expectWithinLimits(message.blocks)
  })
})
