/**
 * Bearer tokens for managed Prometheus: read from a file or printed by a command when the
 * experiment's source opens, sent as the Authorization header (and so masked), and a token that
 * cannot be read stops the experiment instead of querying without credentials.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Experiment } from '../../src/manifest/model'
import { readBearerToken } from '../../src/steady-state/prometheus/bearer-token'
import { prometheusSourceFactory } from '../../src/steady-state/prometheus/prometheus-factory'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { makeCheck } from '../fakes/check'
import { makeExperiment, makeSpec } from '../gate/fakes/gate-fixtures'
import { FakePrometheus, scalar, success, vector } from './fake-prometheus'

const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-token-'))
const tokenFile = join(dir, 'token')
writeFileSync(tokenFile, 'ya29.file-token-0123456789\n')

describe('readBearerToken', () => {
  it('reads a file, trimmed, or what a command prints', async () => {
    expect(await readBearerToken({ file: tokenFile })).toBe('ya29.file-token-0123456789')
    expect(
      await readBearerToken({
        command: [process.execPath, '-e', "process.stdout.write('cmd-token-0123456789\\n')"]
      })
    ).toBe('cmd-token-0123456789')
  })

  it('a missing file, a failing command or an empty token is an error naming where it looked', async () => {
    await expect(readBearerToken({ file: join(dir, 'none') })).rejects.toThrow(
      `cannot read the bearer token file ${join(dir, 'none')} (ENOENT)`
    )
    await expect(
      readBearerToken({
        command: [process.execPath, '-e', "console.error('not logged in'); process.exit(1)"]
      })
    ).rejects.toThrow('failed: not logged in')
    await expect(readBearerToken({ command: [process.execPath, '-e', ''] })).rejects.toThrow(
      'is empty'
    )
  })
})

describe('a Prometheus source with a bearer token', () => {
  let prom: FakePrometheus
  beforeAll(async () => {
    prom = await FakePrometheus.start()
    prom.otherwise((req) =>
      req.params.get('query') === 'time()'
        ? { body: success(scalar(1700000000, '1700000000')) }
        : { body: success(vector([{}, '1'])) }
    )
  })
  afterAll(() => prom.close())

  function experiment(bearerToken: { file: string } | { command: string[] }): Experiment {
    return makeExperiment({
      steadyState: {
        ...makeSpec({}, [makeCheck({ query: 'up', threshold: { min: 1 } })]),
        prometheus: {
          url: prom.url,
          headers: { 'X-Scope-OrgID': 'staging' },
          timeoutMs: 2_000,
          retries: 0,
          strictWarnings: false,
          insecureSkipVerify: false,
          bearerToken
        }
      }
    })
  }

  const open = (exp: Experiment) =>
    prometheusSourceFactory({ env: {} })({
      experiment: exp,
      clock: systemClock,
      log: silentLog,
      signal: new AbortController().signal
    })

  it('sends the token with every request, next to the other headers', async () => {
    const opened = await open(experiment({ file: tokenFile }))
    await opened?.close()
    expect(prom.requests.length).toBeGreaterThan(0)
    for (const r of prom.requests) {
      expect(r.headers.authorization).toBe('Bearer ya29.file-token-0123456789')
      expect(r.headers['x-scope-orgid']).toBe('staging')
    }
  })

  it('a token that cannot be read stops the experiment before any query', async () => {
    const before = prom.requests.length
    await expect(open(experiment({ file: join(dir, 'none') }))).rejects.toThrow('bearer token file')
    expect(prom.requests.length).toBe(before)
  })
})
