/**
 * Decides what the action gates, from the triggering event. On `deployment_status` it gates the
 * deployed commit only when the status is `success` for the configured environment; any other
 * event gates the checked-out commit (docs/action.md, "Events").
 */
import { readFile } from 'node:fs/promises'

import { z } from 'zod'

import { InputError } from '../util/errors'
import type { GitHubEnv } from './github-env'

/** The deployment behind a `deployment_status` event. */
export interface DeploymentRef {
  readonly id: number
  /** The deployment's REST URL. */
  readonly url: string
  /** Where the deployed app answers, when the deployer said (`environment_url`). */
  readonly environmentUrl?: string
  /** The deployer's log (`log_url`, or the deprecated `target_url`). */
  readonly logUrl?: string
}

/** The pull request behind a `pull_request` or `pull_request_target` event. */
export interface PullRequestRef {
  readonly number: number
  /** The head commit: GitHub shows checks and annotations there, not on the merge commit. */
  readonly headSha: string
}

/** What to gate: the commit, the environment and, for deployments, the deployment. */
export interface GateTarget {
  readonly sha: string
  readonly environment: string
  readonly eventName: string
  readonly deployment?: DeploymentRef
  readonly pullRequest?: PullRequestRef
}

export type EventDecision =
  | { readonly kind: 'gate'; readonly target: GateTarget }
  /** Nothing to do for this event; the reason is printed as a notice. */
  | { readonly kind: 'skip'; readonly reason: string }

const SHA = /^[0-9a-f]{40}$/

/*
 * The fields of each webhook payload the gate reads; everything else is ignored. Each schema is
 * built on first use (z.lazy): a run reads one event (docs/performance.md, "Cold start").
 */
const DeploymentStatusPayload = z.lazy(() =>
  z.object({
    deployment_status: z.object({
      state: z.string(),
      environment: z.string().optional(),
      environment_url: z.string().nullish(),
      log_url: z.string().nullish(),
      target_url: z.string().nullish()
    }),
    deployment: z.object({
      id: z.number().int(),
      url: z.string(),
      sha: z.string().regex(SHA, 'a 40-character commit sha'),
      environment: z.string()
    })
  })
)

const PullRequestPayload = z.lazy(() =>
  z.object({
    pull_request: z.object({
      number: z.number().int().positive(),
      head: z.object({ sha: z.string().regex(SHA, 'a 40-character commit sha') })
    })
  })
)

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

const DeploymentPayload = z.lazy(() =>
  z.object({
    deployment: z.object({ sha: z.string().regex(SHA, 'a 40-character commit sha') })
  })
)

export interface EventInput {
  readonly gh: GitHubEnv
  /** The parsed payload file (`GITHUB_EVENT_PATH`); undefined when there is none. */
  readonly payload: unknown
  /** The environment the gate is configured for (`environment` input). */
  readonly environment: string
  /** An explicit `sha` input, which wins over the event. */
  readonly sha?: string
  /** In verify mode every deployment state is acceptable: the job only reads a check run. */
  readonly verify: boolean
}

/** Reads the webhook payload the runner wrote; undefined when there is no file to read. */
export async function readEventPayload(gh: GitHubEnv): Promise<unknown> {
  if (!gh.eventPath) return undefined
  let text: string
  try {
    text = await readFile(gh.eventPath, 'utf8')
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') {
      return undefined
    }
    throw err
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new InputError(
      'GITHUB_EVENT_PATH',
      `${gh.eventPath} is not JSON; the runner writes the event payload there`
    )
  }
}

/** Decides whether to run and against what. Throws InputError when the payload is malformed. */
export function decideEvent(input: EventInput): EventDecision {
  const { gh, environment } = input
  if (gh.eventName === 'deployment_status' && !input.verify) return fromDeploymentStatus(input)
  if (PULL_REQUEST_EVENTS.has(gh.eventName)) return fromPullRequest(input)
  const sha = input.sha ?? deploymentSha(input) ?? gh.sha
  if (!sha) {
    throw new InputError(
      'sha',
      `no commit to ${input.verify ? 'verify' : 'gate'}: the '${gh.eventName}' event carries none and GITHUB_SHA is unset. Set the 'sha' input`
    )
  }
  return { kind: 'gate', target: { sha, environment, eventName: gh.eventName } }
}

/** A pull request is gated at its head commit, and the comment goes on its conversation. */
function fromPullRequest(input: EventInput): EventDecision {
  const parsed = PullRequestPayload.safeParse(input.payload)
  if (!parsed.success) throw payloadError(input.gh, parsed.error)
  const pr = parsed.data.pull_request
  return {
    kind: 'gate',
    target: {
      sha: input.sha ?? pr.head.sha,
      environment: input.environment,
      eventName: input.gh.eventName,
      pullRequest: { number: pr.number, headSha: pr.head.sha }
    }
  }
}

function fromDeploymentStatus(input: EventInput): EventDecision {
  const parsed = DeploymentStatusPayload.safeParse(input.payload)
  if (!parsed.success) throw payloadError(input.gh, parsed.error)
  const { deployment_status: status, deployment } = parsed.data
  const deployedTo = status.environment || deployment.environment
  if (status.state !== 'success') {
    return {
      kind: 'skip',
      reason: `deployment ${deployment.id} to '${deployedTo}' is '${status.state}', not 'success'; the gate runs once the deployment succeeds`
    }
  }
  if (deployedTo.toLowerCase() !== input.environment.toLowerCase()) {
    return {
      kind: 'skip',
      reason: `deployment ${deployment.id} went to '${deployedTo}', but this gate is configured for '${input.environment}' (the 'environment' input)`
    }
  }
  const environmentUrl = nonEmpty(status.environment_url)
  const logUrl = nonEmpty(status.log_url) ?? nonEmpty(status.target_url)
  return {
    kind: 'gate',
    target: {
      sha: input.sha ?? deployment.sha,
      environment: input.environment,
      eventName: input.gh.eventName,
      deployment: {
        id: deployment.id,
        url: deployment.url,
        ...(environmentUrl && { environmentUrl }),
        ...(logUrl && { logUrl })
      }
    }
  }
}

/**
 * The deployment main gated, read again from the same event payload: the post step needs it for
 * the links (environment, deployment log) of the check run it closes. Only links depend on it,
 * so a payload that cannot be read leaves them out instead of failing.
 */
export async function gatedDeployment(
  gh: GitHubEnv,
  environment: string
): Promise<DeploymentRef | undefined> {
  try {
    const decision = decideEvent({
      gh,
      payload: await readEventPayload(gh),
      environment,
      verify: false
    })
    return decision.kind === 'gate' ? decision.target.deployment : undefined
  } catch {
    return undefined
  }
}

/** `deployment` and `deployment_status` payloads both carry the deployed sha. */
function deploymentSha(input: EventInput): string | undefined {
  if (input.gh.eventName !== 'deployment' && input.gh.eventName !== 'deployment_status') {
    return undefined
  }
  const parsed = DeploymentPayload.safeParse(input.payload)
  if (!parsed.success) throw payloadError(input.gh, parsed.error)
  return parsed.data.deployment.sha
}

function payloadError(gh: GitHubEnv, error: z.ZodError): InputError {
  const problems = error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  return new InputError(
    'GITHUB_EVENT_PATH',
    `the '${gh.eventName}' payload${gh.eventPath ? ` in ${gh.eventPath}` : ''} is not what GitHub sends (${problems}). Run the action from the event itself, or pass 'sha' on other events`
  )
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value ? value : undefined
}
