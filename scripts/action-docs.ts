/**
 * Renders action.yml's inputs and outputs as Markdown tables and puts them between markers in a
 * document. Pure, so a test can check the tables without touching files.
 */
import { parse } from 'yaml'
import { z } from 'zod'

import { type Setting, SETTINGS } from '../src/gate/settings-table'

const ActionMetadata = z.object({
  inputs: z.record(
    z.string(),
    z.object({
      description: z.string(),
      default: z.string().optional(),
      required: z.boolean().optional()
    })
  ),
  outputs: z.record(z.string(), z.object({ description: z.string() }))
})

type Metadata = z.infer<typeof ActionMetadata>

export const MARKERS = {
  inputs: ['<!-- action-inputs:start -->', '<!-- action-inputs:end -->'],
  outputs: ['<!-- action-outputs:start -->', '<!-- action-outputs:end -->']
} as const

export function renderActionDocs(actionYml: string, document: string): string {
  const metadata = ActionMetadata.parse(parse(actionYml))
  const withInputs = replaceBetween(document, MARKERS.inputs, inputsTable(metadata))
  return replaceBetween(withInputs, MARKERS.outputs, outputsTable(metadata))
}

export function inputsTable(metadata: Metadata): string {
  const rows = Object.entries(metadata.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${prose(input.description)} | ${input.default ? `\`${cell(input.default)}\`` : '_empty_'} | ${commandLine(name)} |`
  )
  return [
    '| Input | Description | Default | Command line |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** The flag and environment variable of the same setting (the settings table), or none. */
function commandLine(input: string): string {
  const row = Object.values<Setting<unknown>>(SETTINGS).find((r) => r.input === input)
  const names = [row?.flag && `\`--${row.flag}\``, row?.env && `\`${row.env}\``].filter(Boolean)
  return names.length > 0 ? names.join(', ') : '_action only_'
}

export function outputsTable(metadata: Metadata): string {
  const rows = Object.entries(metadata.outputs).map(
    ([name, output]) => `| \`${name}\` | ${prose(output.description)} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

function replaceBetween(
  document: string,
  [start, end]: readonly [string, string],
  content: string
): string {
  const from = document.indexOf(start)
  const to = document.indexOf(end)
  if (from < 0 || to < from) {
    throw new Error(`the document needs the markers ${start} and ${end}, in that order`)
  }
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`
}

/** A prose cell: `<environment>` must show as text, not vanish as an HTML tag. */
function prose(text: string): string {
  return cell(text).replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** One table cell: no line breaks, no stray pipes. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}
