/**
 * A Workflow as one fault (docs/backends/chaos-mesh.md, "A Workflow"), with its verdict mapping:
 * - a StatusCheck that crossed its failureThreshold → verdict `fail` with the check's target and
 *   streak; with abortWithStatusCheck Chaos Mesh also aborts the workflow (the closest it has to a
 *   Fail verdict);
 * - a chaos node that never injects, or cannot recover → `failed` with that chaos object's reason;
 * - `Accomplished` → `finished` once no spawned chaos is still injected; verdict `pass` when it
 *   has StatusChecks and every one held, none otherwise (the steady-state checks decide);
 * - aborted by chaos-gate → `stopped`; aborted by anyone else without a failed check → `stopped`.
 */
import type { Observation } from '../../backend'
import type { ChildLook } from '../follow/follow-children'
import type { CheckView, NodeView, WorkflowView } from '../status/workflow-status'
import { type ChaosLook, plural, terminalLook } from './look'

export interface WorkflowContext {
  readonly at: number
  /** Distinct targets any chaos of the workflow has injected. */
  readonly affected: number
}

export function workflowObservation(
  workflow: WorkflowView | undefined,
  nodes: readonly NodeView[],
  chaos: readonly ChildLook[],
  checks: readonly CheckView[],
  ctx: WorkflowContext
): ChaosLook {
  const { at, affected } = ctx
  if (!workflow)
    return terminalLook(
      at,
      'stopped',
      'the Workflow no longer exists (deleted outside the gate?)',
      {}
    )
  const broken = chaos.find((c) => c.look.observation.phase === 'failed')
  if (broken) {
    const { verdict, message } = broken.look.observation
    return terminalLook(
      at,
      'failed',
      `${broken.node ?? broken.name} (${broken.kind}): ${message}`,
      {
        ...(verdict !== undefined && { verdict }),
        affectedTargets: affected
      }
    )
  }
  const live = chaos.filter((c) => !c.look.observation.terminal)
  const failedCheck = checks.find((c) => c.failed)
  if (failedCheck) return checkFailed(workflow, nodes, failedCheck, live, ctx)
  if (workflow.abort) {
    const who = workflow.abortedAt ? `by chaos-gate at ${workflow.abortedAt}` : 'outside the gate'
    return live.length === 0
      ? terminalLook(at, 'stopped', `aborted ${who}; every chaos recovered`, {
          affectedTargets: affected
        })
      : going(
          at,
          'injected',
          `aborted ${who}; ${plural(live.length, 'chaos object')} recovering`,
          affected,
          live
        )
  }
  if (workflow.accomplished && live.length === 0) return accomplished(checks, ctx)
  return going(
    at,
    affected > 0 ? 'injected' : 'pending',
    progress(nodes, chaos, checks),
    affected,
    live
  )
}

function checkFailed(
  workflow: WorkflowView,
  nodes: readonly NodeView[],
  check: CheckView,
  live: readonly ChildLook[],
  ctx: WorkflowContext
): ChaosLook {
  const template = nodes.find((n) => n.name === check.node)?.template ?? check.name
  const spec = workflow.checks.get(template)
  const aborted = workflow.abort
    ? '; Chaos Mesh aborted the workflow (abortWithStatusCheck)'
    : spec?.abortWithStatusCheck === false
      ? ' (abortWithStatusCheck is off, so the workflow goes on)'
      : ''
  const message = `StatusCheck '${template}' failed: ${check.failures} failed probe${check.failures === 1 ? '' : 's'} of ${spec?.target ?? 'its target'} reached the failureThreshold${aborted}`
  if (live.length > 0) {
    const look = going(ctx.at, 'injected', message, ctx.affected, live)
    return { ...look, observation: { ...look.observation, verdict: 'fail' } }
  }
  return terminalLook(ctx.at, 'finished', message, {
    verdict: 'fail',
    affectedTargets: ctx.affected
  })
}

function accomplished(checks: readonly CheckView[], ctx: WorkflowContext): ChaosLook {
  const held = checks.length > 0 && checks.every((c) => !c.failed)
  const summary = held
    ? `; every StatusCheck held (${checks.map((c) => `${c.successes} ok`).join(', ')})`
    : ''
  return terminalLook(
    ctx.at,
    'finished',
    `accomplished; ${plural(ctx.affected, 'target')} affected${summary}`,
    {
      ...(held && { verdict: 'pass' as const }),
      affectedTargets: ctx.affected
    }
  )
}

/** `net: injected into 3 targets; health: 4 ok` for the nodes still running. */
function progress(
  nodes: readonly NodeView[],
  chaos: readonly ChildLook[],
  checks: readonly CheckView[]
): string {
  const parts = [
    ...chaos
      .filter((c) => !c.look.observation.terminal)
      .map((c) => `${templateOf(nodes, c.node) ?? c.name}: ${c.look.observation.message}`),
    ...checks
      .filter((c) => !c.completed)
      .map((c) => `${templateOf(nodes, c.node) ?? c.name}: ${c.successes} ok, ${c.failures} failed`)
  ]
  return parts.length > 0 ? `running; ${parts.join('; ')}` : 'running'
}

function templateOf(nodes: readonly NodeView[], node: string | undefined): string | undefined {
  return nodes.find((n) => n.name === node)?.template
}

function going(
  at: number,
  phase: Observation['phase'],
  message: string,
  affected: number,
  live: readonly ChildLook[]
): ChaosLook {
  const rechecks = live.flatMap((c) => (c.look.recheckAt === undefined ? [] : [c.look.recheckAt]))
  return {
    observation: {
      at,
      phase,
      message,
      ...(affected > 0 && { affectedTargets: affected }),
      terminal: false
    },
    ...(rechecks.length > 0 && { recheckAt: Math.min(...rechecks) })
  }
}
