/**
 * Action inputs → one readonly ActionSettings. Secrets are masked first, then every input is
 * validated and every problem reported together; nothing past this file reads an input. The
 * settings the CLI shares come through the settings table (gate/read-settings.ts), which also
 * masks the Prometheus URL's password and header values; the rest are the action's own.
 */
import { join } from 'node:path'

import { readSharedSettings, type SettingsSource } from '../gate/read-settings'
import type { GateSettings } from '../gate/settings'
import { SETTINGS } from '../gate/settings-table'
import type { InputError } from '../util/errors'
import type { ActionsCore } from './actions-core'
import type { GitHubEnv } from './github-env'
import { SECRET_INPUTS } from './input-names'
import { InputReader } from './input-reader'
import { readSlackSettings, type SlackSettings } from './notify/slack/settings'
import { type OpsSettings, readOpsSettings } from './ops/ops-settings'

/** How much the check run matters (see docs/action.md, "When GitHub is unreachable"). */
export type CheckRunPolicy = 'best-effort' | 'required' | 'off'

/** Everything about reporting to GitHub itself. */
export interface GitHubReporting {
  readonly token: string
  /** The check run's name, with `<environment>` already filled in. */
  readonly checkName: string
  /** `required`: a check run that cannot be written fails the step; `best-effort`: a warning. */
  readonly checkRun: CheckRunPolicy
  /** Also write a commit status with the check name as its context. */
  readonly commitStatus: boolean
}

export interface ActionSettings {
  /** The engine's settings; the commit under test is added once the event is known. */
  readonly gate: GateSettings
  /** An explicit commit from the `sha` input, which wins over the event. */
  readonly sha?: string
  readonly github: GitHubReporting
  readonly slack?: SlackSettings
  /** Alertmanager silence and Grafana annotations (ops/), when configured. */
  readonly ops?: OpsSettings
}

export type InputsResult =
  | { readonly ok: true; readonly settings: ActionSettings }
  | { readonly ok: false; readonly errors: readonly InputError[] }

/** Reads and validates every input. `runId` names this run's objects and state. */
export function readInputs(
  core: ActionsCore,
  gh: GitHubEnv,
  runId: string,
  env: Readonly<Record<string, string | undefined>> = {}
): InputsResult {
  maskSecrets(core, env)
  const shared = readSharedSettings(inputSource(core, gh.workspace))
  const inputs = new InputReader(core)
  const environment = shared.ok ? shared.settings.environment : inputs.text('environment')
  const github = readGitHubReporting(inputs, environment)
  const slack = readSlackSettings(inputs)
  const ops = readOpsSettings(inputs)
  if (!shared.ok || inputs.errors.length > 0 || !github)
    return { ok: false, errors: [...(shared.ok ? [] : shared.errors), ...inputs.errors] }
  // The explicit sha stays beside the gate's settings: it wins over the event's commit.
  const { sha, ...settings } = shared.settings
  const gate: GateSettings = {
    ...settings,
    cwd: gh.workspace,
    stateDir: gh.runnerTemp ? join(gh.runnerTemp, 'chaos-gate') : join(gh.workspace, '.chaos-gate'),
    runId,
    only: []
  }
  return {
    ok: true,
    settings: { gate, github, ...(sha && { sha }), ...(slack && { slack }), ...(ops && { ops }) }
  }
}

/** The action's side of the settings table: a setting's text is its input, empty for the default. */
function inputSource(core: ActionsCore, workspace: string): SettingsSource {
  return {
    cwd: workspace,
    read: (key) => {
      const input = SETTINGS[key].input
      const text = input === undefined ? '' : core.getInput(input)
      return input === undefined || text === '' ? undefined : { text, name: input }
    },
    nameOf: (key) => SETTINGS[key].input ?? key,
    mask: (secrets) => {
      for (const secret of secrets) core.setSecret(secret)
    }
  }
}

/**
 * `core.setSecret` on every secret value, before anything can log it; GREMLIN_API_KEY too, which
 * the gremlin backend reads when the gremlin-api-key input is empty (the runner masks a secret it
 * passed in `env`, but not in the reports and the check run, which are the gate's own).
 */
function maskSecrets(core: ActionsCore, env: Readonly<Record<string, string | undefined>>): void {
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name)
    if (value) core.setSecret(value)
  }
  const gremlinKey = env.GREMLIN_API_KEY?.trim()
  if (gremlinKey) core.setSecret(gremlinKey)
  for (const name of ['alertmanager-url', 'grafana-url'] as const) {
    const password = urlPassword(core.getInput(name))
    if (password) core.setSecret(password)
  }
}

function urlPassword(value: string): string | undefined {
  try {
    return decodeURIComponent(new URL(value).password) || undefined
  } catch {
    return undefined
  }
}

function readGitHubReporting(
  inputs: InputReader,
  environment: string
): GitHubReporting | undefined {
  const token = inputs.text('github-token')
  const checkRun = inputs.choice<CheckRunPolicy>('check-run', ['best-effort', 'required', 'off'])
  const commitStatus = inputs.boolean('commit-status')
  const checkName = inputs.text('check-name').replaceAll('<environment>', environment).trim()
  if (checkName === '') inputs.reject('check-name', 'expected a name for the check run')
  if (token === '' && (checkRun === 'required' || commitStatus === true)) {
    inputs.reject(
      'github-token',
      "it is empty, but 'check-run: required' or 'commit-status: true' needs it; pass ${{ github.token }} or a token with checks: write"
    )
  }
  if (!checkRun || commitStatus === undefined) return undefined
  return { token, checkName, checkRun, commitStatus }
}
