/**
 * What `chaos-gate demo --prometheus` adds to the demo: a real Prometheus (the Debian package's
 * binary) on loopback scraping, every second, the demo service's own /metrics (job `shop`) and the
 * edge metrics of the gate's probe load through the fault proxy (job `edge`), so the demo
 * experiments gate on PromQL the way a staging cluster's would.
 */
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import { probeSourceFactory } from '../steady-state/probe/probe-factory'
import { LocalPrometheus } from '../steady-state/prometheus/local-prometheus'
import { prometheusSourceFactory } from '../steady-state/prometheus/prometheus-factory'
import type { SourceFactories } from '../steady-state/source-factory'
import type { Clock } from '../util/clock'
import type { Log } from '../util/log'
import { EdgeMetrics } from './edge-metrics'

/** Scraping every second keeps the demo short; the windows in experiments/demo-prometheus fit it. */
const SCRAPE_INTERVAL_MS = 1000

export interface PrometheusDemo {
  readonly endpoint: PrometheusEndpoint
  /** The probe with its load metered at the edge, and Prometheus. */
  readonly sources: SourceFactories
  close(): Promise<void>
}

export async function startPrometheusDemo(deps: {
  /** `host:port` of the demo service, which serves /metrics. */
  readonly shopTarget: string
  readonly clock: Clock
  readonly log: Log
  readonly env: Readonly<Record<string, string | undefined>>
}): Promise<PrometheusDemo> {
  const edge = await EdgeMetrics.start()
  let prometheus: LocalPrometheus
  try {
    prometheus = await LocalPrometheus.start({
      jobs: [
        { job: 'shop', targets: [deps.shopTarget] },
        { job: 'edge', targets: [edge.target] }
      ],
      scrapeIntervalMs: SCRAPE_INTERVAL_MS,
      clock: deps.clock,
      log: deps.log
    })
  } catch (err) {
    await edge.close()
    throw err
  }
  return {
    endpoint: prometheus.endpoint(),
    sources: {
      probe: probeSourceFactory({ fetch: edge.meter(globalThis.fetch) }),
      prometheus: prometheusSourceFactory({ env: deps.env })
    },
    close: async () => {
      await prometheus.dispose()
      await edge.close()
    }
  }
}
