import type { ErrorBudgetRule } from '../../src/steady-state/error-budget'
import {
  budgetQuery,
  checkErrorBudgets
} from '../../src/steady-state/prometheus/error-budget-query'
import { makeClient } from './client-setup'
import { failure, FakePrometheus, success, vector } from './fake-prometheus'

const signal = new AbortController().signal
const slo: ErrorBudgetRule = {
  name: 'checkout',
  minRemaining: 0.25,
  source: {
    kind: 'slo',
    objective: 0.999,
    errorRatio: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))',
    periodMs: 30 * 86_400_000
  }
}

let prom: FakePrometheus
beforeEach(async () => {
  prom = await FakePrometheus.start()
})
afterEach(async () => {
  await prom.close()
})

describe('checkErrorBudgets', () => {
  it('renders the error ratio over the whole period and evaluates it at server time', async () => {
    prom.otherwise(() => ({ body: success(vector([{}, '0.0009'])) }))
    const { client } = makeClient(prom.url)
    const decision = await checkErrorBudgets([slo], client, signal)
    expect(decision).toMatchObject({ decision: 'skip' })
    expect(prom.requests[0]?.params.get('query')).toBe(
      'sum(rate(errors[720h])) / sum(rate(requests[720h]))'
    )
    expect(prom.requests[0]?.params.has('time')).toBe(false)
    expect(budgetQuery({ ...slo, source: { kind: 'remaining', query: 'slo:remaining' } })).toBe(
      'slo:remaining'
    )
  })

  it('is unknown when Prometheus refuses the query', async () => {
    prom.otherwise(() => ({
      status: 422,
      body: failure('execution', 'query processing would load too many samples')
    }))
    const { client } = makeClient(prom.url)
    expect(await checkErrorBudgets([slo], client, signal)).toEqual({
      decision: 'unknown',
      reason:
        'the remaining error budget could not be read, so nothing was injected (checkout: Prometheus answered HTTP 422 execution: query processing would load too many samples)'
    })
  })
})
