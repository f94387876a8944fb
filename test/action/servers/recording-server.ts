import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the server saw it. */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  /** Parsed JSON when the body was JSON, else the raw text ('' for none). */
  readonly body: unknown
  readonly at: number
}

/** A canned answer; `body` is sent as JSON unless it is a string. */
export interface ScriptedResponse {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
  /** Drop the connection instead of answering (a network failure). */
  readonly hangUp?: boolean
}

type Handler = (req: RecordedRequest) => ScriptedResponse

interface Script {
  readonly method: string
  readonly path: RegExp
  readonly responses: ScriptedResponse[]
}

/**
 * A node:http server on loopback that records every request and answers from scripted responses
 * first (in order, for matching requests), then from the subclass's handler. The base of the
 * recording GitHub and Slack servers.
 */
export class RecordingServer {
  readonly requests: RecordedRequest[] = []
  private readonly scripts: Script[] = []
  private server: Server | undefined
  private base = ''

  constructor(private readonly handler: Handler) {}

  get url(): string {
    return this.base
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.base = `http://127.0.0.1:${port}`
    return this
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  /** Answers the next requests matching method and path with these responses, in order. */
  script(method: string, path: RegExp, ...responses: ScriptedResponse[]): void {
    this.scripts.push({ method, path, responses: [...responses] })
  }

  /** Requests matching a method and path, in arrival order. */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path))
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://localhost')
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseBody(text),
      at: Date.now()
    }
    this.requests.push(recorded)
    const response = this.scripted(recorded) ?? this.handler(recorded)
    if (response.hangUp) {
      req.socket.destroy()
      return
    }
    const body =
      typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? {})
    res.writeHead(response.status, {
      'content-type':
        typeof response.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
      ...response.headers
    })
    res.end(body)
  }

  private scripted(req: RecordedRequest): ScriptedResponse | undefined {
    const script = this.scripts.find(
      (s) => s.method === req.method && s.path.test(req.path) && s.responses.length > 0
    )
    return script?.responses.shift()
  }
}

function parseBody(text: string): unknown {
  if (text === '') return ''
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
