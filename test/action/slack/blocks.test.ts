import {
  type Block,
  FIELD_LIMIT,
  HEADER_LIMIT,
  MAX_BLOCKS,
  SECTION_LIMIT,
  TOTAL_BUDGET
} from '../../../src/action/slack/block-kit'
import {
  gateErrorMessage,
  gateResultMessage,
  type SlackContext,
  strandedFaultMessage
} from '../../../src/action/slack/blocks'
import { experimentReport, failedExperiment, gateReport } from '../fixtures/report'

const ctx: SlackContext = {
  repository: 'acme/shop',
  environment: 'staging',
  environmentUrl: 'https://shop.staging.acme.example',
  sha: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  commitUrl: 'https://github.com/acme/shop/commit/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  runUrl: 'https://github.com/acme/shop/actions/runs/77/attempts/1',
  checkName: 'chaos-gate / staging',
  runId: 'run-1'
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

  it('reports a passing gate briefly', () => {
    const message = gateResultMessage(gateReport([experimentReport()]), ctx)
    expect(message.text).toBe(
      ':white_check_mark: Chaos gate passed on staging for acme/shop@3f2a9c1 (pass: 1 of 1 experiments passed)'
    )
    expect(message.blocks).toHaveLength(3)
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
      '<https://github.com/acme/shop/actions/runs/77/attempts/1|View the workflow run>'
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
