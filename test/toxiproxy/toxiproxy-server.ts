/**
 * A real toxiproxy-server on loopback for the tests: built on demand from the Go module proxy by
 * scripts/toxiproxy-server.sh (once; later calls find it in .cache/tools), started on a free port,
 * and stopped after the test file.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')

/** The binary's path, building it first when the cache has none (a cold build takes about a minute). */
export function toxiproxyBinary(): string {
  return execFileSync(join(ROOT, 'scripts/toxiproxy-server.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 600_000
  }).trim()
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface ToxiproxyServer {
  /** The API base URL, e.g. http://127.0.0.1:40123. */
  readonly url: string
  readonly process: ChildProcess
  stop(): Promise<void>
}

/** Starts toxiproxy-server on a free loopback port and waits until its API answers. */
export async function startToxiproxy(): Promise<ToxiproxyServer> {
  const binary = toxiproxyBinary()
  const port = await freePort()
  const child = spawn(binary, ['-host', '127.0.0.1', '-port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  for (let i = 0; ; i++) {
    const answer = await fetch(`${url}/version`).catch(() => undefined)
    if (answer?.ok) break
    if (child.exitCode !== null || i > 200)
      throw new Error(`toxiproxy-server did not start on ${url}:\n${log}`)
    await new Promise((r) => setTimeout(r, 25))
  }
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    }
  }
}

/** One toxiproxy-server for the test file: started before its tests, stopped after them. */
export function useToxiproxy(): () => ToxiproxyServer {
  let server: ToxiproxyServer | undefined
  beforeAll(async () => {
    server = await startToxiproxy()
  }, 600_000)
  afterAll(async () => {
    await server?.stop()
  })
  return () => {
    if (!server) throw new Error('toxiproxy-server is not started yet')
    return server
  }
}

/** Every proxy on the server with the names of its toxics: `{proxy: [toxic, ...]}`. */
export async function toxicsOn(server: string): Promise<Record<string, string[]>> {
  const res = await fetch(`${server}/proxies`)
  const proxies = (await res.json()) as Record<string, { toxics: { name: string }[] }>
  return Object.fromEntries(
    Object.entries(proxies).map(([name, p]) => [name, p.toxics.map((t) => t.name)])
  )
}
