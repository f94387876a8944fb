import { readGitHubEnv } from '../../src/action/github-env'
import { readInputs } from '../../src/action/inputs'
import { RecordingCore } from './fakes/recording-core'

const gh = readGitHubEnv(
  { GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: '/work/shop' },
  '/elsewhere'
)
const BUDGET =
  'name: checkout\nquery: slo:error_budget_remaining:ratio{service="checkout"}\nminRemaining: 25%'

function read(inputs: Record<string, string>) {
  return readInputs(new RecordingCore({ 'github-token': 'ghs_token', ...inputs }), gh, 'run-1')
}

describe('the error-budget input', () => {
  it('becomes the gate setting, read from prometheus-url', () => {
    const result = read({ 'prometheus-url': 'https://prom.example', 'error-budget': BUDGET })
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
    expect(result.settings.gate.errorBudget).toEqual([
      {
        name: 'checkout',
        minRemaining: 0.25,
        source: { kind: 'remaining', query: 'slo:error_budget_remaining:ratio{service="checkout"}' }
      }
    ])
  })

  it('is rejected, by name, without a Prometheus or when malformed', () => {
    const errors = (inputs: Record<string, string>): string[] => {
      const result = read(inputs)
      return result.ok ? [] : result.errors.map((e) => e.message)
    }
    expect(errors({ 'error-budget': BUDGET })).toEqual([
      "Invalid input 'error-budget': the error budget is read from Prometheus: set prometheus-url too"
    ])
    expect(
      errors({ 'prometheus-url': 'https://prom.example', 'error-budget': 'name: checkout' })[0]
    ).toMatch(/^Invalid input 'error-budget': 0\.minRemaining: a fraction like 0\.25/)
  })
})
