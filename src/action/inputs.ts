/**
 * Action inputs → one readonly ActionSettings. Secrets are masked first, then every input is
 * validated and every problem reported together; nothing past this file reads an input.
 */
import { isAbsolute, join, resolve } from 'node:path'

import { type GateSettings, MODES, SHARED_SETTINGS, type Verdict, VERDICTS } from '../gate/settings'
import { BACKEND_KINDS, type BackendKind } from '../manifest/model'
import type { InputError } from '../util/errors'
import type { ActionsCore } from './actions-core'
import type { GitHubEnv } from './github-env'
import { SECRET_INPUTS } from './input-names'
import { InputReader } from './input-reader'
import { readSlackSettings, type SlackSettings } from './notify/slack/settings'
import { type OpsSettings, readOpsSettings } from './ops/ops-settings'
import { prometheusSecrets, readErrorBudget, readPrometheus } from './prometheus-input'

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

const BACKENDS: readonly ('auto' | BackendKind)[] = ['auto', ...BACKEND_KINDS]
const FAIL_ON_CHOICES: readonly Verdict[] = VERDICTS.filter((v) => v !== 'pass')

/** Reads and validates every input. `runId` names this run's objects and state. */
export function readInputs(
  core: ActionsCore,
  gh: GitHubEnv,
  runId: string,
  env: Readonly<Record<string, string | undefined>> = {}
): InputsResult {
  maskSecrets(core, env)
  const inputs = new InputReader(core)
  const environment = readEnvironment(inputs)
  const gate = readGateSettings(inputs, gh, runId, environment)
  const github = readGitHubReporting(inputs, environment)
  const slack = readSlackSettings(inputs)
  const sha = readSha(inputs)
  const ops = readOpsSettings(inputs)
  if (inputs.errors.length > 0 || !gate || !github) return { ok: false, errors: inputs.errors }
  return {
    ok: true,
    settings: { gate, github, ...(sha && { sha }), ...(slack && { slack }), ...(ops && { ops }) }
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
  for (const secret of prometheusSecrets(
    core.getInput('prometheus-url'),
    core.getInput('prometheus-headers')
  )) {
    core.setSecret(secret)
  }
}

function urlPassword(value: string): string | undefined {
  try {
    return decodeURIComponent(new URL(value).password) || undefined
  } catch {
    return undefined
  }
}

function readEnvironment(inputs: InputReader): string {
  const environment = inputs.text('environment')
  if (environment === '') inputs.reject('environment', 'expected the environment name to gate')
  return environment
}

function readGateSettings(
  inputs: InputReader,
  gh: GitHubEnv,
  runId: string,
  environment: string
): GateSettings | undefined {
  const experiments = inputs.lines('experiments')
  if (experiments.length === 0) {
    inputs.reject('experiments', 'expected at least one glob or path, one per line')
  }
  const backend = inputs.choice('backend', BACKENDS)
  const mode = inputs.choice('mode', MODES)
  const concurrency = inputs.integer(
    'concurrency',
    SHARED_SETTINGS.concurrency.min,
    SHARED_SETTINGS.concurrency.max
  )
  const timeoutMs = inputs.duration('timeout')
  const failOn = readFailOn(inputs)
  const prometheus = readPrometheus(inputs)
  const errorBudget = readErrorBudget(inputs, prometheus !== undefined)
  if (!backend || !mode || !concurrency || !timeoutMs || !failOn) return undefined
  const kubeconfig = inputs.optional('kubeconfig')
  const context = inputs.optional('context')
  const namespace = inputs.optional('namespace')
  const policy = inputs.optional('policy')
  const gremlinTeamId = inputs.optional('gremlin-team-id')
  const gremlinApiKey = inputs.optional('gremlin-api-key')
  return {
    experiments,
    cwd: gh.workspace,
    backend,
    mode,
    environment,
    concurrency,
    timeoutMs,
    failOn,
    reportDir: resolveIn(gh.workspace, inputs.text('report-dir')),
    stateDir: gh.runnerTemp ? join(gh.runnerTemp, 'chaos-gate') : join(gh.workspace, '.chaos-gate'),
    runId,
    only: [],
    ...(kubeconfig && { kubeconfig: resolveIn(gh.workspace, kubeconfig) }),
    ...(context && { context }),
    ...(namespace && { namespace }),
    ...(policy && { policy }),
    ...(prometheus && { prometheus }),
    ...(errorBudget && { errorBudget }),
    ...((gremlinTeamId || gremlinApiKey) && {
      gremlin: {
        ...(gremlinTeamId && { teamId: gremlinTeamId }),
        ...(gremlinApiKey && { apiKey: gremlinApiKey })
      }
    })
  }
}

function readFailOn(inputs: InputReader): ReadonlySet<Verdict> | undefined {
  const words = inputs
    .text('fail-on')
    .split(/[\s,]+/)
    .filter((w) => w !== '')
  const unknown = words.filter((w) => !FAIL_ON_CHOICES.some((v) => v === w))
  if (words.length === 0 || unknown.length > 0) {
    inputs.reject(
      'fail-on',
      `expected a comma-separated list of ${FAIL_ON_CHOICES.join(', ')}; ${words.length === 0 ? "got nothing (to never fail the job, use 'mode: warn')" : `'${unknown.join("', '")}' is not one`}`
    )
    return undefined
  }
  return new Set(FAIL_ON_CHOICES.filter((v) => words.includes(v)))
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

function readSha(inputs: InputReader): string | undefined {
  const sha = inputs.optional('sha')
  if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) {
    inputs.reject('sha', `expected a full 40-character commit sha; got '${sha.slice(0, 60)}'`)
  }
  return sha
}

function resolveIn(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path)
}
