/**
 * The Experiment a truth row runs: the row's backend with a short fault, and its steady-state
 * source pointed at the row's slot (service, probe target, Prometheus job). Every row with a
 * source carries real checks; none is stripped.
 */
import { stringify } from 'yaml'

import type { Backend, Row, Source } from './matrix'
import { DATADOG_KEYS, IDLE_DEPLOYMENT } from './world'

/** Where the row's checks look. */
export interface Endpoints {
  /** The slot's HTTP endpoint (the probe's target, the local proxy's upstream). */
  readonly serviceUrl: string
  /** The slot's Prometheus job. */
  readonly job: string
  /** The Prometheus (or stand-in) the row's source names. */
  readonly prometheusUrl: string
  /** The Datadog API (or a closed port) the row's datadog checks name. */
  readonly datadogUrl: string
  /** The CloudWatch endpoint (or a closed port) the row's cloudwatch checks name. */
  readonly cloudwatchUrl: string
  /**
   * A short name unique to the row: the experiment's, and that of what rows must not share (the
   * Deployment its fault targets, labelled `app: <unique>`; the VirtualService it patches).
   */
  readonly unique: string
}

const FAULT_SECONDS = 3

export function experimentFor(row: Row, at: Endpoints): string {
  const spec: Record<string, unknown> = {
    ...(row.expect === 'fail' && { expect: 'fail' }),
    duration: `${FAULT_SECONDS}s`,
    timeout: '1m',
    ...faultOf(row.backend, row, at),
    ...(row.source !== 'none' && { steadyState: steadyStateOf(row.source, row.backend, at) })
  }
  return stringify({
    apiVersion: 'chaos-gate.dev/v1alpha1',
    kind: 'Experiment',
    // Short: the gate names objects gate-<run id>-<experiment>, and Litmus adds to that.
    metadata: { name: at.unique, namespace: 'staging' },
    spec
  })
}

function faultOf(backend: Backend, row: Row, at: Endpoints): Record<string, unknown> {
  const metadata = (name: string): Record<string, unknown> => ({
    name,
    ...(row.outcome && { annotations: { 'sim.chaos-gate.dev/outcome': row.outcome } })
  })
  switch (backend) {
    case 'local':
      return {
        backend: 'local',
        // A real fault on the probe's path: every call through the proxy fails while it is on.
        httpProxy:
          row.world === 'breach'
            ? { upstream: at.serviceUrl, error: { status: 500, percent: 100 } }
            : { upstream: at.serviceUrl, latency: { fixed: '5ms' } }
      }
    case 'litmus':
      return {
        fault: {
          apiVersion: 'litmuschaos.io/v1alpha1',
          kind: 'ChaosEngine',
          metadata: metadata(at.unique),
          spec: {
            engineState: 'active',
            appinfo: { appns: 'staging', applabel: `app=${at.unique}`, appkind: 'deployment' },
            chaosServiceAccount: 'litmus-admin',
            jobCleanUpPolicy: 'delete',
            experiments: [
              {
                name: 'pod-delete',
                spec: {
                  components: {
                    env: [
                      { name: 'TOTAL_CHAOS_DURATION', value: String(FAULT_SECONDS) },
                      { name: 'CHAOS_INTERVAL', value: '1' },
                      { name: 'PODS_AFFECTED_PERC', value: '33' }
                    ]
                  }
                }
              }
            ]
          }
        }
      }
    case 'chaos-mesh':
      return {
        fault: {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'NetworkChaos',
          metadata: metadata(at.unique),
          spec: {
            action: 'delay',
            mode: 'one',
            selector: { namespaces: ['staging'], labelSelectors: { app: at.unique } },
            delay: { latency: '100ms' }
          }
        }
      }
    case 'pod-kill':
      return {
        podKill: { selector: { matchLabels: { app: at.unique } }, count: 1, restoreTimeout: '30s' }
      }
    case 'istio':
      return {
        fault: {
          apiVersion: 'networking.istio.io/v1',
          kind: 'VirtualService',
          metadata: { name: `ratings-${at.unique}` },
          spec: {
            hosts: [`ratings-${at.unique}`],
            http: [
              {
                fault: { delay: { fixedDelay: '1s', percentage: { value: 10 } } },
                route: [{ destination: { host: `ratings-${at.unique}` } }]
              }
            ]
          }
        }
      }
  }
}

