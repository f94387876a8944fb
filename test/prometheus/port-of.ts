import type { Server } from 'node:net'

/** The TCP port a listening server is bound to. */
export function portOf(server: Server): number {
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('the server is not listening on TCP')
  return address.port
}
