/**
 * Toxiproxy preflight: the server answers, the proxy exists (or is created now, as a pass-through,
 * so the `before` baseline goes through the same path), and its upstream accepts connections.
 */
import type { Experiment, ToxiproxySpec } from '../../manifest/model'
import { errorMessage } from '../../util/errors'
import type { PreflightReport, RunContext } from '../backend'
import { preflightFailed } from '../backend-issues'
import { reachable } from '../local/reachable'
import { type ProxyInfo, ToxiproxyClient } from './toxiproxy-client'
import { dialAddress, faultName } from './toxiproxy-names'

/** Checks the live server, creating the run's own proxy if the spec asks for one. */
export async function toxiproxyPreflight(
  exp: Experiment,
  spec: ToxiproxySpec,
  ctx: RunContext
): Promise<PreflightReport> {
  const client = new ToxiproxyClient(spec.server, ctx.signal)
  const fail = (path: string[], message: string, hint: string): PreflightReport =>
    preflightFailed(exp, 'toxiproxy', ['spec', 'toxiproxy', ...path], message, hint)
  try {
    await client.version()
  } catch (err) {
    return fail(
      ['server'],
      `the Toxiproxy server ${spec.server} does not answer: ${errorMessage(err)}`,
      'start toxiproxy-server, or fix spec.toxiproxy.server'
    )
  }
  let proxy: ProxyInfo | undefined
  try {
    proxy = await proxyFor(client, exp.name, spec, ctx.runId)
  } catch (err) {
    return fail(
      ['listen'],
      `the proxy for the run could not be created: ${errorMessage(err)}`,
      'pick a free listen address (port 0 picks one)'
    )
  }
  if (!proxy) {
    const names = (await client.proxies()).map((p) => p.name)
    return fail(
      ['proxy'],
      `the Toxiproxy server ${spec.server} has no proxy '${spec.proxy ?? ''}'${names.length > 0 ? ` (it has ${names.join(', ')})` : ''}`,
      'create the proxy (toxiproxy-server -config, or its API), or give listen and upstream to create one for the run'
    )
  }
  const problem = await reachable(new URL(`tcp://${proxy.upstream}`), ctx.signal)
  if (problem)
    return fail(
      [spec.proxy === undefined ? 'upstream' : 'proxy'],
      `the upstream ${proxy.upstream} of proxy ${proxy.name} is not reachable: ${problem}`,
      'start the service under test, or fix the upstream'
    )
  return {
    targets: 1,
    probeBaseUrl: `http://${dialAddress(proxy.listen)}`,
    warnings: proxy.enabled ? [] : [`proxy ${proxy.name} is disabled: it refuses connections`],
    issues: []
  }
}

/** The existing proxy the spec names, or the run's own one, created (or adopted) now. */
export function proxyFor(
  client: ToxiproxyClient,
  experiment: string,
  spec: ToxiproxySpec,
  runId: string
): Promise<ProxyInfo | undefined> {
  if (spec.proxy !== undefined) return client.proxy(spec.proxy)
  const create = spec.create ?? { listen: '', upstream: '' }
  return client.createProxy({ name: faultName(runId, experiment), ...create })
}
