/** The Schedule and Workflow verdict mapping, as pure functions of what Chaos Mesh reports. */
import type { ChildLook } from '../../../src/backends/chaos-mesh/follow/follow-children'
import { scheduleObservation } from '../../../src/backends/chaos-mesh/observation/schedule-observation'
import { workflowObservation } from '../../../src/backends/chaos-mesh/observation/workflow-observation'
import type {
  CheckView,
  NodeView,
  WorkflowView
} from '../../../src/backends/chaos-mesh/status/workflow-status'

const AT = 1_000

function child(
  phase: 'injected' | 'finished' | 'failed',
  extra: Partial<ChildLook['look']['observation']> = {}
): ChildLook {
  const terminal = phase !== 'injected'
  return {
    name: 'sched-abcde',
    kind: 'NetworkChaos',
    node: 'net-xyz12',
    look: { observation: { at: AT, phase, message: `${phase} (child)`, terminal, ...extra } }
  }
}

const workflow = (extra: Partial<WorkflowView> = {}): WorkflowView => ({
  name: 'wf',
  abort: false,
  abortedAt: undefined,
  accomplished: false,
  entryNode: 'entry-1',
  checks: new Map([
    [
      'health',
      { name: 'health', target: 'GET http://checkout/healthz', abortWithStatusCheck: false }
    ]
  ]),
  ...extra
})
const nodes: NodeView[] = [
  { name: 'health-abcde', template: 'health', type: 'StatusCheck', conditions: new Map() }
]
const check = (extra: Partial<CheckView> = {}): CheckView => ({
  name: 'health-abcde-x1y2z',
  node: 'health-abcde',
  failed: false,
  succeeded: false,
  completed: false,
  failures: 0,
  successes: 4,
  ...extra
})

describe('scheduleObservation', () => {
  const schedule = {
    name: 'sched',
    schedule: '@every 1m',
    lastRun: '2026-11-26T12:00:00Z',
    active: 1
  }
  const ctx = { at: AT, endsAt: 10_000, windowEnded: false, affected: 2, runs: 3 }

  it('is injected while it runs, naming the runs and the last run time', () => {
    const look = scheduleObservation(schedule, [child('injected')], ctx)
    expect(look.observation).toMatchObject({
      phase: 'injected',
      affectedTargets: 2,
      terminal: false
    })
    expect(look.observation.message).toBe(
      '3 runs, the last at 2026-11-26T12:00:00Z; sched-abcde: injected (child)'
    )
    expect(look.recheckAt).toBe(10_000)
  })

  it('is finished when the window has ended and every run recovered; a window with no run fails', () => {
    expect(
      scheduleObservation(schedule, [child('finished')], { ...ctx, windowEnded: true }).observation
    ).toMatchObject({ phase: 'finished', terminal: true })
    expect(
      scheduleObservation(schedule, [], { ...ctx, windowEnded: true, runs: 0, affected: 0 })
        .observation
    ).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      message: 'the Schedule did not run once within the experiment window'
    })
  })

  it('a run that fails decides the whole Schedule', () => {
    const look = scheduleObservation(
      schedule,
      [child('finished'), child('failed', { verdict: 'error' })],
      ctx
    )
    expect(look.observation).toMatchObject({
      phase: 'failed',
      verdict: 'error',
      message: 'run sched-abcde: failed (child)',
      terminal: true
    })
  })
})

describe('workflowObservation', () => {
  const ctx = { at: AT, affected: 3 }

  it('Accomplished with every StatusCheck held is finished with a pass verdict', () => {
    const look = workflowObservation(
      workflow({ accomplished: true }),
      nodes,
      [child('finished')],
      [check({ completed: true, succeeded: true })],
      ctx
    )
    expect(look.observation).toMatchObject({
      phase: 'finished',
      verdict: 'pass',
      affectedTargets: 3,
      terminal: true
    })
  })

  it('Accomplished without StatusChecks has no verdict of its own: the steady state decides', () => {
    const look = workflowObservation(
      workflow({ accomplished: true, checks: new Map() }),
      [],
      [child('finished')],
      [],
      ctx
    )
    expect(look.observation.verdict).toBeUndefined()
    expect(look.observation.phase).toBe('finished')
  })

  it('a failed StatusCheck is a fail verdict even without abortWithStatusCheck, while its chaos still runs', () => {
    const look = workflowObservation(
      workflow(),
      nodes,
      [child('injected')],
      [check({ failed: true, failures: 3 })],
      ctx
    )
    expect(look.observation).toMatchObject({ phase: 'injected', verdict: 'fail', terminal: false })
    expect(look.observation.message).toBe(
      "StatusCheck 'health' failed: 3 failed probes of GET http://checkout/healthz reached the failureThreshold (abortWithStatusCheck is off, so the workflow goes on)"
    )
  })

  it('aborted by chaos-gate is stopped once its chaos recovered; a chaos that never injected fails the workflow', () => {
    const aborted = workflow({ abort: true, abortedAt: '2026-11-26T12:00:09Z' })
    expect(workflowObservation(aborted, nodes, [], [], ctx).observation).toMatchObject({
      phase: 'stopped',
      terminal: true
    })
    expect(
      workflowObservation(aborted, nodes, [child('injected')], [], ctx).observation
    ).toMatchObject({ phase: 'injected', terminal: false })
    const broken = workflowObservation(
      workflow(),
      nodes,
      [child('failed', { verdict: 'fail' })],
      [],
      ctx
    )
    expect(broken.observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      message: 'net-xyz12 (NetworkChaos): failed (child)'
    })
  })
})
