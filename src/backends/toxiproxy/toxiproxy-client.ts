/**
 * A small typed client for Toxiproxy's HTTP API (its README, "HTTP API"), over fetch. Not
 * `toxiproxy-node-client` (4.1.0, maintained, no dependencies): the gate needs seven calls, with
 * 404 and 409 as data (already gone; adopt a re-run's object) and every response checked at the
 * edge with the schema library it already uses; a wrapper would add a package for ~150 lines.
 */
import { z } from 'zod'

import { BackendError, errorMessage, truncate } from '../../util/errors'
import { jsonOrText, unexpectedResponse } from '../../util/response-body'

/** How long one API call may take; the server is local to the job, so this is generous. */
const REQUEST_TIMEOUT_MS = 10_000

const toxicSchema = z.object({
  name: z.string(),
  type: z.string(),
  stream: z.string(),
  toxicity: z.number(),
  attributes: z.record(z.string(), z.unknown())
})

const proxySchema = z.object({
  name: z.string(),
  listen: z.string(),
  upstream: z.string(),
  enabled: z.boolean(),
  toxics: z.array(toxicSchema)
})

/** A proxy as the server reports it. */
export type ProxyInfo = z.output<typeof proxySchema>

/** A toxic to add, in the server's own form. */
export interface ToxicBody {
  readonly name: string
  readonly type: string
  readonly stream: string
  readonly toxicity: number
  readonly attributes: Readonly<Record<string, number>>
}

export class ToxiproxyClient {
  constructor(
    readonly server: string,
    private readonly signal: AbortSignal
  ) {}

  /** The server's version; throws when it does not answer. */
  async version(): Promise<string> {
    const { body } = await this.call('GET', '/version', 'read the version of', [200])
    const parsed = z.object({ version: z.string() }).safeParse(body)
    return parsed.success ? parsed.data.version : 'unknown'
  }

  async proxies(): Promise<readonly ProxyInfo[]> {
    const { body } = await this.call('GET', '/proxies', 'list the proxies of', [200])
    return Object.values(this.parse(z.record(z.string(), proxySchema), body, 'list proxies'))
  }

  /** The proxy, or undefined when the server has none by that name. */
  async proxy(name: string): Promise<ProxyInfo | undefined> {
    const { status, body } = await this.call('GET', proxyPath(name), 'read proxy', [200, 404])
    return status === 404 ? undefined : this.parse(proxySchema, body, `read proxy ${name}`)
  }

  /** Creates the proxy; one of that name already there is adopted (a re-run of the same run). */
  async createProxy(spec: {
    readonly name: string
    readonly listen: string
    readonly upstream: string
  }): Promise<ProxyInfo> {
    const { status, body } = await this.call('POST', '/proxies', 'create proxy', [201, 409], {
      ...spec,
      enabled: true
    })
    if (status === 201) return this.parse(proxySchema, body, `create proxy ${spec.name}`)
    const existing = await this.proxy(spec.name)
    if (!existing) throw this.error('create proxy', spec.name, 'it exists and vanished', 409)
    return existing
  }

  /** Deletes the proxy; false when it was already gone. */
  async deleteProxy(name: string): Promise<boolean> {
    const { status } = await this.call('DELETE', proxyPath(name), 'delete proxy', [204, 404])
    return status === 204
  }

  /** Adds the toxic; one of that name already there is adopted. */
  async addToxic(proxy: string, toxic: ToxicBody): Promise<void> {
    await this.call('POST', `${proxyPath(proxy)}/toxics`, 'add a toxic to', [200, 409], toxic)
  }

  /** Removes the toxic; false when it (or its proxy) was already gone. */
  async removeToxic(proxy: string, toxic: string): Promise<boolean> {
    const path = `${proxyPath(proxy)}/toxics/${encodeURIComponent(toxic)}`
    const { status } = await this.call('DELETE', path, 'remove toxic from', [204, 404])
    return status === 204
  }

  private async call(
    method: string,
    path: string,
    op: string,
    expected: readonly number[],
    json?: unknown
  ): Promise<{ status: number; body: unknown }> {
    const target = `${this.server}${path}`
    let res: Response
    try {
      res = await fetch(target, {
        method,
        signal: AbortSignal.any([this.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
        ...(json === undefined
          ? {}
          : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } })
      })
    } catch (err) {
      throw this.error(op, target, `no answer (${errorMessage(err)})`, undefined, err)
    }
    const text = await res.text()
    if (!expected.includes(res.status))
      throw this.error(op, target, `${res.status} ${serverMessage(text)}`, res.status)
    return { status: res.status, body: text === '' ? undefined : jsonOrText(text) }
  }

  private parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body)
    if (parsed.success) return parsed.data
    throw this.error(what, this.server, unexpectedResponse(parsed.error))
  }

  private error(
    op: string,
    target: string,
    message: string,
    status?: number,
    cause?: unknown
  ): BackendError {
    return new BackendError('toxiproxy', op, target, message, status, { cause })
  }
}

function proxyPath(name: string): string {
  return `/proxies/${encodeURIComponent(name)}`
}

/** Toxiproxy's errors are `{"error": "...", "status": N}`; anything else is echoed, cut short. */
function serverMessage(text: string): string {
  const parsed = z.object({ error: z.string() }).safeParse(jsonOrText(text))
  return parsed.success ? parsed.data.error : truncate(text)
}
