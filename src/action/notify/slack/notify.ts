/**
 * Decides whether a message goes out (`slack-notify`) and keeps Slack best-effort: a failure to
 * post is a warning and never changes the verdict.
 */
import { errorMessage } from '../../../util/errors'
import type { ActionsCore } from '../../actions-core'
import type { MessageOptions, SlackMessage } from './blocks'
import type { SlackSettings } from './settings'
import { previousFailureTs, type ResultFacts, resultMetadata } from './thread'
import { postSlackMessage, type SlackTransportDeps } from './transport'

export type NotifyOutcome = 'sent' | 'not-wanted' | 'failed'

/**
 * Posts `message` when the policy wants it: `failure` only for bad news, `always` for any.
 * `isFailure` is true when the gate failed, could not run, or left a fault behind. With `result`
 * (a gate's verdict) and a bot token, the message carries the facts the next run looks for, and a
 * failure of the same experiments as the last message is a reply in that message's thread.
 */
export async function notifySlack(
  settings: SlackSettings | undefined,
  message: SlackMessage | ((options: MessageOptions) => SlackMessage),
  isFailure: boolean,
  deps: SlackTransportDeps & { readonly core: ActionsCore },
  result?: ResultFacts
): Promise<NotifyOutcome> {
  if (!settings || settings.notify === 'never') return 'not-wanted'
  if (settings.notify === 'failure' && !isFailure) return 'not-wanted'
  const { destination } = settings
  try {
    const bot = destination.kind === 'bot' ? destination : undefined
    const threadTs =
      bot && result && result.failing.length > 0
        ? await previousFailureTs(bot, result, deps)
        : undefined
    const compose = typeof message === 'function' ? message : () => message
    await postSlackMessage(destination, compose({ again: threadTs !== undefined }), deps, {
      ...(threadTs && { threadTs }),
      ...(bot && result && { metadata: resultMetadata(result) })
    })
    deps.core.info(
      threadTs
        ? 'Slack: the same experiments failed again; replied in the thread of the last failure'
        : 'Slack: notification sent'
    )
    return 'sent'
  } catch (err) {
    deps.core.warning(`Slack notification failed: ${errorMessage(err)}. The verdict is unchanged.`)
    return 'failed'
  }
}
