/**
 * Threads repeated failures: when the same experiment fails again, the message is a reply in the
 * thread of the last failure instead of a new message in the channel.
 *
 * How the last failure is found: every bot message carries Slack message metadata (event type
 * `chaos_gate_result`, with the repository, environment, check, commit and the failing
 * experiments), and the next run reads the channel's latest messages with conversations.history.
 * Slack's own history is the record of what was posted where, so nothing has to be carried between
 * runs: a check run on the previous commit would first need that commit found, and says nothing
 * about which channel a message went to or whether it still exists. It needs the bot's
 * `channels:history` (or `groups:history`) scope and a channel ID; without them the message
 * is posted as a new one, as with a webhook, which cannot thread at all.
 */
import { errorMessage } from '../../../util/errors'
import type { SlackDestination } from './settings'
import { channelHistory, type SlackMetadata, type SlackTransportDeps } from './transport'

export const GATE_EVENT_TYPE = 'chaos_gate_result'

/** How far back the last message about this check is looked for. */
const HISTORY_LIMIT = 50

/** The facts a result message carries, and the next run matches on. */
export interface ResultFacts {
  readonly repository: string
  readonly environment: string
  readonly check: string
  readonly sha: string
  readonly verdict: string
  /** The experiments whose verdict failed the gate. */
  readonly failing: readonly string[]
}

export function resultMetadata(facts: ResultFacts): SlackMetadata {
  return {
    event_type: GATE_EVENT_TYPE,
    event_payload: {
      repository: facts.repository,
      environment: facts.environment,
      check: facts.check,
      sha: facts.sha,
      verdict: facts.verdict,
      // Metadata values stay flat strings, so lists are comma-joined (experiment names hold none).
      failing: facts.failing.join(',')
    }
  }
}

/**
 * The ts of the last message about this check when it reported a failure of one of the same
 * experiments; undefined when the last one was about other experiments or a pass, when there is
 * none, or when the history cannot be read.
 */
export async function previousFailureTs(
  destination: Extract<SlackDestination, { kind: 'bot' }>,
  facts: ResultFacts,
  deps: SlackTransportDeps
): Promise<string | undefined> {
  let history
  try {
    history = await channelHistory(destination, HISTORY_LIMIT, deps)
  } catch (err) {
    deps.log.info(
      `Slack: the last failure could not be looked up (${errorMessage(err)}); posting a new message. Replying in its thread needs the bot scope channels:history and a channel ID in 'slack-channel'.`
    )
    return undefined
  }
  const last = history.find((m) => {
    const p = m.metadata?.event_payload
    return (
      m.metadata?.event_type === GATE_EVENT_TYPE &&
      p?.repository === facts.repository &&
      p.environment === facts.environment &&
      p.check === facts.check
    )
  })
  const before = new Set((last?.metadata?.event_payload.failing ?? '').split(',').filter(Boolean))
  return last && facts.failing.some((name) => before.has(name)) ? last.ts : undefined
}
