import type { SlackMessage } from '../../../src/action/notify/slack/blocks'
import { notifySlack } from '../../../src/action/notify/slack/notify'
import type { SlackDestination } from '../../../src/action/notify/slack/settings'
import { postSlackMessage } from '../../../src/action/notify/slack/transport'
import { BackendError } from '../../../src/util/errors'
import { FakeClock } from '../../fakes/clock'
import { RecordingCore } from '../fakes/recording-core'
import { RecordingLog } from '../fakes/recording-log'
import { SlackServer } from '../servers/slack-server'

const message: SlackMessage = {
  text: 'Chaos gate FAILED',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hello' } }]
}
let slack: SlackServer
let clock: FakeClock

beforeEach(async () => {
  slack = await new SlackServer().start()
  clock = new FakeClock()
})
afterEach(() => slack.close())

const deps = () => ({ fetch, clock, log: new RecordingLog() })
const webhook = (): SlackDestination => ({ kind: 'webhook', url: slack.webhookUrl })
const bot = (token = 'xoxb-1-2-secret'): SlackDestination => ({
  kind: 'bot',
  token,
  channel: 'C0123',
  apiUrl: slack.apiUrl
})

async function failure(promise: Promise<unknown>): Promise<BackendError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof BackendError)) throw new Error(`expected BackendError, got ${String(err)}`)
  return err
}

describe('postSlackMessage', () => {
  it('posts text and blocks to an incoming webhook', async () => {
    await postSlackMessage(webhook(), message, deps())
    expect(slack.messages).toEqual([{ text: message.text, blocks: message.blocks }])
  })

  it('posts with chat.postMessage, the bot token and the channel', async () => {
    await postSlackMessage(bot(), message, deps())
    const [req] = slack.requests
    expect(req?.path).toBe('/api/chat.postMessage')
    expect(req?.headers.authorization).toBe('Bearer xoxb-1-2-secret')
    expect(req?.body).toEqual({
      channel: 'C0123',
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false
    })
  })

  it('waits for Retry-After on 429, then succeeds', async () => {
    slack.script('POST', /^\/services\//, {
      status: 429,
      body: 'rate_limited',
      headers: { 'retry-after': '2' }
    })
    await postSlackMessage(webhook(), message, deps())
    expect(clock.sleeps).toEqual([2000])
    expect(slack.requests).toHaveLength(2)
  })

  it('caps a long Retry-After at 30 s', async () => {
    slack.script('POST', /^\/services\//, {
      status: 429,
      body: 'rate_limited',
      headers: { 'retry-after': '600' }
    })
    await postSlackMessage(webhook(), message, deps())
    expect(clock.sleeps).toEqual([30_000])
  })

  it('backs off on 5xx and gives up after four attempts', async () => {
    const down = { status: 500, body: 'rollup_error' }
    slack.script('POST', /^\/services\//, down, down, down, down)
    const err = await failure(postSlackMessage(webhook(), message, deps()))
    expect(err.message).toBe(
      'slack: post message to incoming webhook failed: HTTP 500 rollup_error'
    )
    expect(slack.requests).toHaveLength(4)
    expect(clock.sleeps).toHaveLength(3)
    expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] ?? Infinity)
  })

  it('does not retry other 4xx answers', async () => {
    slack.script('POST', /^\/services\//, { status: 404, body: 'channel_not_found' })
    const err = await failure(postSlackMessage(webhook(), message, deps()))
    expect(err.status).toBe(404)
    expect(slack.requests).toHaveLength(1)
  })

  it('treats ok:false from chat.postMessage as a failure without retrying', async () => {
    slack.script('POST', /chat\.postMessage/, {
      status: 200,
      body: { ok: false, error: 'channel_not_found' }
    })
    const err = await failure(postSlackMessage(bot(), message, deps()))
    expect(err.message).toBe(
      'slack: post message to channel C0123 failed: chat.postMessage: channel_not_found'
    )
    expect(slack.requests).toHaveLength(1)
  })

  it('retries a dropped connection and never puts the webhook URL or token in the error', async () => {
    const drop = { status: 500, hangUp: true }
    slack.script('POST', /^\/services\//, drop, drop, drop, drop)
    const err = await failure(postSlackMessage(webhook(), message, deps()))
    expect(slack.requests).toHaveLength(4)
    expect(err.message).toMatch(/^slack: post message to incoming webhook failed: network error \(/)
    expect(err.message).not.toContain('secretpart')
    expect(err.message).not.toContain(slack.url)
  })
})

describe('notifySlack', () => {
  const settings = (notify: 'failure' | 'always' | 'never') => ({ destination: webhook(), notify })

  it('sends failures under failure, everything under always, nothing under never', async () => {
    const core = new RecordingCore()
    const d = { ...deps(), core }
    expect(await notifySlack(settings('failure'), message, false, d)).toBe('not-wanted')
    expect(await notifySlack(settings('failure'), message, true, d)).toBe('sent')
    expect(await notifySlack(settings('always'), message, false, d)).toBe('sent')
    expect(await notifySlack(settings('never'), message, true, d)).toBe('not-wanted')
    expect(await notifySlack(undefined, message, true, d)).toBe('not-wanted')
    expect(slack.requests).toHaveLength(2)
  })

  it('turns a Slack failure into a warning', async () => {
    slack.script('POST', /^\/services\//, { status: 403, body: 'action_prohibited' })
    const core = new RecordingCore()
    expect(await notifySlack(settings('always'), message, true, { ...deps(), core })).toBe('failed')
    expect(core.messages('warning')).toEqual([
      'Slack notification failed: slack: post message to incoming webhook failed: HTTP 403 action_prohibited. The verdict is unchanged.'
    ])
    expect(core.failures).toEqual([])
  })
})
