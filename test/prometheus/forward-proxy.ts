/**
 * A minimal forward proxy on loopback, as a corporate HTTPS_PROXY would be: absolute-URI requests
 * for http targets and CONNECT tunnels for https ones. It records what it was asked to reach.
 */
import http from 'node:http'
import net from 'node:net'

import { portOf } from './port-of'

export class ForwardProxy {
  /** `GET http://host/path` or `CONNECT host:port`, in order. */
  readonly seen: string[] = []
  /** Proxy-Authorization headers received. */
  readonly credentials: string[] = []
  private readonly sockets = new Set<net.Socket>()

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<ForwardProxy> {
    const server = http.createServer()
    const proxy = new ForwardProxy(server)
    server.on('connection', (s: net.Socket) => proxy.track(s))
    server.on('request', (req, res) => proxy.forward(req, res))
    server.on('connect', (req: http.IncomingMessage, client: net.Socket) =>
      proxy.tunnel(req, client)
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get url(): string {
    return `http://127.0.0.1:${portOf(this.server)}`
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private note(req: http.IncomingMessage, what: string): void {
    this.seen.push(what)
    const auth = req.headers['proxy-authorization']
    if (auth) this.credentials.push(auth)
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.note(req, `${req.method} ${req.url}`)
    const target = new URL(req.url ?? '')
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    const upstream = http.request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  }

  private tunnel(req: http.IncomingMessage, client: net.Socket): void {
    this.note(req, `CONNECT ${req.url}`)
    const [host, port] = (req.url ?? '').split(':')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.track(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  }
}
