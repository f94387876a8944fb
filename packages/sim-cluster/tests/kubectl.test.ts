import { execFile, spawn } from 'node:child_process'
import { accessSync, constants, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

import type { SimCluster } from '../src/sim-cluster'
import { call, eventually, startFast } from './harness'

const run = promisify(execFile)

function onPath(binary: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, binary)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // keep looking
    }
  }
  return undefined
}

const KUBECTL = onPath('kubectl')

const MANIFEST = `apiVersion: v1
kind: Namespace
metadata:
  name: kubectl-demo
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: kubectl-demo
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata:
  name: web-failure
  namespace: kubectl-demo
spec:
  action: pod-failure
  mode: one
  duration: 300s
  selector:
    labelSelectors: {app: web}
`

const describeKubectl = KUBECTL ? describe : describe.skip

describeKubectl(
  `kubectl against the simulated cluster${KUBECTL ? '' : ' (skipped: kubectl is not on PATH)'}`,
  () => {
    let cluster: SimCluster
    let dir: string
    let kubeconfig: string
    const kubectl = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(KUBECTL ?? 'kubectl', [
          '--kubeconfig',
          kubeconfig,
          '--cache-dir',
          join(dir, 'cache'),
          ...args
        ])
        return { code: 0, stdout, stderr }
      } catch (err) {
        const e = err as { code?: number; stdout?: string; stderr?: string }
        return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
      }
    }

    beforeAll(async () => {
      cluster = await startFast()
      dir = mkdtempSync(join(tmpdir(), 'sim-kubectl-'))
      kubeconfig = join(dir, 'kubeconfig')
      await cluster.writeKubeconfig(kubeconfig)
      writeFileSync(join(dir, 'manifest.yaml'), MANIFEST)
    })
    afterAll(() => cluster.close())

    it('applies a manifest (built-ins and a CRD kind) and reports unchanged on a second apply', async () => {
      const first = await kubectl('apply', '-f', join(dir, 'manifest.yaml'))
      expect(first.stderr).toBe('')
      expect(first.stdout.trim().split('\n')).toEqual([
        'namespace/kubectl-demo created',
        'deployment.apps/web created',
        'podchaos.chaos-mesh.org/web-failure created'
      ])
      const second = await kubectl('apply', '-f', join(dir, 'manifest.yaml'))
      expect(second.stdout).toContain('deployment.apps/web unchanged')
      expect(second.stdout).toContain('podchaos.chaos-mesh.org/web-failure unchanged')
    })

    it('gets objects as JSON and by short name', async () => {
      const pods = await kubectl('get', 'po', '-n', 'kubectl-demo', '-l', 'app=web', '-o', 'json')
      expect(pods.code).toBe(0)
      const list = JSON.parse(pods.stdout) as { items: unknown[] }
      expect(list.items).toHaveLength(2)
      const chaos = await kubectl(
        'get',
        'podchaos',
        'web-failure',
        '-n',
        'kubectl-demo',
        '-o',
        'jsonpath={.metadata.finalizers[0]}'
      )
      expect(chaos.stdout).toBe('chaos-mesh/records')
    })

    it('prints server-side Tables like a real cluster', async () => {
      const pods = await kubectl('get', 'pods', '-n', 'kubectl-demo')
      expect(pods.stdout.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/)
      const chaos = await kubectl('get', 'podchaos', '-n', 'kubectl-demo')
      expect(chaos.stdout.split('\n')[0]).toMatch(/^NAME\s+AGE$/)
      expect(chaos.stdout).toMatch(/web-failure\s+\d+s/)
    })

    it('prints the server Status for errors', async () => {
      const missing = await kubectl('get', 'podchaos', 'nope', '-n', 'kubectl-demo')
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain(
        'Error from server (NotFound): podchaos.chaos-mesh.org "nope" not found'
      )
      writeFileSync(
        join(dir, 'bad.yaml'),
        MANIFEST.split('---')[2]
          ?.replace('mode: one', 'mode: some')
          .replace('web-failure', 'bad') ?? ''
      )
      const invalid = await kubectl('apply', '-f', join(dir, 'bad.yaml'))
      expect(invalid.code).toBe(1)
      expect(invalid.stderr).toContain('spec.mode: Unsupported value: "some"')
    })

    it('answers kubectl auth can-i through SelfSubjectAccessReview', async () => {
      const reply = await kubectl(
        'auth',
        'can-i',
        'create',
        'podchaos.chaos-mesh.org',
        '-n',
        'kubectl-demo'
      )
      expect(reply.stdout.trim()).toBe('yes')
    })

    it('streams changes with get -w', async () => {
      const child = spawn(KUBECTL ?? 'kubectl', [
        '--kubeconfig',
        kubeconfig,
        '--cache-dir',
        join(dir, 'cache'),
        'get',
        'configmaps',
        '-n',
        'kubectl-demo',
        '-w',
        '-o',
        'name'
      ])
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
      })
      try {
        // The create must come after kubectl's watch is open, or it would only be in the list.
        await eventually(
          () =>
            cluster.requests
              .all()
              .some(
                (r) =>
                  r.watch &&
                  r.path === '/api/v1/namespaces/kubectl-demo/configmaps' &&
                  r.userAgent.startsWith('kubectl')
              ),
          10_000,
          "kubectl's watch"
        )
        await call(cluster, 'POST', '/api/v1/namespaces/kubectl-demo/configmaps', {
          body: { metadata: { name: 'watched' } }
        })
        await eventually(() => output.includes('configmap/watched'), 3000, 'the watch event')
        expect(output).toContain('configmap/watched')
      } finally {
        child.kill()
      }
    })

    it('server-side applies, then deletes and waits for the finalizer to be released', async () => {
      writeFileSync(
        join(dir, 'cm.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\n  namespace: kubectl-demo\ndata:\n  a: "1"\n'
      )
      const ssa = await kubectl('apply', '--server-side', '-f', join(dir, 'cm.yaml'))
      expect(ssa.stdout.trim()).toBe('configmap/ssa serverside-applied')
      const deleted = await kubectl('delete', '-f', join(dir, 'manifest.yaml'))
      expect(deleted.code).toBe(0)
      expect(deleted.stdout).toContain('podchaos.chaos-mesh.org "web-failure" deleted')
      const gone = await kubectl('get', 'podchaos', '-n', 'kubectl-demo', '-o', 'name')
      expect(gone.stdout.trim()).toBe('')
    })
  }
)
