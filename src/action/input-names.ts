/**
 * Every input of action.yml, with the default the runner fills in. The defaults are repeated here
 * so a run outside the runner (local-action, tests) behaves the same; a test keeps this map and
 * action.yml in step.
 */
export const INPUT_DEFAULTS = {
  experiments: 'experiments/**/*.{yaml,yml}',
  backend: 'auto',
  'gremlin-team-id': '',
  'gremlin-api-key': '',
  kubeconfig: '',
  context: '',
  namespace: '',
  policy: '',
  'prometheus-url': '',
  'prometheus-headers': '',
  'error-budget': '',
  mode: 'enforce',
  environment: 'staging',
  concurrency: '1',
  timeout: '15m',
  'fail-on': 'fail,aborted,inconclusive,error',
  'report-dir': 'chaos-gate-report',
  sha: '',
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
