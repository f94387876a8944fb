/**
 * Writes the latest table into README.md between the Performance section's markers, formatted by
 * prettier as `npm run lint` expects it.
 */
import { readFileSync, writeFileSync } from 'node:fs'

import { format, resolveConfig } from 'prettier'

export const README_BEGIN = '<!-- bench:begin -->'
export const README_END = '<!-- bench:end -->'

export async function writeReadmeTable(readmePath: string, block: string): Promise<void> {
  const text = readFileSync(readmePath, 'utf8')
  const begin = text.indexOf(README_BEGIN)
  const end = text.indexOf(README_END)
  if (begin < 0 || end < begin)
    throw new Error(
      `${readmePath} has no ${README_BEGIN} … ${README_END} markers; add them to the Performance section`
    )
  const next = `${text.slice(0, begin + README_BEGIN.length)}\n\n${block.trim()}\n\n${text.slice(end)}`
  const options = (await resolveConfig(readmePath)) ?? {}
  writeFileSync(readmePath, await format(next, { ...options, filepath: readmePath }))
}
