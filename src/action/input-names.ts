/**
 * Every input of action.yml, with the default the runner fills in. The defaults are repeated here
 * so a run outside the runner (local-action, tests) behaves the same; the shared ones come from the
 * settings table, and a test keeps this map, the table and action.yml in step.
 */
import { SETTINGS as S } from '../gate/settings-table'

export const INPUT_DEFAULTS = {
  experiments: S.experiments.default,
  backend: S.backend.default,
  'gremlin-team-id': S.gremlinTeamId.default,
  'gremlin-api-key': S.gremlinApiKey.default,
  kubeconfig: S.kubeconfig.default,
  context: S.context.default,
  namespace: S.namespace.default,
  policy: S.policy.default,
  'prometheus-url': S.prometheusUrl.default,
  'prometheus-headers': S.prometheusHeaders.default,
  'error-budget': S.errorBudget.default,
  mode: S.mode.default,
  environment: S.environment.default,
  concurrency: S.concurrency.default,
  timeout: S.timeout.default,
  'fail-on': S.failOn.default,
  'report-dir': S.reportDir.default,
  sha: S.sha.default,
  'github-token': '${{ github.token }}',
  'check-name': 'chaos-gate / <environment>',
  'check-run': 'best-effort',
  'commit-status': 'false',
  'slack-webhook-url': '',
  'slack-bot-token': '',
  'slack-channel': '',
  'slack-notify': 'failure',
  'slack-mention': '',
  'alertmanager-url': '',
  'grafana-url': '',
  'grafana-token': '',
  'grafana-dashboards': ''
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

/** Inputs whose values are secrets: masked before anything is logged. */
export const SECRET_INPUTS: readonly InputName[] = [
  'github-token',
  'prometheus-headers',
  'slack-webhook-url',
  'slack-bot-token',
  'grafana-token',
  'gremlin-api-key'
]
