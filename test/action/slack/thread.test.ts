import { gateResultMessage, type SlackContext } from '../../../src/action/notify/slack/blocks'
import { notifySlack } from '../../../src/action/notify/slack/notify'
import type { SlackSettings } from '../../../src/action/notify/slack/settings'
import type { ResultFacts } from '../../../src/action/notify/slack/thread'
import { FakeClock } from '../../fakes/clock'
import { RecordingCore } from '../fakes/recording-core'
import { RecordingLog } from '../fakes/recording-log'
import { experimentReport, failedExperiment, gateReport } from '../fixtures/report'
import { SlackServer } from '../servers/slack-server'

let slack: SlackServer
beforeEach(async () => {
  slack = await new SlackServer().start()
})
afterEach(() => slack.close())

const ctx = (sha: string): SlackContext => ({
  repository: 'acme/shop',
  environment: 'staging',
  sha,
  commitUrl: `https://github.com/acme/shop/commit/${sha}`,
  checkName: 'chaos-gate / staging',
  runId: `run-${sha.slice(0, 3)}`
})

function settings(kind: 'bot' | 'webhook' = 'bot'): SlackSettings {
  return {
    notify: 'always',
    destination:
      kind === 'bot'
        ? { kind: 'bot', token: 'xoxb-1-2-secret', channel: 'C0CHAOS', apiUrl: slack.apiUrl }
        : { kind: 'webhook', url: slack.webhookUrl }
  }
}

/** One gate run's Slack notification, as gate-notify.ts sends it. */
async function notify(
  sha: string,
  failing: readonly string[],
  o: { kind?: 'bot' | 'webhook'; log?: RecordingLog } = {}
) {
  const report = gateReport(
    failing.length ? failing.map((name) => failedExperiment({ name })) : [experimentReport()]
  )
  const facts: ResultFacts = {
    repository: 'acme/shop',
    environment: 'staging',
    check: 'chaos-gate / staging',
    sha,
    verdict: report.verdict,
    failing
  }
  const core = new RecordingCore()
  const outcome = await notifySlack(
    settings(o.kind),
    (options) => gateResultMessage(report, ctx(sha), options),
    report.failed,
    { fetch, clock: new FakeClock(), log: o.log ?? new RecordingLog(), core },
    facts
  )
  return { outcome, core }
}

function posts() {
  return slack
    .find('POST', /chat\.postMessage$/)
    .map((r) => r.body as { thread_ts?: string; text: string; metadata?: unknown })
}

describe('Slack threads for repeated failures', () => {
  it('replies in the thread of the last failure when the same experiment fails on the next commit', async () => {
    await notify('a'.repeat(40), ['checkout-pod-kill'])
    const { core } = await notify('b'.repeat(40), ['checkout-pod-kill', 'cart-delay'])
    const [first, second] = posts()
    expect(first?.thread_ts).toBeUndefined()
    expect(first?.metadata).toEqual({
      event_type: 'chaos_gate_result',
      event_payload: {
        repository: 'acme/shop',
        environment: 'staging',
        check: 'chaos-gate / staging',
        sha: 'a'.repeat(40),
        verdict: 'fail',
        failing: 'checkout-pod-kill'
      }
    })
    expect(second?.thread_ts).toBe('1764158400.000100')
    expect(second?.text).toMatch(/^:rotating_light: Chaos gate FAILED again on staging/)
    expect(core.logs).toContain(
      'Slack: the same experiments failed again; replied in the thread of the last failure'
    )
    // A third failure still answers the first message: replies are not in the channel's history.
    await notify('c'.repeat(40), ['checkout-pod-kill'])
    expect(posts()[2]?.thread_ts).toBe('1764158400.000100')
  })

  it('starts a new message when other experiments fail, or after a pass', async () => {
    await notify('a'.repeat(40), ['checkout-pod-kill'])
    await notify('b'.repeat(40), ['cart-delay'])
    await notify('c'.repeat(40), [])
    await notify('d'.repeat(40), ['cart-delay'])
    expect(posts().map((p) => p.thread_ts)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('posts a new message when the token may not read the history, and says what it needs', async () => {
    await notify('a'.repeat(40), ['checkout-pod-kill'])
    slack.script('GET', /conversations\.history$/, {
      status: 200,
      body: { ok: false, error: 'missing_scope' }
    })
    const log = new RecordingLog()
    const { outcome } = await notify('b'.repeat(40), ['checkout-pod-kill'], { log })
    expect(outcome).toBe('sent')
    expect(posts()[1]?.thread_ts).toBeUndefined()
    expect(log.lines.join('\n')).toMatch(
      /conversations.history: missing_scope.*needs the bot scope channels:history and a channel ID/
    )
  })

  it('never reads history through a webhook, which cannot thread', async () => {
    await notify('a'.repeat(40), ['checkout-pod-kill'], { kind: 'webhook' })
    await notify('b'.repeat(40), ['checkout-pod-kill'], { kind: 'webhook' })
    expect(slack.find('GET', /conversations/)).toEqual([])
    expect(slack.messages.every((m) => !('thread_ts' in m) && !('metadata' in m))).toBe(true)
  })
})
