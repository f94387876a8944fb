/** Small text helpers the Markdown renderers share. */
import { formatDuration } from '../util/duration'

/** Text safe inside a Markdown table cell: no pipes or line breaks, HTML neutralised. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n')
}

/** A collapsible section. The blank lines let GitHub render Markdown inside it. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** `+12.3s` from `origin`. */
export function since(at: number, origin: number): string {
  const ms = at - origin
  return `${ms < 0 ? '-' : '+'}${formatDuration(Math.abs(ms))}`
}
