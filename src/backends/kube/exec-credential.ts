/**
 * The kubeconfig's exec credential plugin (`users[].user.exec`: aws eks get-token,
 * gke-gcloud-auth-plugin, kubelogin), run by the gate instead of by client-node. client-node
 * waits for the plugin forever and cannot stop it: a plugin that hangs (an interactive login
 * nobody answers, a metadata server that never replies) held the run, and SIGINT could not end
 * it. Here each run of the plugin has a bound, a cancelled request kills it at once, and once
 * the gate is cancelling, a further run gets only a short bound, so abort and cleanup fail fast
 * and say why instead of outliving the runner's kill. Credentials are cached until they expire,
 * and concurrent requests share one run.
 */
import { spawn } from 'node:child_process'
import type https from 'node:https'

import { abortReason } from '../../util/clock'
import { truncate } from '../../util/errors'

/** The `exec` block of a kubeconfig user (client.authentication.k8s.io ExecConfig). */
export interface ExecConfig {
  readonly command: string
  readonly args?: readonly string[] | null
  readonly env?: readonly { readonly name: string; readonly value: string }[] | null
}

export interface ExecCredentialOptions {
  /** The bound on one run of the plugin (EXEC_PLUGIN_TIMEOUT_MS by default). */
  readonly timeoutMs?: number
  /** The bound once a run was cut short by a cancellation (EXEC_PLUGIN_CANCELLED_TIMEOUT_MS). */
  readonly cancelledTimeoutMs?: number
  /** Epoch ms now, for the credential's expiry. */
  readonly now?: () => number
  /** Told each token the plugin hands out, so nothing prints it. */
  readonly onSecret?: (value: string) => void
  /** The environment the plugin inherits (process.env by default). */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The gate's cancellation (SIGINT, SIGTERM): kills a running plugin at once. */
  readonly cancel?: AbortSignal
}

/** Cloud plugins answer in a second or two; a minute means it waits for something that will not come. */
export const EXEC_PLUGIN_TIMEOUT_MS = 60_000
/** After a cancellation: enough for a plugin that answers from its cache, short of the runner's kill. */
export const EXEC_PLUGIN_CANCELLED_TIMEOUT_MS = 2_000

/**
 * The plugin failed, hung or printed no credential. Not a connection error: another attempt
 * would wait as long again, so the retry layer does not retry it.
 */
export class ExecPluginError extends Error {
  override readonly name = 'ExecPluginError'
}

interface Credential {
  readonly token?: string
  readonly cert?: string
  readonly key?: string
  /** Epoch ms; undefined: valid for the life of the process, as kubectl keeps it. */
  readonly expiresAt?: number
}

export class ExecCredentials {
  private cached: Credential | undefined
  private running:
    { readonly result: Promise<Credential>; readonly kill: (reason: 'cancel') => void } | undefined
  private cancelled = false

  constructor(
    private readonly exec: ExecConfig,
    private readonly options: ExecCredentialOptions = {}
  ) {
    options.cancel?.addEventListener('abort', () => this.stop(), { once: true })
  }

  /** The gate is cancelling: the plugin must not outlive it, and later runs get the short bound. */
  private stop(): void {
    this.cancelled = true
    this.running?.kill('cancel')
  }

  /** Adds the plugin's credentials to `opts`; throws when it fails, hangs, or `signal` fires. */
  async apply(opts: https.RequestOptions, signal?: AbortSignal): Promise<void> {
    const credential = await this.credential(signal)
    if (credential.cert !== undefined) opts.cert = credential.cert
    if (credential.key !== undefined) opts.key = credential.key
    if (credential.token !== undefined) {
      opts.headers = { ...opts.headers, Authorization: `Bearer ${credential.token}` }
    }
  }

