/**
 * The Block Kit subset the gate's messages use, Slack's limits for it (node-slack-sdk block types;
 * bolt-js#2509 for the aggregate), and the builders that keep every block within them.
 */
import { clip, clipMrkdwn } from './mrkdwn'

export interface PlainText {
  readonly type: 'plain_text'
  readonly text: string
  readonly emoji: boolean
}
export interface Mrkdwn {
  readonly type: 'mrkdwn'
  readonly text: string
}
export type Block =
  | { readonly type: 'header'; readonly text: PlainText }
  | { readonly type: 'section'; readonly text?: Mrkdwn; readonly fields?: readonly Mrkdwn[] }
  | { readonly type: 'context'; readonly elements: readonly Mrkdwn[] }

export interface SlackMessage {
  /** Notification and screen-reader fallback; also what old clients show. */
  readonly text: string
  readonly blocks: readonly Block[]
}

export const MAX_BLOCKS = 50
export const HEADER_LIMIT = 150
export const SECTION_LIMIT = 3000
export const FIELD_LIMIT = 2000
/** Below Slack's undocumented aggregate limit (~13.2k characters observed), with room to spare. */
export const TOTAL_BUDGET = 10_000
/** Head, as many body sections as the block and size budgets allow, a "more" note, then tail. */
export function fitBlocks(
  head: Block[],
  body: Block[],
  tail: Block[],
  more: (n: number) => string,
  maxBody: number
): Block[] {
  const room = Math.min(MAX_BLOCKS - head.length - tail.length - 1, maxBody)
  let budget = TOTAL_BUDGET - [...head, ...tail].reduce((n, b) => n + size(b), 0) - 200
  const kept: Block[] = []
  for (const block of body) {
    if (kept.length >= room || size(block) > budget) break
    kept.push(block)
    budget -= size(block)
  }
  const dropped = body.length - kept.length
  const note: Block[] =
    dropped > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: more(dropped) }] }] : []
  return [...head, ...kept, ...note, ...tail]
}

function size(block: Block): number {
  if (block.type === 'header') return block.text.text.length
  if (block.type === 'context') return block.elements.reduce((n, e) => n + e.text.length, 0)
  return (
    (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0)
  )
}

export function header(text: string): Block {
  return {
    type: 'header',
    text: { type: 'plain_text', text: clip(text, HEADER_LIMIT), emoji: true }
  }
}

export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(text, SECTION_LIMIT) } }
}

export function field(text: string): Mrkdwn {
  return { type: 'mrkdwn', text: clipMrkdwn(text, FIELD_LIMIT) }
}
