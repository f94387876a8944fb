/**
 * Shortens Markdown to a size limit without leaving a code fence or a <details> block open, and
 * says where the rest is. GitHub rejects a check-run summary over 65535 characters and drops a
 * job summary over 1 MiB, so both are cut here instead.
 */

export type Measure = 'chars' | 'bytes'

/** Check-run `output.summary` and `output.text` (characters). */
export const CHECK_RUN_TEXT_LIMIT = 65_535
/** One step's job summary file (bytes). */
export const JOB_SUMMARY_LIMIT = 1024 * 1024

export function fitMarkdown(text: string, limit: number, note: string, measure: Measure): string {
  const size = (s: string): number =>
    measure === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length
  if (size(text) <= limit) return text
  // Reserve room for the note and for closing whatever the cut leaves open.
  const reserve = size(note) + 64
  let head = cut(text, Math.max(0, limit - reserve), measure)
  const newline = head.lastIndexOf('\n')
  if (newline > 0) head = head.slice(0, newline)
  return `${head}\n${closers(head)}\n${note}\n`
}

function cut(text: string, budget: number, measure: Measure): string {
  if (measure === 'chars') return text.slice(0, budget)
  // Decoding a byte prefix may end in half a character; drop the replacement it becomes.
  return Buffer.from(text, 'utf8')
    .subarray(0, budget)
    .toString('utf8')
    .replace(/\uFFFD+$/, '')
}

/** The fence and </details> tags that close what `head` left open. */
function closers(head: string): string {
  const parts: string[] = []
  const fences = head.match(/^```/gm)?.length ?? 0
  if (fences % 2 === 1) parts.push('```')
  const open = (head.match(/<details\b/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0)
  for (let i = 0; i < open; i++) parts.push('</details>')
  return parts.join('\n')
}
