/**
 * The action's main step as the runner starts it: `node main.js` with an INPUT_<NAME> variable for
 * every input of action.yml (the step's value, else the default), the GITHUB_* variables, and the
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) in a temp dir.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import type { BenchContext, Bundle } from './model'
import { type Running, startNode } from './processes'

export interface ActionStep {
  readonly bundle: Bundle
  /** Where the manifests are; `experiments` in `with` is relative to it. */
  readonly workspace: string
  readonly with: Readonly<Record<string, string>>
  readonly timeoutMs: number
  /** The node binary (the runner's node24, or the one running the benchmark when unset). */
  readonly node?: string
}

export function startActionMain(ctx: BenchContext, step: ActionStep): Running {
  const entry = step.bundle.entries.main
  if (entry === undefined) throw new Error(`the bundle in ${step.bundle.dir} exports no main()`)
  const dir = ctx.tempDir('action-step')
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path')
  }
  for (const path of Object.values(files)) writeFileSync(path, '')
  mkdirSync(join(dir, 'temp'))
  return startNode({
    ...(step.node !== undefined && { node: step.node }),
    args: [entry],
    cwd: step.workspace,
    env: {
      ...files,
      ...inputEnv(ctx.root, step.with),
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_WORKSPACE: step.workspace,
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9'
    },
    timeoutMs: step.timeoutMs
  })
}

/** INPUT_<NAME> for every input of action.yml: the step's value, else the default. */
function inputEnv(root: string, values: Readonly<Record<string, string>>): Record<string, string> {
  const action: unknown = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  const inputs = isRecord(action) && isRecord(action.inputs) ? action.inputs : {}
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(inputs)) {
    const fallback = isRecord(input) && typeof input.default === 'string' ? input.default : ''
    const value = values[name] ?? fallback
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.startsWith('${{') ? '' : value
  }
  return env
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
