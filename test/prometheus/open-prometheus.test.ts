import { openPrometheus } from '../../src/steady-state/prometheus/open-prometheus'
import { BackendError } from '../../src/util/errors'
import { makeCheck } from '../fakes/check'
import { FakeClock } from '../fakes/clock'
import { endpoint, RecordingLog, thrown } from './client-setup'
import { failure, FakePrometheus, scalar, success, vector } from './fake-prometheus'

const signal = new AbortController().signal
let prom: FakePrometheus
beforeEach(async () => {
  prom = await FakePrometheus.start()
})
afterEach(async () => {
  await prom.close()
})

function deps() {
  return { clock: new FakeClock(), log: new RecordingLog(), env: {} }
}

describe('openPrometheus (preflight)', () => {
  const good = makeCheck({ name: 'ok', query: 'up' })
  const typo = makeCheck({
    name: 'typo',
    query: 'sum(rate(x[5m])',
    location: { file: 'experiments/a.yaml', line: 14, col: 9 }
  })

  it('evaluates every check once at server time and returns the source', async () => {
    prom.otherwise((req) =>
      req.params.get('query') === 'time()'
        ? { body: success(scalar(1700000000, '1700000000')) }
        : { body: success(vector([{}, '1'])) }
    )
    const source = await openPrometheus(endpoint(prom.url), [good], deps(), signal)
    expect(prom.requests.map((r) => [r.params.get('query'), r.params.get('time')])).toEqual([
      ['time()', null],
      ['up', '1700000000.000']
    ])
    source.close()
  })

  it('stops the experiment before any fault when Prometheus rejects a check, naming where it is', async () => {
    prom.otherwise((req) =>
      req.params.get('query') === 'sum(rate(x[5m])'
        ? { status: 400, body: failure('bad_data', '1:16: parse error: unclosed left parenthesis') }
        : { body: success(scalar(1, '1')) }
    )
    const err = await thrown(() => openPrometheus(endpoint(prom.url), [good, typo], deps(), signal))
    if (!(err instanceof BackendError)) throw err
    expect(err.message).toBe(
      `prometheus: preflight ${prom.url}/ failed: a check was rejected before any fault: check 'typo' (experiments/a.yaml:14:9): Prometheus answered HTTP 400 bad_data: 1:16: parse error: unclosed left parenthesis`
    )
  })

  it('leaves an unreachable Prometheus to the before phase, with a warning', async () => {
    const url = prom.url
    await prom.close()
    const d = deps()
    const source = await openPrometheus(endpoint(url, { retries: 0 }), [good], d, signal)
    expect(
      d.log.lines.some((l) =>
        l.startsWith('warn: prometheus: preflight could not measure: cannot reach')
      )
    ).toBe(true)
    source.close()
    prom = await FakePrometheus.start()
  })

  it('turns a bad URL into a configuration error', async () => {
    await expect(
      openPrometheus(endpoint('ftp://prometheus'), [good], deps(), signal)
    ).rejects.toThrow('the Prometheus URL must use http or https, not ftp:')
  })
})
