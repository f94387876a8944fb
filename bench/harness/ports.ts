/** Loopback ports: a free one to listen on, and whether something listens on one. */
import { type AddressInfo, createServer, Socket } from 'node:net'

/** A port nothing listens on right now (the OS picks it; it is free again when this resolves). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address()
      const port = addr !== null && typeof addr === 'object' ? addr.port : 0
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port'))))
    })
  })
}

/** Whether a TCP connection to 127.0.0.1:`port` is accepted (refused or timed out: false). */
export function isListening(port: number, timeoutMs = 200): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (open: boolean): void => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.connect(port, '127.0.0.1')
  })
}

/** The TCP port a listening server is bound to. */
export function portOf(server: { address(): AddressInfo | string | null }): number {
  const addr = server.address()
  if (addr === null || typeof addr === 'string')
    throw new Error('the server is not listening on TCP')
  return addr.port
}
