/**
 * Runs a real Prometheus on loopback (the Debian `prometheus` package's binary) for
 * `chaos-gate demo --prometheus` and the integration tests: a fresh TSDB in a temp directory, a
 * free port, short scrape and evaluation intervals, and a readiness wait that lasts until every
 * target has been scraped twice, so rate() answers. Prometheus applies new targets on a 5 s tick,
 * so the first rate() answer takes about 7 s with a 1 s interval (docs/prometheus.md, "Running Prometheus locally").
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import type { Clock } from '../../util/clock'
import type { Log } from '../../util/log'
import { PrometheusClient } from './client'

/** One scrape job: a name and `host:port` targets serving /metrics. */
export interface ScrapeJob {
  readonly job: string
  readonly targets: readonly string[]
}

export interface LocalPrometheusOptions {
  readonly jobs: readonly ScrapeJob[]
  readonly scrapeIntervalMs: number
  readonly clock: Clock
  readonly log: Log
  /** The binary; `prometheus` on PATH by default. */
  readonly binary?: string
  /** How long to wait for the first scrapes (default 20 s). */
  readonly readyTimeoutMs?: number
}

/** The command that installs the binary, for every "not installed" message. */
export const INSTALL_HINT = 'apt-get install -y --no-install-recommends prometheus'

export class LocalPrometheus {
  private child: ChildProcess | undefined
  private stderr = ''

  private constructor(
    private readonly options: LocalPrometheusOptions,
    private readonly dir: string,
    readonly port: number
  ) {}

  /** Starts Prometheus and waits until every target has been scraped at least twice. */
  static async start(options: LocalPrometheusOptions): Promise<LocalPrometheus> {
    const dir = await mkdtemp(path.join(tmpdir(), 'chaos-gate-prometheus-'))
    await writeFile(path.join(dir, 'prometheus.yml'), renderConfig(options))
    const prom = new LocalPrometheus(options, dir, await freePort())
    try {
      await prom.launch()
      await prom.waitForScrapes()
    } catch (err) {
      await prom.dispose()
      throw err
    }
    return prom
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** True while the process runs. */
  get running(): boolean {
    return this.child !== undefined
  }

  /** An endpoint for the gate: short timeout, a retry, the scrape interval stated. */
  endpoint(): PrometheusEndpoint {
    return {
      url: this.url,
      headers: {},
      timeoutMs: 5000,
      retries: 1,
      strictWarnings: false,
      insecureSkipVerify: false,
      scrapeIntervalMs: this.options.scrapeIntervalMs
    }
  }

  /** Stops the process, keeping its data (a Prometheus outage). */
  async stop(): Promise<void> {
    const child = this.child
    if (!child) return
    this.child = undefined
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(killer)
  }

  /** Starts it again on the same port with the same data, and waits for fresh scrapes. */
  async restart(): Promise<void> {
    await this.launch()
    await this.waitForScrapes()
  }

  /** Stops the process and deletes its data. */
  async dispose(): Promise<void> {
    await this.stop()
    await rm(this.dir, { recursive: true, force: true })
  }

  private async launch(): Promise<void> {
    const binary = this.options.binary ?? 'prometheus'
    const child = spawn(binary, this.args(), { stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000)
    })
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'ENOENT' ? notInstalled(binary) : err)
      )
    })
    child.once('exit', () => {
      if (this.child === child) this.child = undefined
    })
    this.child = child
  }

  private args(): string[] {
    return [
      `--config.file=${path.join(this.dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(this.dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${this.port}`,
      '--web.enable-lifecycle',
      '--log.level=warn'
    ]
  }

  /**
   * Every target up, with two samples of `up` since this launch: rate() over the targets' series
   * answers. Samples from before a restart do not count.
   */
  private async waitForScrapes(): Promise<void> {
    const { clock } = this.options
    const launchedAt = clock.now()
    const expected = this.options.jobs.reduce((n, j) => n + j.targets.length, 0)
    await this.poll('to scrape every target twice', async (client, signal) => {
      // Whole seconds since the launch, rounded down, so no sample from before it counts.
      const since = Math.floor((clock.now() - launchedAt) / 1000)
      if (since < 1) return false
      const query = `count_over_time(up[${since}s]) >= 2 and up == 1`
      const answer = await client.query(query, { signal, retries: 0 })
      return answer.result.resultType === 'vector' && answer.result.series.length >= expected
    })
  }

  private async poll(
    what: string,
    ready: (client: PrometheusClient, signal: AbortSignal) => Promise<boolean>
  ): Promise<void> {
    const { clock, log } = this.options
    const client = new PrometheusClient(
      { ...this.endpoint(), timeoutMs: 1000, retries: 0 },
      { clock, log, env: {} }
    )
    const signal = new AbortController().signal
    const timeoutMs = this.options.readyTimeoutMs ?? 20_000
    const until = clock.now() + timeoutMs
    try {
      for (;;) {
        if (!this.child) throw this.failed(`exited while waiting ${what}`)
        if (await ready(client, signal).catch(() => false)) return
        if (clock.now() > until)
          throw this.failed(`did not get ready ${what} within ${timeoutMs / 1000}s`)
        await clock.sleep(200)
      }
    } finally {
      client.close()
    }
  }

  private failed(what: string): Error {
    const tail = this.stderr.trim().split('\n').slice(-5).join('\n')
    return new Error(`local Prometheus on port ${this.port} ${what}${tail ? `:\n${tail}` : ''}`)
  }
}

function renderConfig(options: LocalPrometheusOptions): string {
  const seconds = `${options.scrapeIntervalMs / 1000}s`
  const jobs = options.jobs.map(
    (j) =>
      `  - job_name: ${JSON.stringify(j.job)}\n    static_configs:\n      - targets: ${JSON.stringify(j.targets)}\n`
  )
  return `global:\n  scrape_interval: ${seconds}\n  scrape_timeout: ${seconds}\n  evaluation_interval: ${seconds}\nscrape_configs:\n${jobs.join('')}`
}

function notInstalled(binary: string): Error {
  return new Error(
    `Prometheus is not installed: '${binary}' was not found on PATH. Install it with \`${INSTALL_HINT}\` (Debian/Ubuntu; .ci/run does this).`
  )
}

/** A free loopback port; Prometheus binds it right after, and a lost race fails loudly at start. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
