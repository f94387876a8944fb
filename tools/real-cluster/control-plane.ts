/**
 * etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok on loopback, started in
 * that order from the binaries scripts/k8s-control-plane.sh built, each waited for before the next
 * needs it. Stopping goes the other way round. A component that exits while the cluster starts
 * fails the start with the end of its log.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'

import { Api } from './api'
import { writeAuditPolicy } from './audit'
import { writeKubeconfig } from './kubeconfig'
import { type KeyPair, makePki, type Pki } from './pki'
import { freePort } from './ports'
import { type Component, startComponent, tail } from './processes'

export interface ControlPlaneOptions {
  /** Where the binaries are (scripts/k8s-control-plane.sh prints it). */
  readonly binDir: string
  /** Certificates, etcd's data, kubeconfigs and logs; the caller removes it. */
  readonly stateDir: string
  /** How many kwok nodes to register. */
  readonly nodes: number
  /** The users whose every request the API server's audit log records (auditLog). */
  readonly auditUsers: readonly string[]
  /**
   * False: no watch cache, so every watch is served by etcd and a resourceVersion older than
   * etcd's last compaction is 410 Gone at once (with the cache, the server answers from its own
   * window of events, which compaction does not touch). For the 410 tests.
   */
  readonly watchCache: boolean
  readonly say: (line: string) => void
}

export interface ControlPlane {
  readonly server: string
  /** etcd's client URL (plain http on loopback), e.g. for compacting its history. */
  readonly etcdUrl: string
  /** The API server's audit log: every request of ControlPlaneOptions.auditUsers (audit.ts). */
  readonly auditLog: string
  readonly pki: Pki
  /** system:masters, for the launcher's own setup and the seed. */
  readonly admin: Api
  readonly adminKubeconfig: string
  readonly components: readonly Component[]
  stop(): Promise<void>
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Retries `ready` every 200 ms until it holds, the component exits, or `timeoutMs` passes. */
async function waitReady(
  component: Component,
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs = 120_000
): Promise<void> {
  let exited: string | undefined
  void component.exited.then((code) => (exited = code))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited !== undefined)
      throw new Error(
        `${component.name} exited (${exited}) before ${what}; its log ${component.log} ends:\n${tail(component.log)}`
      )
    if (await ready().catch(() => false)) return
    await sleep(200)
  }
  throw new Error(
    `${component.name}: no ${what} within ${timeoutMs / 1000} s; its log ${component.log} ends:\n${tail(component.log)}`
  )
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get(url, (res) => {
        res.resume()
        resolve(res.statusCode === 200)
      })
      .once('error', () => resolve(false))
  })
}

