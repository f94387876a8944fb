/**
 * A local FIS-compatible endpoint for the real SDK (`endpoint` / AWS_ENDPOINT_URL_FIS): the REST
 * JSON API of the FIS API reference for the eight calls the backend makes, field by field, with
 * epoch-second timestamps as FIS sends them. Each experiment walks a scripted sequence of states,
 * one step per GetExperiment; StopExperiment moves it to stopping, then stopped. Requests are
 * recorded for assertions.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Json = Record<string, unknown>

/** One scripted state: `status` and an optional `reason`, as in ExperimentState. */
export interface ScriptedState {
  readonly status: string
  readonly reason?: string
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly body: Json | undefined
  readonly authorization: string
}

interface Experiment {
  readonly body: Json
  readonly script: ScriptedState[]
  step: number
  stoppedAt?: number
}

export class FisServer {
  readonly requests: RecordedRequest[] = []
  /** The states each new experiment walks through, one per GetExperiment. */
  script: ScriptedState[] = [
    { status: 'initiating' },
    { status: 'running' },
    { status: 'completed' }
  ]
  /** Rewrites every response body before it is sent, to break it on purpose. */
  mangle: (json: Json) => Json = (json) => json
  /** Called with each status an experiment shows to GetExperiment or StopExperiment. */
  onStatus: (status: string) => void = () => undefined
  /** Answer the next calls with these errors first: [status, errortype]. */
  failNext: [number, string][] = []
  private readonly templates = new Map<string, Json>()
  private readonly experiments = new Map<string, Experiment>()
  private readonly tokens = new Map<string, string>()
  private readonly server = http.createServer((req, res) => void this.handle(req, res))

