/**
 * Decides whether a message goes out (`slack-notify`) and keeps Slack best-effort: a failure to
 * post is a warning and never changes the verdict.
 */
import { errorMessage } from '../../util/errors'
import type { ActionsCore } from '../actions-core'
import type { SlackMessage } from './blocks'
import type { SlackSettings } from './settings'
import { postSlackMessage, type SlackTransportDeps } from './transport'

export type NotifyOutcome = 'sent' | 'not-wanted' | 'failed'

/**
 * Posts `message` when the policy wants it: `failure` only for bad news, `always` for any.
 * `isFailure` is true when the gate failed, could not run, or left a fault behind.
 */
export async function notifySlack(
  settings: SlackSettings | undefined,
  message: SlackMessage,
  isFailure: boolean,
  deps: SlackTransportDeps & { readonly core: ActionsCore }
): Promise<NotifyOutcome> {
  if (!settings || settings.notify === 'never') return 'not-wanted'
  if (settings.notify === 'failure' && !isFailure) return 'not-wanted'
  try {
    await postSlackMessage(settings.destination, message, deps)
    deps.core.info('Slack: notification sent')
    return 'sent'
  } catch (err) {
    deps.core.warning(`Slack notification failed: ${errorMessage(err)}. The verdict is unchanged.`)
    return 'failed'
  }
}
