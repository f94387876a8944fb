/**
 * Authentication as the gate sends it: a kubeconfig loaded by loadKubeConfig (the vendored
 * KubeConfig, vendor/kube-config.cjs) and a request through kubeTransport to a real server on
 * loopback, which records what arrived. Covers the ways a CI job authenticates: a token, the
 * in-cluster ServiceAccount, an exec plugin, and a client certificate with the cluster's CA.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TLSSocket } from 'node:tls'

import { stringify } from 'yaml'

import { loadKubeConfig } from '../../../src/backends/kube/config'
import { kubeTransport } from '../../../src/backends/kube/transport'

interface Seen {
  readonly authorization: string | undefined
  readonly clientCert: string | undefined
  readonly userAgent: string | undefined
}

let dir: string
let servers: http.Server[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kube-auth-'))
  servers = []
})
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
})

/** Starts a server that answers `{}` and records each request's credentials. */
async function listen(server: http.Server, seen: Seen[]): Promise<number> {
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket as Partial<TLSSocket>
    const cn = socket.getPeerCertificate?.().subject?.CN
    seen.push({
      authorization: req.headers.authorization,
      clientCert: typeof cn === 'string' ? cn : undefined,
      userAgent: req.headers['user-agent']
    })
    res.setHeader('Content-Type', 'application/json')
    res.end('{}')
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function writeKubeconfig(server: string, user: Record<string, unknown>, cluster = {}): string {
  const file = join(dir, 'kubeconfig')
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server, ...cluster } }],
      users: [{ name: 'u', user }],
      contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u' } }],
      'current-context': 'ctx'
    })
  )
  return file
}

async function requestWith(kubeconfig: string): Promise<void> {
  const loaded = await loadKubeConfig({ kubeconfig, env: {} })
  const transport = kubeTransport(loaded.config)
  try {
    const response = await transport.send({ method: 'GET', path: '/api/v1/namespaces' })
    expect(response.status).toBe(200)
  } finally {
    transport.close()
  }
}

describe('authentication through the vendored KubeConfig', () => {
  it("names itself, so an audit log or a cluster admin can tell the gate's requests apart", async () => {
    const seen: Seen[] = []
    const port = await listen(http.createServer(), seen)
    await requestWith(writeKubeconfig(`http://127.0.0.1:${port}`, { token: 't' }))
    expect(seen[0]?.userAgent).toMatch(/^chaos-gate\/\d+\.\d+\.\d+\S* \(linux\/x64\)$/)
  })

  it('sends a bearer token', async () => {
    const seen: Seen[] = []
    const port = await listen(http.createServer(), seen)
    await requestWith(writeKubeconfig(`http://127.0.0.1:${port}`, { token: 'static-token' }))
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer static-token'])
  })

  it('in a pod, sends the ServiceAccount token and verifies the server against its CA', async () => {
    const server = selfSigned('apiserver', 'subjectAltName=IP:127.0.0.1')
    const seen: Seen[] = []
    const port = await listen(https.createServer({ cert: server.cert, key: server.key }), seen)
    const sa = mkdtempSync(join(dir, 'sa-'))
    writeFileSync(join(sa, 'ca.crt'), server.cert)
    writeFileSync(join(sa, 'token'), 'first')
    const loaded = await loadKubeConfig({
      env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(port) },
      serviceAccountDir: sa
    })
    const transport = kubeTransport(loaded.config)
    try {
      expect((await transport.send({ method: 'GET', path: '/api' })).status).toBe(200)
    } finally {
      transport.close()
    }
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer first'])
  })

  it('runs an exec plugin and sends the token of its ExecCredential', async () => {
    const seen: Seen[] = []
    const port = await listen(http.createServer(), seen)
    const plugin = join(dir, 'plugin.js')
    writeFileSync(
      plugin,
      `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: 'exec-' + process.env.PLUGIN_SUFFIX } }))`
    )
    await requestWith(
      writeKubeconfig(`http://127.0.0.1:${port}`, {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: process.execPath,
          args: [plugin],
          env: [{ name: 'PLUGIN_SUFFIX', value: 'token' }],
          interactiveMode: 'Never'
        }
      })
    )
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer exec-token'])
  })

  it('presents a client certificate and verifies the server against the cluster CA', async () => {
    const server = selfSigned('server', 'subjectAltName=IP:127.0.0.1')
    const client = selfSigned('gate-client', 'extendedKeyUsage=clientAuth')
    const seen: Seen[] = []
    const port = await listen(
      https.createServer({
        cert: server.cert,
        key: server.key,
        ca: client.cert,
        requestCert: true,
        rejectUnauthorized: true
      }),
      seen
    )
    await requestWith(
      writeKubeconfig(
        `https://127.0.0.1:${port}`,
        { 'client-certificate': client.certFile, 'client-key': client.keyFile },
        { 'certificate-authority': server.certFile }
      )
    )
    expect(seen).toMatchObject([{ authorization: undefined, clientCert: 'gate-client' }])
  })
})

/** A self-signed EC certificate from openssl, as files and as text. */
function selfSigned(
  cn: string,
  extension: string
): { cert: string; key: string; certFile: string; keyFile: string } {
  const certFile = join(dir, `${cn}.crt`)
  const keyFile = join(dir, `${cn}.key`)
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', `/CN=${cn}`],
      ...['-addext', extension]
    ],
    { stdio: 'ignore' }
  )
  return {
    cert: readFileSync(certFile, 'utf8'),
    key: readFileSync(keyFile, 'utf8'),
    certFile,
    keyFile
  }
}