  static async start(): Promise<FisServer> {
    const s = new FisServer()
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve))
    return s
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** The templates and experiments held now, by id. */
  state(): { templates: string[]; experiments: Record<string, string> } {
    return {
      templates: [...this.templates.keys()],
      experiments: Object.fromEntries(
        [...this.experiments].map(([id, e]) => [id, this.current(e).status])
      )
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString()
    const body = text === '' ? undefined : (JSON.parse(text) as Json)
    const url = new URL(req.url ?? '/', 'http://x')
    const method = req.method ?? 'GET'
    this.requests.push({
      method,
      path: url.pathname,
      body,
      authorization: String(req.headers.authorization ?? '')
    })
    const send = (status: number, json: Json, type?: string): void => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-amzn-requestid': randomBytes(8).toString('hex'),
        ...(type ? { 'x-amzn-errortype': type } : {})
      })
      res.end(JSON.stringify(this.mangle(json)))
    }
    const failure = this.failNext.shift()
    if (failure) return send(failure[0], { message: `scripted ${failure[1]}` }, failure[1])
    const [, collection, id] = url.pathname.split('/')
    const route = `${method} /${collection ?? ''}${id === undefined ? '' : '/{id}'}`
    const answer = this.route(route, id ?? '', body ?? {})
    send(answer.status, answer.json, answer.type)
  }

  private route(
    route: string,
    id: string,
    body: Json
  ): { status: number; json: Json; type?: string } {
    const ok = (json: Json): { status: number; json: Json } => ({ status: 200, json })
    const notFound = (what: string) => ({
      status: 404,
      json: { message: `${what} ${id} not found` },
      type: 'ResourceNotFoundException'
    })
    switch (route) {
      case 'POST /experimentTemplates':
        return ok({ experimentTemplate: this.createTemplate(body) })
      case 'GET /experimentTemplates': {
        const list = [...this.templates.values()].map((t) => ({
          id: t.id,
          arn: t.arn,
          description: t.description,
          creationTime: t.creationTime,
          lastUpdateTime: t.lastUpdateTime,
          tags: t.tags
        }))
        return ok({ experimentTemplates: list })
      }
      case 'GET /experimentTemplates/{id}': {
        const t = this.templates.get(id)
        return t ? ok({ experimentTemplate: t }) : notFound('Experiment template')
      }
      case 'DELETE /experimentTemplates/{id}': {
        const t = this.templates.get(id)
        if (!t) return notFound('Experiment template')
        this.templates.delete(id)
        return ok({ experimentTemplate: t })
      }
      case 'POST /experiments':
        return this.startExperiment(body)
      case 'GET /experiments': {
        const list = [...this.experiments.values()].map((e) => ({
          id: e.body.id,
          arn: e.body.arn,
          experimentTemplateId: e.body.experimentTemplateId,
          state: this.current(e),
          creationTime: e.body.creationTime,
          tags: e.body.tags
        }))
        return ok({ experiments: list })
      }
      case 'GET /experiments/{id}': {
        const e = this.experiments.get(id)
        if (!e) return notFound('Experiment')
        const json = this.view(e)
        this.onStatus(this.current(e).status)
        if (e.stoppedAt === undefined && e.step < e.script.length - 1) e.step++
        else if (e.stoppedAt !== undefined) e.stoppedAt = -1
        return ok({ experiment: json })
      }
      case 'DELETE /experiments/{id}': {
        const e = this.experiments.get(id)
        if (!e) return notFound('Experiment')
        const status = this.current(e).status
        if (!['pending', 'initiating', 'running'].includes(status))
          return {
            status: 400,
            json: { message: `Experiment is ${status}` },
            type: 'ValidationException'
          }
        e.stoppedAt = 0
        this.onStatus('stopping')
        return ok({ experiment: this.view(e) })
      }
      default:
        return {
          status: 404,
          json: { message: `no route ${route}` },
          type: 'ResourceNotFoundException'
        }
    }
  }

  private createTemplate(body: Json): Json {
    const token = `t/${str(body.clientToken)}`
    const known = this.tokens.get(token)
    if (known && this.templates.has(known)) return this.templates.get(known) as Json
    const id = `EXT${randomBytes(7).toString('hex')}`
    const now = Math.floor(Date.now() / 1000)
    const template: Json = {
      id,
      arn: `arn:aws:fis:us-east-1:123456789012:experiment-template/${id}`,
      description: body.description,
      targets: body.targets ?? {},
      actions: body.actions,
      stopConditions: body.stopConditions,
      creationTime: now,
      lastUpdateTime: now,
      roleArn: body.roleArn,
      tags: body.tags ?? {},
      experimentOptions: { accountTargeting: 'single-account', emptyTargetResolutionMode: 'fail' }
    }
    this.templates.set(id, template)
    this.tokens.set(token, id)
    return template
  }

  private startExperiment(body: Json): { status: number; json: Json; type?: string } {
    const template = this.templates.get(str(body.experimentTemplateId))
    if (!template)
      return {
        status: 404,
        json: { message: 'Experiment template not found' },
        type: 'ResourceNotFoundException'
      }
    const token = `e/${str(body.clientToken)}`
    const known = this.tokens.get(token)
    const existing = known ? this.experiments.get(known) : undefined
    if (existing) return { status: 200, json: { experiment: this.view(existing) } }
    const id = `EXP${randomBytes(8).toString('hex')}`
    const now = Math.floor(Date.now() / 1000)
    const e: Experiment = {
      body: {
        id,
        arn: `arn:aws:fis:us-east-1:123456789012:experiment/${id}`,
        experimentTemplateId: template.id,
        roleArn: template.roleArn,
        targets: template.targets,
        actions: template.actions,
        stopConditions: template.stopConditions,
        creationTime: now,
        startTime: now,
        tags: body.tags ?? {},
        experimentOptions: template.experimentOptions
      },
      script: [{ status: 'pending' }, ...this.script],
      step: 0
    }
    this.experiments.set(id, e)
    this.tokens.set(token, id)
    return { status: 200, json: { experiment: this.view(e) } }
  }

  private current(e: Experiment): ScriptedState {
    if (e.stoppedAt === 0) return { status: 'stopping', reason: 'Experiment stopping by user' }
    if (e.stoppedAt === -1) return { status: 'stopped', reason: 'Experiment stopped by user' }
    return e.script[e.step] ?? { status: 'completed' }
  }

  private view(e: Experiment): Json {
    const state = this.current(e)
    const ended = ['completed', 'stopped', 'failed', 'cancelled'].includes(state.status)
    return {
      ...e.body,
      state: { status: state.status, ...(state.reason ? { reason: state.reason } : {}) },
      ...(ended ? { endTime: Math.floor(Date.now() / 1000) } : {})
    }
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
