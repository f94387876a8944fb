/**
 * `chaos-gate plan [paths...] [--json]`: what the gate would do, per experiment, without doing it:
 * backend, kind, namespace, declared targets, duration, steady-state checks and every policy
 * decision. Exits 2 when anything is invalid, after printing the plan of what is valid.
 */
import { inspectExperiments } from '../../policy/load-experiments'
import { countIssues, describeCounts, issueLines } from '../../report/issue-output'
import { renderPlan } from '../../report/plan-text'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { flagHelp, MANIFEST_FLAG_NAMES, pickFlags, settingsFromFlags } from '../settings-flags'
import { planToJson } from './plan-json'

export const planCommand: Command = {
  name: 'plan',
  help: [
    'Usage: chaos-gate plan [paths...] [--policy FILE] [--json] [flags]',
    '',
    'Prints, per experiment: name, source file:line, backend, kind, action, namespace, declared',
    'targets, duration, steady-state checks and the policy decisions. Nothing is submitted.',
    '',
    'Flags:',
    '      --json                  the plan as JSON (schemaVersion 1, see docs/cli.md)',
    flagHelp(MANIFEST_FLAG_NAMES),
    '',
    'Exit codes: 0 valid, 2 not valid (the plan of the valid experiments is still printed).'
  ].join('\n'),
  options: { ...pickFlags(MANIFEST_FLAG_NAMES), json: { type: 'boolean' } },
  async run(flags, positionals, io) {
    const settings = settingsFromFlags(flags, positionals, io)
    const inspection = await inspectExperiments(settings, { env: io.env })
    const counts = countIssues(inspection.issues)
    if (flags.json === true) {
      io.stdout.write(`${JSON.stringify(planToJson(inspection), null, 2)}\n`)
    } else {
      io.stdout.write(renderPlan(inspection))
      if (inspection.issues.length > 0)
        io.stdout.write(`\nProblems:\n${issueLines(inspection.issues)}`)
      const runnable = inspection.plans.filter((p) => p.runnable).length
      io.stdout.write(
        `\n${runnable} of ${inspection.plans.length} experiments runnable; ${describeCounts(counts)}.\n`
      )
    }
    return counts.errors > 0 ? ExitCode.invalid : ExitCode.ok
  }
}
