/**
 * The one place that turns an error into the step's failure (docs/architecture.md, "Conventions"): annotations at
 * the right lines, a summary a person can act on, the `verdict` output, and `setFailed`. Stacks
 * go to the debug log only.
 */
import {
  BackendError,
  errorMessage,
  GateTimeoutError,
  InputError,
  ManifestError
} from '../util/errors'
import type { ActionsCore } from './actions-core'
import { emitAnnotations, issueFindings, planAnnotations } from './notify/annotations'
import { writeJobSummary } from './notify/job-summary'
import { setOutputs, verdictOutputs } from './outputs'

export async function failStep(
  core: ActionsCore,
  err: unknown,
  workspace: string,
  runId = ''
): Promise<void> {
  if (err instanceof Error && err.stack) core.debug(err.stack)
  setOutputs(core, verdictOutputs('error', runId))
  if (err instanceof ManifestError) {
    const plan = planAnnotations(issueFindings(err.issues))
    emitAnnotations(core, plan, workspace)
    await writeJobSummary(core, manifestSummary(err))
    core.setFailed(`${err.message}; nothing was injected. Each problem is annotated at its line.`)
    return
  }
  if (err instanceof InputError) {
    await writeJobSummary(core, `### Chaos gate: invalid input\n\n${err.message}\n`)
    core.setFailed(err.message)
    return
  }
  const message = errorMessage(err)
  const operational = err instanceof BackendError || err instanceof GateTimeoutError
  await writeJobSummary(
    core,
    `### Chaos gate could not ${operational ? 'operate' : 'finish'}\n\n\`\`\`\n${message}\n\`\`\`\n`
  )
  core.setFailed(
    operational ? `chaos-gate could not operate: ${message}` : `chaos-gate: ${message}`
  )
}

/** Every problem in the input, reported together, then the step fails once. */
export async function rejectInputs(
  core: ActionsCore,
  errors: readonly InputError[]
): Promise<void> {
  setOutputs(core, verdictOutputs('error'))
  for (const err of errors) core.error(err.message, { title: 'chaos-gate: invalid input' })
  await writeJobSummary(
    core,
    ['### Chaos gate: invalid input', '', ...errors.map((e) => `- ${e.message}`), ''].join('\n')
  )
  core.setFailed(
    `${errors.length} invalid input${errors.length === 1 ? '' : 's'}; nothing was injected. Fix the step's 'with:' block.`
  )
}

function manifestSummary(err: ManifestError): string {
  const lines = err.issues.map(
    (i) =>
      `- \`${i.file}:${i.line}:${i.col}\` **${i.severity}**: ${i.message}${i.expected ? `; expected ${i.expected}` : ''}${i.hint ? `. ${i.hint}` : ''}`
  )
  return [
    `### Chaos gate: ${err.message}`,
    '',
    'Nothing was injected. Fix these and push again; `npx chaos-gate validate` shows the same list locally.',
    '',
    ...lines,
    ''
  ].join('\n')
}
