/**
 * Opens the Prometheus source for an experiment (the engine's SourceFactory for `prometheus`
 * checks): the experiment's own `steadyState.prometheus`, else the `prometheus-url` setting, with
 * the preflight of openPrometheus. Each experiment gets its own client, closed with it. The HTTP
 * client is loaded on first use.
 */
import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import { secretForms, type SecretMask } from '../../util/secret-mask'
import type { SourceFactory } from '../source-factory'
import type { RequestSigner } from './sigv4-signer'
import type { ReadFile } from './transport'

/** What the factory needs from the process: the proxy variables, and how to read a CA file. */
export interface PrometheusFactoryDeps {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly readFile?: ReadFile
  /** Learns the secrets read when a source opens: a bearer token, AWS session credentials. */
  readonly secrets?: SecretMask
}

export function prometheusSourceFactory(deps: PrometheusFactoryDeps): SourceFactory {
  return async (ctx) => {
    const checks = ctx.experiment.steadyState?.checks.filter((c) => c.source === 'prometheus') ?? []
    if (checks.length === 0) return undefined
    const configured = ctx.experiment.steadyState?.prometheus
    // No endpoint: the engine reports the unsourced checks with how to configure one.
    if (!configured) return undefined
    const endpoint = await withBearerToken(configured, deps.secrets)
    const sign = endpoint.sigv4 ? await signerFor(endpoint.sigv4, deps) : undefined
    // Loaded only when an experiment queries Prometheus, so the CLI starts fast without it.
    const { openPrometheus } = await import('./open-prometheus')
    const source = await openPrometheus(
      endpoint,
      checks,
      {
        clock: ctx.clock,
        log: ctx.log,
        env: deps.env,
        ...(deps.readFile && { readFile: deps.readFile }),
        ...(sign && { sign })
      },
      ctx.signal
    )
    ctx.log.debug(`${ctx.experiment.name}: measuring ${checks.length} checks on ${source.url}`)
    return {
      source,
      close: () => {
        source.close()
        return Promise.resolve()
      }
    }
  }
}

/** The endpoint with its bearer token read into the Authorization header, when it names one. */
async function withBearerToken(
  endpoint: PrometheusEndpoint,
  secrets: SecretMask | undefined
): Promise<PrometheusEndpoint> {
  if (!endpoint.bearerToken) return endpoint
  const { readBearerToken } = await import('./bearer-token')
  const token = await readBearerToken(endpoint.bearerToken)
  secrets?.add(...secretForms(`Bearer ${token}`))
  return { ...endpoint, headers: { ...endpoint.headers, Authorization: `Bearer ${token}` } }
}

/** The SigV4 signer, with the AWS SDK loaded only for an endpoint that signs. */
async function signerFor(
  setting: NonNullable<PrometheusEndpoint['sigv4']>,
  deps: PrometheusFactoryDeps
): Promise<RequestSigner> {
  const { sigV4Signer } = await import('./sigv4-signer')
  return sigV4Signer(setting, deps.env, (secret) => deps.secrets?.add(secret))
}