/**
 * Checks on the row's own Deployment (the seeded `checkout` for backends without one); `kube-nan`
 * reads the world's Deployment scaled to zero, `kube-empty` a selector nothing carries.
 */
function kubeChecks(source: Source, backend: Backend, at: Endpoints): Record<string, unknown>[] {
  const deployment = backend === 'local' || backend === 'istio' ? 'checkout' : at.unique
  if (source === 'kube-empty')
    return [
      { name: 'restarts', kubernetes: `restarts({app=${at.unique}-none})`, threshold: { max: 0 } }
    ]
  if (source === 'kube-nan')
    return [
      {
        name: 'ready',
        kubernetes: `readyRatio(deployment/${IDLE_DEPLOYMENT})`,
        threshold: { min: 1 }
      }
    ]
  return [
    {
      name: 'ready',
      kubernetes: `readyRatio(deployment/${deployment})`,
      threshold: { min: 1 },
      phases: ['before', 'after']
    },
    { name: 'restarts', kubernetes: `restarts(deployment/${deployment})`, threshold: { max: 0 } }
  ]
}

function steadyStateOf(source: Source, backend: Backend, at: Endpoints): Record<string, unknown> {
  // Generous timeouts: a breach here is a 500 or a ratio, never a slow answer, so a loaded
  // machine stalling a request for a second must not read as the service breaking.
  const timing = {
    defaults: { interval: '500ms', window: '3s', minSamples: 2 },
    phases: {
      before: { samples: 2, spacing: '500ms' },
      after: { settle: '500ms', timeout: '6s' }
    }
  }
  if (source === 'datadog' || source.startsWith('dd-'))
    return {
      datadog: { site: 'datadoghq.com', url: at.datadogUrl, ...DATADOG_KEYS, timeout: '5s' },
      ...timing,
      checks: [
        {
          name: 'errors',
          datadog: `sum:truth.errors{${source === 'dd-empty' ? 'slot:empty' : source === 'dd-nan' ? 'slot:nan' : `job:${at.job}`}}`,
          threshold: { max: 0.05 }
        }
      ]
    }
  if (source === 'cloudwatch' || source.startsWith('cw-')) {
    const slot = source === 'cw-empty' ? 'empty' : source === 'cw-nan' ? 'nan' : at.job
    const metric = (name: string): Record<string, unknown> => ({
      namespace: 'Truth/Service',
      metric: name,
      dimensions: { Slot: slot },
      stat: 'Sum'
    })
    return {
      cloudwatch: { region: 'us-east-1', url: at.cloudwatchUrl, timeout: '5s', maxAttempts: 1 },
      ...timing,
      checks: [
        {
          name: 'error-ratio',
          cloudwatch: {
            metrics: { errors: metric('Errors'), requests: metric('Requests') },
            expression: 'errors / requests'
          },
          threshold: { max: 0.05 }
        }
      ]
    }
  }
  if (source.startsWith('kube')) return { ...timing, checks: kubeChecks(source, backend, at) }
  if (source === 'probe')
    return {
      // Through the local backend's proxy (a path on it), or straight at the service.
      probe: {
        url: backend === 'local' ? '/api' : `${at.serviceUrl}/api`,
        rate: 20,
        timeout: '5s'
      },
      ...timing,
      checks: [{ name: 'probe-errors', metric: 'errorRatio', threshold: { max: 0.05 } }]
    }
  const errors = `sum(rate(http_requests_total{job="${at.job}",code="500"}[{{window}}]))`
  const all = `sum(rate(http_requests_total{job="${at.job}"}[{{window}}]))`
  const query =
    source === 'prom-empty'
      ? `sum(rate(http_requests_total{job="${at.job}",code="418"}[{{window}}]))`
      : source === 'prom-nan'
        ? 'vector(0) / vector(0)'
        : `(${errors} or vector(0)) / ${all}`
  return {
    prometheus: { url: at.prometheusUrl, timeout: '5s', retries: 1 },
    ...timing,
    checks: [{ name: 'error-ratio', query, threshold: { max: 0.05 } }]
  }
}
