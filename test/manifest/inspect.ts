import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

import type { Experiment } from '../../src/manifest/model'
import {
  type ExperimentSettings,
  inspectExperiments,
  type Inspection
} from '../../src/policy/load-experiments'
import type { Issue } from '../../src/util/errors'

/** The repository root: fixture paths and issue file names are relative to it. */
export const ROOT = resolve(__dirname, '../..')

/** Inspects `paths` from the repository root with test-friendly defaults. */
export async function inspect(
  paths: readonly string[],
  settings: Partial<ExperimentSettings> = {},
  env: Record<string, string | undefined> = {}
): Promise<Inspection> {
  return inspectExperiments(
    { experiments: paths, cwd: ROOT, backend: 'auto', environment: 'staging', ...settings },
    { env }
  )
}

/** The experiment named `name`, failing the test when it is missing. */
export function experimentNamed(inspection: Inspection, name: string): Experiment {
  const found = inspection.plans.find((p) => p.experiment.name === name)
  if (!found)
    throw new Error(`no experiment ${name}; issues: ${JSON.stringify(inspection.issues, null, 2)}`)
  return found.experiment
}

/** `file:line:col code` for each error, for compact assertions. */
export function errorsOf(inspection: Inspection): string[] {
  return inspection.issues.filter((i) => i.severity === 'error').map(short)
}

/** `file:line:col code`. */
export function short(i: Issue): string {
  return `${i.file}:${i.line}:${i.col} ${i.code ?? ''}`
}

/** Writes `files` into a fresh directory, inspects it, and removes it again. */
export async function inspectTexts(
  files: Readonly<Record<string, string>>,
  settings: Partial<ExperimentSettings> = {},
  env: Record<string, string | undefined> = {}
): Promise<Inspection> {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-test-'))
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return await inspectExperiments(
      { experiments: ['.'], cwd: dir, backend: 'auto', environment: 'staging', ...settings },
      { env }
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
