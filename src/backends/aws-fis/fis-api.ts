/**
 * The FIS calls the backend makes, over the official SDK (`@aws-sdk/client-fis`). Credentials come
 * from the SDK's default chain (on GitHub: OIDC through aws-actions/configure-aws-credentials),
 * never from inputs. The endpoint may be set as newer SDKs allow (AWS_ENDPOINT_URL_FIS, then
 * AWS_ENDPOINT_URL), which is how the tests point it at a local FIS-compatible server.
 */
import {
  CreateExperimentTemplateCommand,
  type CreateExperimentTemplateCommandInput,
  DeleteExperimentTemplateCommand,
  type Experiment,
  type ExperimentSummary,
  type ExperimentTemplateSummary,
  FisClient,
  type FisServiceException,
  GetExperimentCommand,
  GetExperimentTemplateCommand,
  ListExperimentsCommand,
  ListExperimentTemplatesCommand,
  StartExperimentCommand,
  StopExperimentCommand
} from '@aws-sdk/client-fis'

/** The narrow port the backend uses; tests drive the real SDK against a local endpoint. */
export interface FisApi {
  createTemplate(input: CreateExperimentTemplateCommandInput, signal: AbortSignal): Promise<string>
  templateExists(id: string, signal: AbortSignal): Promise<boolean>
  deleteTemplate(id: string, signal: AbortSignal): Promise<boolean>
  listTemplates(signal: AbortSignal): Promise<ExperimentTemplateSummary[]>
  start(
    templateId: string,
    clientToken: string,
    tags: Record<string, string>,
    signal: AbortSignal
  ): Promise<Experiment>
  get(id: string, signal: AbortSignal): Promise<Experiment | undefined>
  stop(id: string, signal: AbortSignal): Promise<'stopping' | 'gone' | 'not-running'>
  listExperiments(signal: AbortSignal): Promise<ExperimentSummary[]>
}

/** The client for `region` (absent: the default chain's), with the endpoint override from `env`. */
export function fisApi(
  env: Readonly<Record<string, string | undefined>>,
  region: string | undefined
): FisApi {
  const endpoint = env.AWS_ENDPOINT_URL_FIS ?? env.AWS_ENDPOINT_URL
  const client = new FisClient({
    ...(region === undefined ? {} : { region }),
    ...(endpoint === undefined || endpoint === '' ? {} : { endpoint }),
    // The SDK's own retries (3 attempts, with back-off) cover throttling and 5xx.
    maxAttempts: 3
  })
  const opts = (signal: AbortSignal): { abortSignal: AbortSignal } => ({ abortSignal: signal })
  return {
    createTemplate: async (input, signal) => {
      const out = await client.send(new CreateExperimentTemplateCommand(input), opts(signal))
      return required(
        out.experimentTemplate?.id,
        'CreateExperimentTemplate',
        'experimentTemplate.id'
      )
    },
    templateExists: async (id, signal) =>
      notFoundAs(false, async () => {
        await client.send(new GetExperimentTemplateCommand({ id }), opts(signal))
        return true
      }),
    deleteTemplate: (id, signal) =>
      notFoundAs(false, async () => {
        await client.send(new DeleteExperimentTemplateCommand({ id }), opts(signal))
        return true
      }),
    listTemplates: (signal) =>
      paged((nextToken) =>
        client
          .send(
            new ListExperimentTemplatesCommand({
              maxResults: 100,
              ...(nextToken ? { nextToken } : {})
            }),
            opts(signal)
          )
          .then((o) => ({ items: o.experimentTemplates ?? [], next: o.nextToken }))
      ),
    start: async (experimentTemplateId, clientToken, tags, signal) => {
      const out = await client.send(
        new StartExperimentCommand({ experimentTemplateId, clientToken, tags }),
        opts(signal)
      )
      if (!out.experiment?.id) throw new Error('FIS StartExperiment answered without experiment.id')
      return out.experiment
    },
    get: (id, signal) =>
      notFoundAs(undefined, async () => {
        const out = await client.send(new GetExperimentCommand({ id }), opts(signal))
        return out.experiment
      }),
    stop: async (id, signal) => {
      try {
        await client.send(new StopExperimentCommand({ id }), opts(signal))
        return 'stopping'
      } catch (err) {
        if (isNamed(err, 'ResourceNotFoundException')) return 'gone'
        // FIS refuses to stop an experiment that already ended; for an abort that is success.
        if (isNamed(err, 'ValidationException') || isNamed(err, 'ConflictException'))
          return 'not-running'
        throw err
      }
    },
    listExperiments: (signal) =>
      paged((nextToken) =>
        client
          .send(
            new ListExperimentsCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }),
            opts(signal)
          )
          .then((o) => ({ items: o.experiments ?? [], next: o.nextToken }))
      )
  }
}

/** Every page of a list call (bounded: 50 pages of 100). */
async function paged<T>(
  page: (next: string | undefined) => Promise<{ items: T[]; next: string | undefined }>
): Promise<T[]> {
  const all: T[] = []
  let next: string | undefined
  for (let i = 0; i < 50; i++) {
    const got = await page(next)
    all.push(...got.items)
    next = got.next
    if (!next) break
  }
  return all
}

async function notFoundAs<T>(value: T, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (isNamed(err, 'ResourceNotFoundException')) return value
    throw err
  }
}

function isNamed(err: unknown, name: string): err is FisServiceException {
  return err instanceof Error && err.name === name
}

function required(value: string | undefined, op: string, field: string): string {
  if (value === undefined || value === '') throw new Error(`FIS ${op} answered without ${field}`)
  return value
}
