/**
 * `chaos-gate validate [paths...]`: loads every manifest and the policy, prints every problem at
 * once, and exits 0 when everything is valid, 2 when not. Touches no cluster.
 */
import { inspectExperiments } from '../../policy/load-experiments'
import { countIssues, describeCounts, issueLines, plural } from '../../report/issue-output'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { flagHelp, MANIFEST_FLAG_NAMES, pickFlags, settingsFromFlags } from '../settings-flags'

export const validateCommand: Command = {
  name: 'validate',
  help: [
    'Usage: chaos-gate validate [paths...] [flags]',
    '',
    'Reads the experiment manifests (files, directories or globs; default experiments/**/*.{yaml,yml})',
    'and the blast-radius policy, and prints every problem as file:line:col: severity: message.',
    'Nothing is submitted anywhere.',
    '',
    'Flags:',
    flagHelp(MANIFEST_FLAG_NAMES),
    '',
    'Exit codes: 0 valid, 2 not valid.'
  ].join('\n'),
  options: pickFlags(MANIFEST_FLAG_NAMES),
  async run(flags, positionals, io) {
    const settings = settingsFromFlags(flags, positionals, io)
    const inspection = await inspectExperiments(settings, { env: io.env })
    const counts = countIssues(inspection.issues)
    io.stdout.write(issueLines(inspection.issues))
    const files = plural(inspection.files, 'file') ?? 'no files'
    const runnable = inspection.plans.filter((p) => p.runnable).length
    if (counts.errors > 0) {
      io.stdout.write(
        `Not valid: ${describeCounts(counts)} in ${files}; nothing would be injected.\n`
      )
      return ExitCode.invalid
    }
    const extra = counts.warnings + counts.notices > 0 ? ` (${describeCounts(counts)})` : ''
    io.stdout.write(
      `Valid: ${plural(runnable, 'experiment') ?? 'no experiments'} in ${files}${extra}.\n`
    )
    return ExitCode.ok
  }
}
