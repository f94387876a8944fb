import type { ExperimentFacts } from '../../src/gate/facts'
import { decideExperiment } from '../../src/gate/verdict/verdict'
import { gateExitCode, gateFailed, worstVerdict } from '../../src/gate/verdict/verdict-order'

/** A clean run: injected, the backend finished, every check held, recovered. */
const BASE: ExperimentFacts = {
  mode: 'enforce',
  expect: 'pass',
  policy: { inconclusive: 'fail', warn: 'pass' },
  gatedChecks: 1,
  preflightProblems: [],
  before: [{ check: 'errors', outcome: 'pass', reason: '' }],
  injected: true,
  backend: { phase: 'finished', terminal: true, affectedTargets: 2 },
  during: [{ check: 'errors', outcome: 'pass', reason: '' }],
  recovery: { timedOut: false, timeoutMs: 60_000, unmeasured: [] },
  cleanupProblems: [],
  gateErrors: []
}

/** Facts overrides; `undefined` removes a field from the clean run. */
type Patch = { [K in keyof ExperimentFacts]?: ExperimentFacts[K] | undefined }

function make(patch: Patch): ExperimentFacts {
  const merged: Record<string, unknown> = { ...BASE, ...patch }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]
  return merged as unknown as ExperimentFacts
}

const breach = {
  kind: 'breach',
  check: 'errors',
  reason: 'errors = 0.3 > threshold.max 0.05'
} as const
const notInjected = {
  injected: false,
  backend: undefined,
  during: [],
  recovery: undefined
} as const

type Row = [string, Patch, string, RegExp]

