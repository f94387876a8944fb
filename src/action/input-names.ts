/**
 * Every input of action.yml, with the default the runner fills in. The defaults are repeated here
 * so a run outside the runner (local-action, tests) behaves the same; a test keeps this map and
 * action.yml in step.
 */
import { SHARED_SETTINGS } from '../gate/settings'

export const INPUT_DEFAULTS = {
  experiments: 'experiments/**/*.{yaml,yml}',
  backend: SHARED_SETTINGS.backend.default,
  'gremlin-team-id': '',
  'gremlin-api-key': '',
  kubeconfig: '',
  context: '',
  namespace: '',
  policy: '',
  'prometheus-url': '',
  'prometheus-headers': '',
  'error-budget': '',
  mode: SHARED_SETTINGS.mode.default,
  environment: SHARED_SETTINGS.environment.default,
  concurrency: SHARED_SETTINGS.concurrency.default,
  timeout: SHARED_SETTINGS.timeout.default,
  'fail-on': SHARED_SETTINGS.failOn.default,
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
