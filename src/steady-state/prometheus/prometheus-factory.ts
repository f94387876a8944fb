/**
 * Opens the Prometheus source for an experiment (the engine's SourceFactory for `prometheus`
 * checks): the experiment's own `steadyState.prometheus`, else the `prometheus-url` setting, with
 * the preflight of openPrometheus. Each experiment gets its own client, closed with it. The HTTP
 * client is loaded on first use.
 */
import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import type { SourceFactory } from '../source-factory'
import type { ReadFile } from './transport'

/** What the factory needs from the process: the proxy variables, and how to read a CA file. */
export interface PrometheusFactoryDeps {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly readFile?: ReadFile
}

export function prometheusSourceFactory(deps: PrometheusFactoryDeps): SourceFactory {
  return async (ctx) => {
    const checks = ctx.experiment.steadyState?.checks.filter((c) => c.source === 'prometheus') ?? []
    if (checks.length === 0) return undefined
    const configured = ctx.experiment.steadyState?.prometheus ?? ctx.settings.prometheus
    // No endpoint: the engine reports the unsourced checks with how to configure one.
    if (!configured) return undefined
    const endpoint = await withBearerToken(configured)
    // Loaded only when an experiment queries Prometheus, so the CLI starts fast without it.
    const { openPrometheus } = await import('./open-prometheus')
    const source = await openPrometheus(
      endpoint,
      checks,
      {
        clock: ctx.clock,
        log: ctx.log,
        env: deps.env,
        ...(deps.readFile && { readFile: deps.readFile })
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
async function withBearerToken(endpoint: PrometheusEndpoint): Promise<PrometheusEndpoint> {
  if (!endpoint.bearerToken) return endpoint
  const { readBearerToken } = await import('./bearer-token')
  const token = await readBearerToken(endpoint.bearerToken)
  return { ...endpoint, headers: { ...endpoint.headers, Authorization: `Bearer ${token}` } }
}