  private async credential(signal: AbortSignal | undefined): Promise<Credential> {
    const now = this.options.now ?? Date.now
    const cached = this.cached
    if (cached && (cached.expiresAt === undefined || cached.expiresAt > now())) return cached
    if (signal?.aborted) throw abortReason(signal)
    this.running ??= this.run()
    const running = this.running
    const onAbort = (): void => this.stop()
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      const credential = await running.result
      this.cached = credential
      return credential
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal)
      throw err
    } finally {
      signal?.removeEventListener('abort', onAbort)
      if (this.running === running) this.running = undefined
    }
  }

  private run(): { result: Promise<Credential>; kill: (reason: 'cancel') => void } {
    // `aws eks update-kubeconfig` writes `env: null`: null is as good as absent.
    const { command } = this.exec
    const args = this.exec.args ?? []
    const env = this.exec.env ?? []
    const timeoutMs = this.cancelled
      ? Math.min(
          this.options.cancelledTimeoutMs ?? EXEC_PLUGIN_CANCELLED_TIMEOUT_MS,
          this.options.timeoutMs ?? EXEC_PLUGIN_TIMEOUT_MS
        )
      : (this.options.timeoutMs ?? EXEC_PLUGIN_TIMEOUT_MS)
    const child = spawn(command, [...args], {
      env: {
        ...(this.options.env ?? process.env),
        ...Object.fromEntries(env.map((e) => [e.name, e.value]))
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stoppedBy: 'timeout' | 'cancel' | undefined
    const kill = (reason: 'timeout' | 'cancel'): void => {
      stoppedBy ??= reason
      child.kill('SIGKILL')
    }
    const what = `the kubeconfig's exec credential plugin '${command}'`
    const result = new Promise<Credential>((resolve, reject) => {
      let stdout = ''
      let stderr = ''
      const timer = setTimeout(() => kill('timeout'), timeoutMs)
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.on('error', (err) => {
        clearTimeout(timer)
        reject(new ExecPluginError(`${what} could not start: ${err.message}`))
      })
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        if (stoppedBy === 'cancel') {
          reject(new ExecPluginError(`${what} was stopped: the gate is cancelling`))
        } else if (stoppedBy === 'timeout') {
          reject(
            new ExecPluginError(
              `${what} did not answer within ${timeoutMs} ms and was stopped; run it by hand to see what it waits for (an interactive login cannot work in CI)`
            )
          )
        } else if (code !== 0) {
          const why = signal ? `was killed (${signal})` : `exited with ${code}`
          const said = stderr.trim() ? `: ${truncate(stderr.trim(), 300)}` : ''
          reject(new ExecPluginError(`${what} ${why}${said}`))
        } else {
          try {
            resolve(this.parse(stdout))
          } catch (err) {
            reject(err instanceof Error ? err : new ExecPluginError(String(err)))
          }
        }
      })
    })
    return { result, kill }
  }

  private parse(stdout: string): Credential {
    let status: Record<string, unknown> | undefined
    try {
      const parsed: unknown = JSON.parse(stdout)
      const s = (parsed as { status?: unknown } | null)?.status
      if (typeof s === 'object' && s !== null) status = s as Record<string, unknown>
    } catch {
      status = undefined
    }
    if (!status) {
      throw new ExecPluginError(
        `the kubeconfig's exec credential plugin '${this.exec.command}' printed no ExecCredential with a status`
      )
    }
    const text = (key: string): string | undefined =>
      typeof status[key] === 'string' ? status[key] : undefined
    const token = text('token')
    if (token !== undefined) this.options.onSecret?.(token)
    const expires = text('expirationTimestamp')
    const expiresAt = expires === undefined ? undefined : Date.parse(expires)
    const cert = text('clientCertificateData')
    const key = text('clientKeyData')
    return {
      ...(token !== undefined && { token }),
      ...(cert !== undefined && { cert }),
      ...(key !== undefined && { key }),
      ...(expiresAt !== undefined && !Number.isNaN(expiresAt) && { expiresAt })
    }
  }
}
