/** Terminal styling, applied only when the output is a TTY (plain text otherwise). */
import type { Verdict } from '../../gate/settings'

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const

export type Style = keyof typeof CODES

/**
 * Whether to colour: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it on (but
 * `0` or `false`), otherwise colour follows whether the output is a terminal (no-color.org).
 */
export function colorOn(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean
): boolean {
  if (env.NO_COLOR) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  return isTTY
}

/** Wraps text in an ANSI style, or returns it unchanged when colour is off. */
export function paint(color: boolean, style: Style, text: string): string {
  return color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text
}

export const VERDICT_STYLE: Readonly<Record<Verdict, Style>> = {
  pass: 'green',
  skipped: 'dim',
  inconclusive: 'yellow',
  aborted: 'red',
  fail: 'red',
  error: 'red'
}

/** The visible width of text that may contain ANSI styles. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')].length
}

/** Cuts text to `width` visible characters, keeping its ANSI styles intact and closing them. */
export function truncateVisible(text: string, width: number): string {
  if (visibleLength(text) <= width) return text
  let out = ''
  let shown = 0
  // eslint-disable-next-line no-control-regex
  for (const part of text.split(/(\x1b\[[0-9;]*[A-Za-z])/)) {
    if (part.startsWith('\x1b[')) {
      out += part
      continue
    }
    const chars = [...part]
    const room = Math.max(0, width - 1 - shown)
    out += chars.slice(0, room).join('')
    shown += Math.min(chars.length, room)
    if (shown >= width - 1) break
  }
  return `${out}…\x1b[0m`
}
