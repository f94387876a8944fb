/**
 * Everything main and post get from the outside, built once by deps.ts (`actionDeps()`) and by
 * tests with fakes. Nothing under src/action reads the process, the environment or the network
 * except through this.
 */
import type { Clock } from '../util/clock'
import type { Log } from '../util/log'
import type { SecretMask } from '../util/secret-mask'
import type { ActionsCore } from './actions-core'
import type { GateEngine } from './gate-engine'
import type { GitHubEnv } from './github-env'
import type { GitHubApi } from './notify/github/github-api'

/** Builds the GitHub client for a token; `signal` cuts requests off (late in a cancellation). */
export type GitHubFactory = (
  token: string,
  gh: GitHubEnv,
  log: Log,
  signal: AbortSignal
) => GitHubApi

export interface ActionDeps {
  readonly core: ActionsCore
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly clock: Clock
  /** For Slack; GitHub goes through the factory. */
  readonly fetch: typeof fetch
  /** Aborts on SIGINT or SIGTERM: the runner is cancelling the step. */
  readonly signal: AbortSignal
  /** Every secret `core.setSecret` was given, in every form: masked in payloads to GitHub and Slack. */
  readonly secrets: SecretMask
  readonly engine: GateEngine
  readonly github: GitHubFactory
  /** A fresh run id (gate/run-id.ts). */
  readonly newRunId: () => string
  /** How long after a cancellation the action may still talk to GitHub and Slack. */
  readonly reportGraceMs: number
}