const table: Row[] = [
  ['clean run', {}, 'pass', /^the fault ran and every gated steady-state check held$/],
  [
    'no checks',
    { gatedChecks: 0, before: [], during: [], recovery: undefined },
    'pass',
    /no steady-state checks/
  ],
  [
    'filtered out',
    { ...notInjected, skipped: 'not selected: --only x' },
    'skipped',
    /^not selected/
  ],
  ['dry-run', { ...notInjected, mode: 'dry-run' }, 'skipped', /^dry-run: nothing was injected$/],
  [
    'dry-run, unhealthy before',
    {
      ...notInjected,
      mode: 'dry-run',
      before: [{ check: 'errors', outcome: 'fail', reason: 'errors = 0.3' }]
    },
    'fail',
    /^steady state not met before fault/
  ],
  [
    'RBAC denied in preflight',
    { ...notInjected, preflightProblems: ['403: cannot create podchaos'] },
    'error',
    /^preflight: 403: cannot create podchaos; nothing was injected$/
  ],
  ['selector matched zero targets', { ...notInjected, targets: 0 }, 'fail', /matched zero targets/],
  [
    'fault affected zero targets',
    { backend: { phase: 'finished', terminal: true, affectedTargets: 0 } },
    'fail',
    /affected zero targets/
  ],
  [
    'unhealthy before',
    { ...notInjected, before: [{ check: 'errors', outcome: 'fail', reason: 'errors = 0.3' }] },
    'fail',
    /^steady state not met before fault: errors = 0.3; nothing was injected$/
  ],
  [
    'unmeasurable before',
    { ...notInjected, before: [{ check: 'errors', outcome: 'inconclusive', reason: 'no data' }] },
    'inconclusive',
    /^steady state could not be measured before the fault/
  ],
  [
    'unmeasurable before, even with inconclusive: warn',
    {
      ...notInjected,
      policy: { inconclusive: 'warn', warn: 'pass' },
      before: [{ check: 'errors', outcome: 'inconclusive', reason: 'no data' }]
    },
    'inconclusive',
    /nothing was injected/
  ],
  [
    'submit rejected',
    { ...notInjected, submitError: '422 spec.duration invalid' },
    'error',
    /^the backend could not create the fault: 422/
  ],
  [
    'guard aborted',
    {
      guard: breach,
      abortedBy: 'guard',
      backend: { phase: 'stopped', verdict: 'stopped', terminal: true }
    },
    'aborted',
    /^the steady state broke during the fault and the guard aborted it: errors = 0.3/
  ],
  [
    'breach without abortOnFail',
    { guard: breach, during: [{ check: 'errors', outcome: 'fail', reason: breach.reason }] },
    'fail',
    /^the steady state broke during the fault: errors/
  ],
  [
    'check failed during (no guard)',
    { during: [{ check: 'errors', outcome: 'fail', reason: 'errors = 0.3' }] },
    'fail',
    /^the steady state broke during the fault/
  ],
  [
    'monitoring blind',
    {
      guard: { kind: 'blind', check: 'errors', reason: '4 consecutive errors' },
      abortedBy: 'guard'
    },
    'inconclusive',
    /aborted rather than injected blind/
  ],
  [
    'monitoring blind, inconclusive: warn',
    {
      policy: { inconclusive: 'warn', warn: 'pass' },
      guard: { kind: 'blind', check: 'errors', reason: 'x' },
      abortedBy: 'guard'
    },
    'pass',
    /reported only: verdict.inconclusive is warn/
  ],
  [
    'too few samples during',
    {
      during: [
        { check: 'errors', outcome: 'inconclusive', reason: 'only 1 conclusive measurement' }
      ]
    },
    'inconclusive',
    /^errors could not be measured during the fault/
  ],
  [
    'warn zone, warn: pass',
    { during: [{ check: 'errors', outcome: 'warn', reason: 'x' }] },
    'pass',
    /entered its warn zone/
  ],
  [
    'warn zone, warn: fail',
    {
      policy: { inconclusive: 'fail', warn: 'fail' },
      during: [{ check: 'errors', outcome: 'warn', reason: 'x' }]
    },
    'fail',
    /\(verdict.warn is fail\)$/
  ],
  [
    'backend verdict Fail',
    { backend: { phase: 'finished', verdict: 'fail', terminal: true, message: 'failStep: probe' } },
    'fail',
    /^the backend's verdict is Fail: failStep: probe$/
  ],
  [
    'backend verdict Error',
    { backend: { phase: 'finished', verdict: 'error', terminal: true } },
    'error',
    /^the backend reported an error/
  ],
  [
    'backend failed to inject',
    { backend: { phase: 'failed', terminal: true, message: 'no pods' } },
    'error',
    /^the backend reported an error: no pods$/
  ],
  [
    'backend still Awaited',
    { backend: { phase: 'injected', verdict: 'awaited', terminal: false }, abortedBy: 'timeout' },
    'inconclusive',
    /still Awaited when the gate stopped waiting/
  ],
  [
    'stopped by someone else',
    { backend: { phase: 'stopped', verdict: 'stopped', terminal: true } },
    'inconclusive',
    /stopped outside the gate/
  ],
  [
    'lost track',
    { backend: { terminal: false, lostTrack: 'watch closed' } },
    'error',
    /^lost track of the fault: watch closed$/
  ],
  [
    'recovery timed out',
    { recovery: { timedOut: true, timeoutMs: 300_000, unmeasured: [] } },
    'fail',
    /did not recover within 300s/
  ],
  [
    'recovery unmeasured',
    { recovery: { timedOut: true, timeoutMs: 300_000, unmeasured: ['errors'] } },
    'inconclusive',
    /errors could not be measured after the fault/
  ],
  [
    'cleanup left an object',
    { cleanupProblems: ['PodChaos shop/gate-x is still present: finalizer'] },
    'error',
    /^cleanup: PodChaos shop\/gate-x is still present/
  ],
  [
    'abort failed',
    { guard: breach, abortedBy: 'guard', abortError: 'PodChaos gate-x: 403' },
    'error',
    /^aborting the fault failed, so it may still be injected: PodChaos gate-x: 403$/
  ],
  [
    'cancelled mid-fault',
    {
      interrupted: { cause: 'received SIGTERM', phase: 'during' },
      abortedBy: 'cancel',
      backend: { phase: 'stopped', terminal: true }
    },
    'inconclusive',
    /^the gate stopped early \(received SIGTERM\) in the during phase; the fault was aborted$/
  ],
  [
    'phase hung',
    { gateErrors: ['during: the during phase did not finish within 2m'] },
    'error',
    /^the gate failed: during/
  ]
]

