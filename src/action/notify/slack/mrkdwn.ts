/**
 * Slack's text rules (docs.slack.dev, "Formatting text"): `&`, `<` and `>` are control
 * characters and must be escaped in user content; links are `<url|text>`, which avoids the
 * interaction payload a link button sends.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A link whose text is escaped and whose URL cannot break out of the `<...>` form. */
export function mrkdwnLink(url: string, text: string): string {
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
  return `<${safeUrl}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`
}

/** Cuts text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}

/** Like clip, for text already in mrkdwn: never leaves half an entity or an unclosed link. */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text
    .slice(0, Math.max(0, max - 1))
    .replace(/&[a-z]*$/, '')
    .replace(/<[^>]*$/, '')
  return `${cut}…`
}
