import type { PrometheusEndpoint } from '../../src/manifest/steady-state-model'
import { PrometheusClient } from '../../src/steady-state/prometheus/client'
import type { Log } from '../../src/util/log'
import { FakeClock } from '../fakes/clock'

/** A log that keeps every line, for assertions on what was said (and what was not). */
export class RecordingLog implements Log {
  readonly lines: string[] = []
  debug(m: string): void {
    this.lines.push(`debug: ${m}`)
  }
  info(m: string): void {
    this.lines.push(`info: ${m}`)
  }
  warn(m: string): void {
    this.lines.push(`warn: ${m}`)
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`)
  }
}

/** An endpoint with test-friendly defaults. */
export function endpoint(
  url: string,
  overrides: Partial<PrometheusEndpoint> = {}
): PrometheusEndpoint {
  return {
    url,
    headers: {},
    timeoutMs: 2000,
    retries: 2,
    strictWarnings: false,
    insecureSkipVerify: false,
    ...overrides
  }
}

/** A client whose back-off waits run on virtual time; requests still go over real sockets. */
export function makeClient(
  url: string,
  overrides: Partial<PrometheusEndpoint> = {},
  env: Record<string, string> = {}
): { client: PrometheusClient; clock: FakeClock; log: RecordingLog } {
  const clock = new FakeClock()
  const log = new RecordingLog()
  const client = new PrometheusClient(endpoint(url, overrides), { clock, log, env })
  return { client, clock, log }
}

/** Runs `op` and returns what it threw. */
export async function thrown(op: () => Promise<unknown>): Promise<unknown> {
  try {
    await op()
  } catch (err) {
    return err
  }
  throw new Error('expected the operation to fail')
}
