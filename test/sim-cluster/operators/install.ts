import type { Clock } from '../../../src/util/clock'
import type { AdmissionPlugin } from '../api/admission/admission'
import type { ControllerManager } from '../controllers/controller-runtime'
import type { EventRecorder } from '../controllers/event-recorder'
import type { SystemClient } from '../controllers/system-client'
import type { SimTiming } from '../options'
import type { CrdGroup } from '../resources/crd-types'
import { ChaosMeshController } from './chaos-mesh/chaos-controller'
import { ScheduleController } from './chaos-mesh/schedule-controller'
import { StatusCheckController } from './chaos-mesh/status-check-controller'
import { chaosMeshWebhook } from './chaos-mesh/webhook'
import { WorkflowController } from './chaos-mesh/workflow-controller'
import { WorkflowNodeController } from './chaos-mesh/workflow-node-controller'
import { FirstSeen } from './first-seen'
import { LitmusEngineOperator } from './litmus/engine-operator'

/** What the operator simulators are wired into. */
export interface OperatorContext {
  readonly manager: ControllerManager
  readonly client: SystemClient
  readonly events: EventRecorder
  readonly clock: Clock
  readonly timing: SimTiming
  /** Admission chain, for the operators' webhooks. */
  readonly admission: AdmissionPlugin[]
  readonly crdGroups: readonly CrdGroup[]
  readonly enabled?: { readonly litmus?: boolean; readonly chaosMesh?: boolean }
}

/** Installs the Litmus and Chaos Mesh simulators whose CRDs are installed (unless disabled). */
export function installOperators(ctx: OperatorContext): void {
  const { manager, client, events, clock, timing } = ctx
  if (ctx.crdGroups.includes('litmuschaos.io') && ctx.enabled?.litmus !== false) {
    manager.add(new LitmusEngineOperator(client, events, clock, timing))
  }
  if (ctx.crdGroups.includes('chaos-mesh.org') && ctx.enabled?.chaosMesh !== false) {
    const firstSeen = new FirstSeen(clock)
    ctx.admission.push(chaosMeshWebhook)
    manager.add(new ChaosMeshController(client, events, clock, timing, firstSeen))
    manager.add(new ScheduleController(client, events, clock, timing, firstSeen))
    manager.add(new WorkflowController(client, events, clock, timing))
    manager.add(new WorkflowNodeController(client, events, clock, timing, firstSeen))
    manager.add(new StatusCheckController(client, events, clock, timing))
  }
}
