/**
 * The world the truth suite's gates look at: a simulated cluster (the demo seed), and per slot a
 * service whose Prometheus metrics and HTTP answers the test turns bad and good again, all
 * scraped by one real Prometheus. Slots let rows run at once without seeing each other's faults.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { type SimCluster, startSimCluster } from '@chaos-gate/sim-cluster'
import { objectAt } from '@chaos-gate/sim-cluster/core/json'

import { LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { SimulatedService } from '../prometheus/simulated-service'
import { LocalCloudWatch } from '../steady-state/cloudwatch/local-cloudwatch'
import { LocalDatadog } from '../steady-state/datadog/local-datadog'

/** One service: its metrics (job `truth-<n>`) and an HTTP endpoint a probe can call. */
export class Slot {
  private healthy = true
  private readonly sockets = new Set<Socket>()

  private constructor(
    readonly job: string,
    readonly metrics: SimulatedService,
    private readonly server: http.Server
  ) {
    server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    this.setHealthy(true)
  }

  static async start(job: string): Promise<Slot> {
    const metrics = await SimulatedService.start()
    const health = { slot: undefined as Slot | undefined }
    const server = http.createServer((_req, res) => {
      const ok = health.slot?.healthy ?? true
      res.writeHead(ok ? 200 : 500, { 'content-type': 'application/json' }).end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    health.slot = new Slot(job, metrics, server)
    return health.slot
  }

  /** The probe's target: answers 200 while healthy, 500 while not. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Healthy: 50 rps, no errors. Broken: half of the requests fail, on the metrics and the probe. */
  setHealthy(healthy: boolean): void {
    this.healthy = healthy
    this.metrics.route('api', { rps: 50, errorRatio: healthy ? 0 : 0.5, latencySeconds: 0.01 })
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    await this.metrics.stop()
  }
}

/** The keys the world's Datadog accepts. */
export const DATADOG_KEYS = { apiKey: 'truth-api', appKey: 'truth-app' } as const

/** A Deployment scaled to zero, seeded once: its ready ratio has no value. */
export const IDLE_DEPLOYMENT = 'idle'

export interface World {
  readonly cluster: SimCluster
  /** Answers `datadog` rows: no series for a query naming `empty`, null points for `nan`, else 0. */
  readonly datadog: LocalDatadog
  /** Answers `cloudwatch` rows by the Slot dimension: no points for `empty`, NaN for `nan`, else 0. */
  readonly cloudwatch: LocalCloudWatch
  readonly prometheus: LocalPrometheus
  readonly slots: readonly Slot[]
  stop(): Promise<void>
}

export async function startWorld(slotCount: number): Promise<World> {
  // Faults last as long as they say and a killed pod takes two seconds to be ready again, so every
  // row's during phase sees several samples (the simulator's default compresses chaos 100×).
  const cluster = await startSimCluster({
    seedDemo: true,
    timing: { chaosSecondMs: 1000, podReadyMs: 2000 }
  })
  cluster.objects.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: IDLE_DEPLOYMENT, namespace: 'staging', labels: { app: IDLE_DEPLOYMENT } },
    spec: {
      replicas: 0,
      selector: { matchLabels: { app: IDLE_DEPLOYMENT } },
      template: {
        metadata: { labels: { app: IDLE_DEPLOYMENT } },
        spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }
      }
    }
  })
  const datadog = await LocalDatadog.start({
    apiKey: DATADOG_KEYS.apiKey,
    appKey: DATADOG_KEYS.appKey
  })
  datadog.answer = (req) =>
    req.query.includes('empty')
      ? { kind: 'series', series: [] }
      : {
          kind: 'series',
          series: [{ scope: '*', points: req.query.includes('nan') ? [null, null] : [0, 0] }]
        }
  const cloudwatch = await LocalCloudWatch.start()
  cloudwatch.answer = (req) => {
    const slot = req.queries.find((q) => q.dimensions.Slot !== undefined)?.dimensions.Slot
    const values = slot === 'empty' ? [] : slot === 'nan' ? [Number.NaN] : [0, 0]
    return { kind: 'results', results: [{ id: 'value', label: 'errors / requests', values }] }
  }
  const slots = await Promise.all(
    Array.from({ length: slotCount }, (_, i) => Slot.start(`truth-${i}`))
  )
  const prometheus = await LocalPrometheus.start({
    jobs: slots.map((s) => ({ job: s.job, targets: [s.metrics.target] })),
    scrapeIntervalMs: 1000,
    clock: systemClock,
    log: silentLog
  })
  return {
    cluster,
    prometheus,
    datadog,
    cloudwatch,
    slots,
    stop: async () => {
      await datadog.close()
      await cloudwatch.close()
      await prometheus.dispose()
      await Promise.all(slots.map((s) => s.stop()))
      await cluster.close()
    }
  }
}

/**
 * A Deployment of the row's own (two replicas, `app: <name>`), ready when this resolves: rows that
 * kill or delete pods at the same time must not wait on each other's restores.
 */
export async function rowDeployment(cluster: SimCluster, name: string): Promise<() => void> {
  const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'staging', name }
  cluster.objects.create({
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name, namespace: ref.namespace, labels: { app: name } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }
      }
    }
  })
  await cluster.objects.waitFor(ref, (d) => objectAt(d, 'status')?.['readyReplicas'] === 2)
  return () => {
    cluster.objects.delete(ref)
  }
}

/** A Prometheus stand-in that answers every request with an HTML page, as a login proxy would. */
export async function htmlServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>')
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
