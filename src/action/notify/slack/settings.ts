/**
 * Where Slack messages go and when. Either an incoming webhook (one URL bound to one channel) or a
 * bot token with `chat.postMessage` and a channel; never both.
 */
import type { InputReader } from '../../input-reader'

export type SlackNotify = 'failure' | 'always' | 'never'

export type SlackDestination =
  | { readonly kind: 'webhook'; readonly url: string }
  | {
      readonly kind: 'bot'
      readonly token: string
      readonly channel: string
      /** The Web API root; only tests point it elsewhere. */
      readonly apiUrl: string
    }

export interface SlackSettings {
  readonly destination: SlackDestination
  readonly notify: SlackNotify
  /** Who bad news calls on, as mrkdwn (`<!subteam^S…>`, `<@U…>`, `<!here>`). */
  readonly mention?: string
}

export const SLACK_API_URL = 'https://slack.com/api'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Reads the Slack inputs. Undefined when no destination is configured or notify is `never`.
 * Secrets are already masked by the caller; messages here never echo them.
 */
export function readSlackSettings(inputs: InputReader): SlackSettings | undefined {
  const settings = readDestination(inputs)
  const mention = readMention(inputs)
  if (mention && !inputs.optional('slack-webhook-url') && !inputs.optional('slack-bot-token')) {
    inputs.reject(
      'slack-mention',
      "'slack-mention' needs a Slack destination: 'slack-webhook-url', or 'slack-bot-token' with 'slack-channel'"
    )
  }
  return settings && mention ? { ...settings, mention } : settings
}

/**
 * `slack-mention`: a user group (S…), a user (U… or W…), or here/channel. Slack only notifies
 * for IDs in `<…>` form; a plain @name is just text, so names are refused with how to find the ID.
 */
function readMention(inputs: InputReader): string | undefined {
  const value = inputs.optional('slack-mention')
  if (value === undefined) return undefined
  const id = value.replace(/^[@!]/, '').replace(/^subteam\^/, '')
  if (/^S[A-Z0-9]{6,}$/.test(id)) return `<!subteam^${id}>`
  if (/^[UW][A-Z0-9]{6,}$/.test(id)) return `<@${id}>`
  if (id === 'here' || id === 'channel') return `<!${id}>`
  inputs.reject(
    'slack-mention',
    `expected a user group ID (S…), a user ID (U…) or 'here'; got '${value.slice(0, 40)}'. Slack notifies only for IDs: copy a user group's ID from its page (Copy group ID) or a member's from their profile (Copy member ID)`
  )
  return undefined
}

function readDestination(inputs: InputReader): SlackSettings | undefined {
  const notify = inputs.choice<SlackNotify>('slack-notify', ['failure', 'always', 'never'])
  const webhook = inputs.optional('slack-webhook-url')
  const token = inputs.optional('slack-bot-token')
  const channel = inputs.optional('slack-channel')
  if (webhook && token) {
    inputs.reject(
      'slack-webhook-url',
      "set either 'slack-webhook-url' or 'slack-bot-token' with 'slack-channel', not both"
    )
    return undefined
  }
  if (webhook) {
    if (channel) {
      inputs.reject(
        'slack-channel',
        "an incoming webhook posts to the channel it was created for; 'slack-channel' only applies with 'slack-bot-token'"
      )
    }
    if (!isWebhookUrl(webhook)) {
      inputs.reject(
        'slack-webhook-url',
        'expected an https:// URL such as the one Slack shows for an incoming webhook (the value is a secret and is not shown)'
      )
    }
    return notify && notify !== 'never'
      ? { destination: { kind: 'webhook', url: webhook }, notify }
      : undefined
  }
  if (token) return botSettings(inputs, token, channel, notify)
  if (channel) {
    inputs.reject('slack-channel', "'slack-channel' needs 'slack-bot-token' to post with")
  }
  return undefined
}

function botSettings(
  inputs: InputReader,
  token: string,
  channel: string | undefined,
  notify: SlackNotify | undefined
): SlackSettings | undefined {
  if (!/^xox[a-z]-[A-Za-z0-9-]+$/.test(token)) {
    inputs.reject(
      'slack-bot-token',
      "expected a Slack token starting with 'xoxb-' (the value is a secret and is not shown)"
    )
  }
  if (!channel) {
    inputs.reject('slack-channel', "'slack-bot-token' needs a channel ID (C…) or name to post to")
    return undefined
  }
  return notify && notify !== 'never'
    ? { destination: { kind: 'bot', token, channel, apiUrl: SLACK_API_URL }, notify }
    : undefined
}

/** https anywhere; plain http only on loopback, for a local relay or a test server. */
function isWebhookUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
}
