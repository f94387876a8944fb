/**
 * The engine's error-budget hook (GateDeps.errorBudget) built from a run's settings. The
 * Prometheus client is loaded only when a budget is configured and read.
 */
import { NO_PROMETHEUS } from '../../manifest/experiment/steady-state/no-prometheus'
import type { PrometheusEndpoint } from '../../manifest/steady-state-model'
import type { BudgetDecision, ErrorBudgetRule } from '../error-budget'
import type { PrometheusClient, PrometheusClientDeps } from './client'
import { PrometheusError } from './prometheus-error'

/**
 * The engine's error-budget hook for a run's settings (GateDeps.errorBudget), or undefined when
 * no budget is configured. It reads every budget once per call over its own client.
 */
export function errorBudgetGate(
  rules: readonly ErrorBudgetRule[] | undefined,
  endpoint: PrometheusEndpoint | undefined,
  deps: PrometheusClientDeps
): ((signal: AbortSignal) => Promise<BudgetDecision>) | undefined {
  if (!rules || rules.length === 0) return undefined
  return async (signal) => {
    if (!endpoint) {
      return {
        decision: 'unknown',
        reason: `the error budget is read from Prometheus, but ${NO_PROMETHEUS}; set the prometheus-url input (--prometheus-url on the command line)`
      }
    }
    const { PrometheusClient } = await import('./client')
    const { checkErrorBudgets } = await import('./error-budget-query')
    let client: PrometheusClient
    try {
      client = new PrometheusClient(endpoint, deps)
    } catch (err) {
      if (err instanceof PrometheusError) return { decision: 'unknown', reason: err.message }
      throw err
    }
    try {
      const decision = await checkErrorBudgets(rules, client, signal)
      if (decision.decision === 'run') {
        const left = decision.readings.map(
          (r) => `${r.rule} ${Math.round(r.remaining * 1000) / 10} %`
        )
        deps.log.info(`error budget: ${left.join(', ')} left; experiments may run`)
      } else deps.log.warn(decision.reason)
      return decision
    } finally {
      client.close()
    }
  }
}