describe('decideExperiment', () => {
  it.each(table)('%s', (_name, facts, verdict, reason) => {
    const v = decideExperiment(make(facts))
    expect(v.verdict).toBe(verdict)
    expect(v.observed).toBe(verdict)
    expect(v.reasons[0]).toMatch(reason)
  })

  it('lists every finding, worst first', () => {
    const v = decideExperiment({
      ...BASE,
      guard: breach,
      abortedBy: 'guard',
      recovery: { timedOut: true, timeoutMs: 60_000, unmeasured: [] },
      cleanupProblems: ['x is still present']
    })
    expect(v.verdict).toBe('error')
    expect(v.reasons).toEqual([
      'cleanup: x is still present',
      'the steady state did not recover within 60s after the fault',
      'the steady state broke during the fault and the guard aborted it: errors = 0.3 > threshold.max 0.05'
    ])
  })
})

describe('expect: fail', () => {
  const negative = (facts: Patch) => decideExperiment(make({ expect: 'fail', ...facts }))

  it.each<[string, Patch, string, string, RegExp]>([
    [
      'passes when the guard aborted',
      { guard: breach, abortedBy: 'guard' },
      'aborted',
      'pass',
      /^as expected \(expect: fail\), the steady state broke during the fault and the guard aborted it/
    ],
    [
      'passes when a check failed during the fault',
      { during: [{ check: 'errors', outcome: 'fail', reason: 'x' }] },
      'fail',
      'pass',
      /^as expected \(expect: fail\), /
    ],
    [
      'passes on the backend verdict Fail',
      { backend: { phase: 'finished', verdict: 'fail', terminal: true } },
      'fail',
      'pass',
      /^as expected \(expect: fail\), /
    ],
    [
      'fails when the steady state held',
      {},
      'pass',
      'fail',
      /^expected the steady state to break, but it held$/
    ],
    [
      'stays failed when the system was broken before the fault',
      { ...notInjected, before: [{ check: 'errors', outcome: 'fail', reason: 'x' }] },
      'fail',
      'fail',
      /^steady state not met before fault/
    ],
    [
      'stays failed on zero targets',
      { ...notInjected, targets: 0 },
      'fail',
      'fail',
      /zero targets/
    ],
    [
      'stays failed when it broke and never recovered',
      {
        guard: breach,
        abortedBy: 'guard',
        recovery: { timedOut: true, timeoutMs: 1000, unmeasured: [] }
      },
      'fail',
      'fail',
      /did not recover/
    ],
    [
      'stays inconclusive',
      { during: [{ check: 'errors', outcome: 'inconclusive', reason: 'x' }] },
      'inconclusive',
      'inconclusive',
      /could not be measured/
    ],
    [
      'stays an error',
      { ...notInjected, preflightProblems: ['403'] },
      'error',
      'error',
      /^preflight: 403/
    ]
  ])('%s', (_name, facts, observed, verdict, reason) => {
    const v = negative(facts)
    expect([v.observed, v.verdict]).toEqual([observed, verdict])
    expect(v.reasons[0]).toMatch(reason)
  })
})

describe('the gate as a whole', () => {
  const failOn = new Set(['fail', 'aborted', 'inconclusive', 'error'] as const)

  it.each([
    [['pass', 'pass'], 'pass'],
    [['pass', 'skipped'], 'skipped'],
    [['inconclusive', 'aborted'], 'aborted'],
    [['aborted', 'fail'], 'fail'],
    [['fail', 'error', 'pass'], 'error'],
    [[], 'skipped']
  ] as const)('worst of %j is %s', (verdicts, worst) => {
    expect(worstVerdict(verdicts)).toBe(worst)
  })

  it.each([
    ['enforce', ['pass', 'inconclusive'], failOn, true, 1],
    ['enforce', ['pass', 'error'], failOn, true, 3],
    ['enforce', ['pass', 'skipped'], failOn, false, 0],
    ['enforce', ['inconclusive'], new Set(['fail', 'aborted', 'error'] as const), false, 0],
    ['enforce', ['fail', 'error'], new Set(['fail'] as const), true, 3],
    ['warn', ['fail', 'error'], failOn, false, 0],
    ['dry-run', ['skipped'], failOn, false, 0]
  ] as const)('%s with %j fails=%s and exits %i', (mode, verdicts, on, failed, code) => {
    expect(gateFailed(verdicts, on, mode)).toBe(failed)
    expect(gateExitCode(failed, worstVerdict(verdicts))).toBe(code)
  })
})