export async function startControlPlane(options: ControlPlaneOptions): Promise<ControlPlane> {
  const { binDir, stateDir, say } = options
  const logs = join(stateDir, 'logs')
  mkdirSync(logs, { recursive: true })
  const pkiDir = join(stateDir, 'pki')
  mkdirSync(pkiDir)
  const pki = makePki(pkiDir)
  const components: Component[] = []
  const stop = async (): Promise<void> => {
    for (const c of [...components].reverse()) await c.stop()
  }
  // Components see none of the caller's Kubernetes settings.
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: stateDir }
  const start = (name: string, args: readonly string[]): Component => {
    const c = startComponent(name, join(binDir, name), args, logs, env)
    components.push(c)
    return c
  }
  try {
    const [etcdClient, etcdPeer, apiPort] = [await freePort(), await freePort(), await freePort()]
    const etcdUrl = `http://127.0.0.1:${etcdClient}`
    const etcd = start('etcd', [
      '--name=default',
      `--data-dir=${join(stateDir, 'etcd')}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
      // A throwaway cluster: losing writes to a power cut does not matter, fsync's latency does.
      '--unsafe-no-fsync',
      '--log-level=warn'
    ])
    await waitReady(etcd, 'a healthy /health', () => httpOk(`${etcdUrl}/health`))
    say(`etcd ready on ${etcdUrl}`)

    const server = `https://127.0.0.1:${apiPort}`
    const auditPolicy = join(stateDir, 'audit-policy.yaml')
    writeAuditPolicy(auditPolicy, options.auditUsers)
    const auditLog = join(stateDir, 'audit.log')
    const apiserver = start('kube-apiserver', [
      `--etcd-servers=${etcdUrl}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--tls-cert-file=${pki.apiserver.cert}`,
      `--tls-private-key-file=${pki.apiserver.key}`,
      `--client-ca-file=${pki.ca.cert}`,
      '--authorization-mode=Node,RBAC',
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${pki.serviceAccount.publicKey}`,
      `--service-account-signing-key-file=${pki.serviceAccount.privateKey}`,
      // Allocated in etcd only: nothing routes to these addresses.
      '--service-cluster-ip-range=10.96.0.0/16',
      // The default Service's endpoint would be the loopback address, which the API refuses.
      '--endpoint-reconciler-type=none',
      `--cert-dir=${join(stateDir, 'apiserver-certs')}`,
      '--profiling=false',
      `--audit-policy-file=${auditPolicy}`,
      `--audit-log-path=${auditLog}`,
      // Written before the response is finished, so a request the client has seen is in the log.
      '--audit-log-mode=blocking',
      ...(options.watchCache ? [] : ['--watch-cache=false'])
    ])
    const admin = new Api({
      server,
      ca: readFileSync(pki.ca.cert),
      cert: readFileSync(pki.admin.cert),
      key: readFileSync(pki.admin.key)
    })
    await waitReady(apiserver, 'a ready /readyz', async () => {
      const answer = await admin.request('GET', '/readyz')
      return answer.status === 200
    })
    say(`kube-apiserver ready on ${server}`)

    const kubeconfig = (name: string, pair: KeyPair): string => {
      const path = join(stateDir, `${name}.kubeconfig`)
      writeKubeconfig(path, server, pki.ca.cert, { kind: 'cert', pair })
      return path
    }
    const adminKubeconfig = kubeconfig('admin', pki.admin)
    start('kube-controller-manager', [
      `--kubeconfig=${kubeconfig('controller-manager', pki.controllerManager)}`,
      '--leader-elect=false',
      '--secure-port=0',
      `--service-account-private-key-file=${pki.serviceAccount.privateKey}`,
      `--root-ca-file=${pki.ca.cert}`,
      '--use-service-account-credentials=true',
      `--cluster-signing-cert-file=${pki.ca.cert}`,
      `--cluster-signing-key-file=${pki.ca.key}`
    ])
    start('kube-scheduler', [
      `--kubeconfig=${kubeconfig('scheduler', pki.scheduler)}`,
      '--leader-elect=false',
      '--secure-port=0'
    ])
    const kwokPort = await freePort()
    const kwok = start('kwok', [
      `--kubeconfig=${kubeconfig('kwok', pki.kwok)}`,
      `--config=${join(binDir, 'kwok-stages.yaml')}`,
      '--manage-all-nodes=true',
      `--server-address=127.0.0.1:${kwokPort}`
    ])
    await registerNodes(admin, options.nodes)
    await waitReady(kwok, `${options.nodes} Ready nodes`, () => readyNodes(admin, options.nodes))
    say(`kube-controller-manager, kube-scheduler and kwok (${options.nodes} nodes) ready`)
    return { server, etcdUrl, auditLog, pki, admin, adminKubeconfig, components, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

/** Fake nodes for kwok: nothing runs on them, but pods scheduled there become Running and Ready. */
async function registerNodes(admin: Api, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const name = `kwok-node-${i}`
    await admin.ok(
      'POST',
      '/api/v1/nodes',
      {
        body: {
          apiVersion: 'v1',
          kind: 'Node',
          metadata: {
            name,
            annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
            labels: {
              'kubernetes.io/hostname': name,
              'kubernetes.io/os': 'linux',
              'kubernetes.io/arch': 'amd64',
              type: 'kwok'
            }
          },
          status: {
            allocatable: { cpu: '32', memory: '256Gi', pods: '110' },
            capacity: { cpu: '32', memory: '256Gi', pods: '110' }
          }
        }
      },
      [409]
    )
  }
}

async function readyNodes(admin: Api, count: number): Promise<boolean> {
  const answer = await admin.ok('GET', '/api/v1/nodes')
  const items = (answer.json as { items?: { status?: { conditions?: unknown[] } }[] }).items ?? []
  const ready = items.filter((n) =>
    (n.status?.conditions ?? []).some(
      (c) =>
        (c as { type?: string }).type === 'Ready' && (c as { status?: string }).status === 'True'
    )
  )
  return ready.length >= count
}
