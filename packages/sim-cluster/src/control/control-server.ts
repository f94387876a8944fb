import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { SimCluster } from '../sim-cluster'
import { type ControlAction, ControlError, parseControlRequest, ROUTES } from './control-requests'

/** The control endpoint of a running simulated cluster. */
export interface ControlServer {
  /** http://127.0.0.1:<port> */
  readonly url: string
  close(): Promise<void>
}

/**
 * A small HTTP JSON API over a simulated cluster's fault hooks and front door, so that any tool
 * (a shell script, another language's test suite) can make the API server misbehave without
 * importing the simulator. Plain http on loopback only: it has no authentication.
 */
export async function startControlServer(cluster: SimCluster, port = 0): Promise<ControlServer> {
  const server: Server = createServer((req, res) => void handle(cluster, req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

async function handle(
  cluster: SimCluster,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  try {
    const path = new URL(req.url ?? '/', 'http://control').pathname
    const method = req.method ?? 'GET'
    if (method === 'GET' && path === '/') return send(res, 200, { routes: ROUTES })
    if (method === 'GET' && path === '/state') return send(res, 200, state(cluster))
    const action = parseControlRequest(method, path, await readJson(req))
    send(res, 200, { ok: true, ...(await apply(cluster, action)) })
  } catch (err) {
    if (err instanceof ControlError) send(res, err.status, { error: err.message })
    else send(res, 500, { error: err instanceof Error ? err.message : String(err) })
  }
}

async function apply(cluster: SimCluster, action: ControlAction): Promise<Record<string, unknown>> {
  const { faults } = cluster
  switch (action.op) {
    case 'latency':
      faults.addLatency(action.ms, action.match)
      return {}
    case 'fail-next':
      faults.failNext(action.count, action.status, action.match, action.message)
      return {}
    case 'fail-matching':
      faults.failMatching(action.match, action.status)
      return {}
    case 'reset-next':
      faults.resetNext(action.count, action.match)
      return {}
    case 'drop-watches':
      return { dropped: faults.dropWatches(action.match) }
    case 'close-watches-after':
      faults.closeWatchesAfter(action.ms)
      return {}
    case 'clear':
      faults.clear()
      return {}
    case 'front-door-down':
      await cluster.frontDoor.down()
      return state(cluster)
    case 'front-door-up':
      await cluster.frontDoor.up()
      return state(cluster)
    case 'compact':
      cluster.compact()
      return { resourceVersion: cluster.resourceVersion() }
  }
}

function state(cluster: SimCluster): Record<string, unknown> {
  return {
    frontDoor: cluster.frontDoor.isUp() ? 'up' : 'down',
    url: cluster.url,
    resourceVersion: cluster.resourceVersion()
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('error', reject)
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim()
      if (!text) return resolve(undefined)
      try {
        resolve(JSON.parse(text))
      } catch {
        reject(new ControlError(400, `body: not JSON (${text.slice(0, 80)})`))
      }
    })
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(`${JSON.stringify(body)}\n`)
}
