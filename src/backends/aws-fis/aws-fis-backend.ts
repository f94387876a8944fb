/**
 * The `aws-fis` backend: AWS Fault Injection Service through the official SDK. Created: the
 * experiment template (when inline), then the experiment, both tagged with the run id; starting
 * uses a client token derived from the run and experiment, so a retried submit starts nothing new.
 * Found again: by id from the handle, or by the run-id tag. Stopped: abort is StopExperiment;
 * cleanup stops the run's tagged experiments still running and deletes the templates it created.
 */
import { createHash } from 'node:crypto'

import type { CreateExperimentTemplateCommandInput } from '@aws-sdk/client-fis'

import type { AwsFisSpec, Experiment } from '../../manifest/model'
import { errorMessage, type Issue } from '../../util/errors'
import type {
  Backend,
  CleanupReport,
  Handle,
  Observation,
  PreflightReport,
  RunContext,
  RunSelector
} from '../backend'
import type { BackendDeps } from '../backend'
import { preflightFailed, unsupportedFault } from '../backend-issues'
import { EXPERIMENT_LABEL, objectName, RUN_ID_LABEL, runLabels } from '../labels'
import { type FisApi, fisApi } from './fis-api'
import { sweepFis } from './fis-cleanup'
import { followFis } from './fis-follow'

export function awsFisBackend(deps: BackendDeps, api: typeof fisApi = fisApi): Backend {
  return new AwsFisBackend(deps, api)
}

class AwsFisBackend implements Backend {
  readonly kind = 'aws-fis' as const
  /** Experiments this process stopped, so their `stopped` state is not read as a stop condition. */
  private readonly stoppedByGate = new Set<string>()

  constructor(
    private readonly deps: BackendDeps,
    private readonly api: typeof fisApi
  ) {}

  check(exp: Experiment): readonly Issue[] {
    return exp.fault.kind === 'aws-fis' ? [] : [unsupportedFault(exp, 'aws-fis', 'FIS templates')]
  }

  async preflight(exp: Experiment, ctx: RunContext): Promise<PreflightReport> {
    const spec = specOf(exp)
    const fis = this.client(spec)
    try {
      if (spec.templateId !== undefined) {
        if (!(await fis.templateExists(spec.templateId, ctx.signal)))
          return preflightFailed(
            exp,
            'aws-fis',
            ['spec', 'awsFis', 'templateId'],
            `FIS has no experiment template ${spec.templateId}`,
            'check the id and the region (AWS_REGION or spec.awsFis.region)'
          )
      } else {
        // Proves the credentials, the region and the endpoint before anything is created.
        await fis.listTemplates(ctx.signal)
      }
    } catch (err) {
      return preflightFailed(
        exp,
        'aws-fis',
        [],
        `FIS is not usable: ${errorMessage(err)}`,
        'the SDK default chain needs credentials and a region: on GitHub, aws-actions/configure-aws-credentials with OIDC before this step'
      )
    }
    return { warnings: [], issues: [] }
  }

  async submit(exp: Experiment, ctx: RunContext): Promise<Handle> {
    const spec = specOf(exp)
    const fis = this.client(spec)
    const tags = { ...runLabels(ctx.runId, exp.name) }
    const templateId = spec.templateId ?? (await this.ensureTemplate(fis, spec, tags, ctx))
    const token = objectName(ctx.runId, exp.name)
    const started = await fis.start(templateId, token, tags, ctx.signal)
    return {
      backend: 'aws-fis',
      experiment: exp.name,
      kind: 'Experiment',
      name: started.id ?? '',
      data: {
        templateId,
        createdTemplate: String(spec.templateId === undefined),
        ...(spec.region === undefined ? {} : { region: spec.region })
      }
    }
  }

  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
    return followFis(this.clientFor(handle), handle.name, ctx, () =>
      this.stoppedByGate.has(handle.name)
    )
  }

  async abort(handle: Handle, ctx: RunContext): Promise<void> {
    this.stoppedByGate.add(handle.name)
    const result = await this.clientFor(handle).stop(handle.name, ctx.signal)
    ctx.log.debug(`FIS StopExperiment ${handle.name}: ${result}`)
  }

  cleanup(selector: RunSelector, ctx: RunContext): Promise<CleanupReport> {
    const regions = new Set<string | undefined>([undefined])
    for (const h of selector.handles) regions.add(h.data?.region)
    for (const n of selector.namespaces) if (n.startsWith('aws-region:')) regions.add(n.slice(11))
    return sweepFis(
      [...regions].map((r) => this.client({ ...(r === undefined ? {} : { region: r }) })),
      selector,
      ctx
    )
  }

  /** The run's template for this experiment: adopted when a retried submit already made it. */
  private async ensureTemplate(
    fis: FisApi,
    spec: AwsFisSpec,
    tags: Record<string, string>,
    ctx: RunContext
  ): Promise<string> {
    const existing = (await fis.listTemplates(ctx.signal)).find(
      (t) =>
        t.tags?.[RUN_ID_LABEL] === tags[RUN_ID_LABEL] &&
        t.tags?.[EXPERIMENT_LABEL] === tags[EXPERIMENT_LABEL]
    )
    if (existing?.id) return existing.id
    const template = (spec.template ?? {}) as unknown as CreateExperimentTemplateCommandInput
    return fis.createTemplate(
      {
        ...template,
        clientToken: createHash('sha256')
          .update(`${ctx.runId}/${tags[EXPERIMENT_LABEL] ?? ''}/template`)
          .digest('hex')
          .slice(0, 32),
        tags: { ...(template.tags ?? {}), ...tags }
      },
      ctx.signal
    )
  }

  private client(spec: Pick<AwsFisSpec, 'region'>): FisApi {
    const env = this.deps.env ?? {}
    return this.api(env, spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION)
  }

  private clientFor(handle: Handle): FisApi {
    return this.client(handle.data?.region === undefined ? {} : { region: handle.data.region })
  }
}

function specOf(exp: Experiment): AwsFisSpec {
  if (exp.fault.kind !== 'aws-fis')
    throw new Error(`the aws-fis backend runs FIS templates, not ${exp.fault.kind}`)
  return exp.fault.spec
}
