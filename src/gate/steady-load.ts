/**
 * Steady load (`steadyState.load`): traffic the gate sends to a URL from preflight, before the
 * first baseline sample, until the experiment's cleanup, so the checks of any source (Prometheus
 * rates, Datadog, CloudWatch) see requests on a staging system that is otherwise quiet. The probe's
 * load generator sends it; this module only counts what was sent, for the report. Headers are
 * secrets: they are never logged or reported, and the URL is reported without credentials or query.
 */
import type { ProbeLoadSpec } from '../manifest/steady-state-model'
import { LoadGenerator } from '../steady-state/probe/load-generator'
import type { Clock } from '../util/clock'
import type { LoadRecord } from './result'

/** The load while it runs; `stop` ends it (cancelling requests in flight) and says what it sent. */
export interface RunningLoad {
  stop(): Promise<LoadRecord>
}

export function startSteadyLoad(
  spec: ProbeLoadSpec,
  deps: { readonly clock: Clock; readonly fetch: typeof fetch }
): RunningLoad {
  let requests = 0
  let ok = 0
  const counting: typeof fetch = async (input, init) => {
    requests++
    const res = await deps.fetch(input, init)
    if (spec.okStatus.some((r) => res.status >= r.from && res.status <= r.to)) ok++
    return res
  }
  // Nothing reads the samples, so none are kept.
  const load = new LoadGenerator(spec, { clock: deps.clock, fetch: counting }, 0)
  load.start()
  return {
    async stop() {
      await load.stop()
      return {
        url: publicUrl(spec.url),
        method: spec.method,
        ratePerSecond: spec.ratePerSecond,
        requests,
        ok
      }
    }
  }
}

/** The URL without user info, query or fragment, which may carry credentials. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '(invalid URL)'
  }
}
