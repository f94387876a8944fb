/**
 * Opens the probe source for an experiment: resolves the probe URL (a path goes through the local
 * fault proxy, so the baseline and the fault see the same path), starts the load, and waits for
 * the first request to complete so the first measurement has data.
 */
import { raceSignal } from '../../util/bounded'
import type { SourceFactory } from '../source-factory'
import { LoadGenerator } from './load-generator'
import { ProbeSource } from './probe-source'

/** Samples are kept for the longest window plus this margin. */
const RETENTION_MARGIN_MS = 5_000

/** Builds the probe factory over an HTTP client (the global fetch in production). */
export function probeSourceFactory(deps: { readonly fetch: typeof fetch }): SourceFactory {
  return async (ctx) => {
    const spec = ctx.experiment.steadyState
    const checks = spec?.checks.filter((c) => c.source === 'probe') ?? []
    if (!spec || checks.length === 0) return undefined
    const probe = spec.probe
    if (!probe)
      throw new Error(
        'the experiment has probe checks but no steadyState.probe (which URL to send load to)'
      )
    const url = resolveProbeUrl(probe.url, ctx.probeBaseUrl)
    const retention = Math.max(...checks.map((c) => c.windowMs)) + RETENTION_MARGIN_MS
    const load = new LoadGenerator(
      { ...probe, url },
      { clock: ctx.clock, fetch: deps.fetch },
      retention
    )
    load.start()
    // The first request completes (or times out and counts as failed) within the probe timeout.
    try {
      await raceSignal(ctx.signal, load.firstSample())
    } catch (err) {
      await load.stop()
      throw err
    }
    ctx.log.debug(`${ctx.experiment.name}: probing ${url} at ${probe.ratePerSecond}/s`)
    return { source: new ProbeSource(load, ctx.clock), close: () => load.stop() }
  }
}

/** An absolute URL as is; a path against the base the backend gave (the fault proxy). */
export function resolveProbeUrl(url: string, base: string | undefined): string {
  if (/^https?:\/\//.test(url)) return url
  if (!base)
    throw new Error(
      `the probe URL '${url}' is a path, but this backend has no proxy to resolve it against; give an absolute URL`
    )
  return new URL(url, base).toString()
}
