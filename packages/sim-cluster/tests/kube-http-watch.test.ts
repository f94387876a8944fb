/**
 * The operators' HTTP client reads a watch's ERROR event as the error it carries, also when the
 * stream is still open after it. A real kube-apiserver sends a 410 Expired ERROR event and only
 * then ends the chunked response; the client used to destroy the response first, which emitted
 * `aborted`, so the watch failed as "watch aborted" instead of 410 and the informer watched
 * again from the same expired resourceVersion, forever, without listing (found on cluster:real,
 * test/cluster/gone.real-test.ts). The simulator's own server ends the stream in the same chunk,
 * which hid it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { KubeHttp, KubeHttpError } from '../src/operators/runtime/kube-http'

const EXPIRED = {
  type: 'ERROR',
  object: {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'The resourceVersion for the provided watch is too old.',
    reason: 'Expired',
    code: 410
  }
}

it('an ERROR event on a stream still open rejects the watch with its Status code', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    // The event on a response left open, as a real server's is until it ends the stream: the
    // watch must reject from the event alone (the test closes the connection at the end).
    res.write(`${JSON.stringify(EXPIRED)}\n`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const kube = new KubeHttp({ server: `http://127.0.0.1:${port}`, insecureSkipTlsVerify: false })
  try {
    const watching = kube.watch(
      '/api/v1/pods?watch=1&resourceVersion=1',
      (event) => {
        if (event.type === 'ERROR') {
          const status = event.object as { code?: number; reason?: string }
          throw new KubeHttpError(status.code ?? 500, status.reason ?? '', '')
        }
      },
      () => undefined,
      new AbortController().signal
    )
    await expect(watching).rejects.toMatchObject({ code: 410, reason: 'Expired' })
  } finally {
    kube.close()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})
