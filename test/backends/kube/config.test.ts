import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

import { loadKubeConfig } from '../../../src/backends/kube/config'
import { InputError } from '../../../src/util/errors'

function kubeconfig(
  dir: string,
  name: string,
  contexts: string[],
  current?: string,
  server = 'https://k8s.example:6443'
): string {
  const file = join(dir, name)
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      ...(current ? [`current-context: ${current}`] : []),
      'clusters:',
      ...contexts.map((c) => `- name: ${c}-cluster\n  cluster:\n    server: ${server}`),
      'users:',
      ...contexts.map((c) => `- name: ${c}-user\n  user:\n    token: t-${c}`),
      'contexts:',
      ...contexts.map(
        (c) =>
          `- name: ${c}\n  context:\n    cluster: ${c}-cluster\n    user: ${c}-user\n    namespace: ns-${c}`
      )
    ].join('\n')
  )
  return file
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'))
})

describe('loadKubeConfig', () => {
  it('prefers the kubeconfig setting over KUBECONFIG and the home file', async () => {
    const setting = kubeconfig(dir, 'setting', ['a'], 'a')
    const env = kubeconfig(dir, 'env', ['b'], 'b')
    mkdirSync(join(dir, '.kube'))
    kubeconfig(join(dir, '.kube'), 'config', ['c'], 'c')
    const loaded = await loadKubeConfig({
      kubeconfig: setting,
      env: { KUBECONFIG: env, HOME: dir }
    })
    expect(loaded).toMatchObject({
      context: 'a',
      namespace: 'ns-a',
      server: 'https://k8s.example:6443'
    })
    expect(loaded.source).toBe(`kubeconfig ${setting} (context a)`)
  })

  it('reads KUBECONFIG before ~/.kube/config and merges its files, the first current-context winning', async () => {
    const first = kubeconfig(dir, 'first', ['a'], 'a')
    const second = kubeconfig(dir, 'second', ['b'], 'b')
    const loaded = await loadKubeConfig({
      env: { KUBECONFIG: [first, join(dir, 'missing'), second].join(delimiter), HOME: dir }
    })
    expect(loaded.context).toBe('a')
    expect(loaded.config.getContexts().map((c) => c.name)).toEqual(['a', 'b'])
  })

  it('falls back to ~/.kube/config', async () => {
    mkdirSync(join(dir, '.kube'))
    kubeconfig(join(dir, '.kube'), 'config', ['c'], 'c')
    await expect(loadKubeConfig({ env: { HOME: dir } })).resolves.toMatchObject({ context: 'c' })
  })

  it('selects the context setting over the current-context', async () => {
    const file = kubeconfig(dir, 'config', ['a', 'b'], 'a')
    const loaded = await loadKubeConfig({ kubeconfig: file, context: 'b', env: {} })
    expect(loaded.context).toBe('b')
    expect(loaded.config.getCurrentUser()?.token).toBe('t-b')
  })

  it('names the known contexts when the context does not exist', async () => {
    const file = kubeconfig(dir, 'config', ['a', 'b'], 'a')
    await expect(loadKubeConfig({ kubeconfig: file, context: 'prod', env: {} })).rejects.toThrow(
      `Invalid input 'context': kubeconfig ${file} has no context 'prod' (contexts: a, b)`
    )
  })

  it('asks for --context when the file sets no current-context', async () => {
    const file = kubeconfig(dir, 'config', ['a'])
    await expect(loadKubeConfig({ kubeconfig: file, env: {} })).rejects.toThrow(
      'sets no current-context; pass --context (contexts: a)'
    )
  })

  it('rejects a kubeconfig setting that does not exist instead of looking elsewhere', async () => {
    mkdirSync(join(dir, '.kube'))
    kubeconfig(join(dir, '.kube'), 'config', ['c'], 'c')
    const err = await loadKubeConfig({ kubeconfig: join(dir, 'nope'), env: { HOME: dir } }).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(InputError)
    expect(err).toMatchObject({ input: 'kubeconfig' })
    expect(String(err)).toContain('does not exist')
  })

  it('rejects a KUBECONFIG whose files are all missing, like kubectl, without reading the home file', async () => {
    mkdirSync(join(dir, '.kube'))
    kubeconfig(join(dir, '.kube'), 'config', ['c'], 'c')
    await expect(
      loadKubeConfig({ env: { KUBECONFIG: join(dir, 'gone'), HOME: dir } })
    ).rejects.toMatchObject({ input: 'KUBECONFIG' })
  })

  it('reports a file that is not a kubeconfig as an input error', async () => {
    const file = join(dir, 'broken')
    writeFileSync(file, 'clusters: [unclosed')
    const err = await loadKubeConfig({ kubeconfig: file, env: {} }).catch((e: unknown) => e)
    expect(err).toMatchObject({ input: 'kubeconfig' })
    expect(String(err)).toContain('cannot read kubeconfig')
  })

  it('reads the YAML as kubectl does: anchors, merge keys, YAML 1.2 scalars; a duplicate key is an error', async () => {
    const file = join(dir, 'anchors')
    writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: on',
        'x-defaults: &cluster { server: https://merged.example:6443, insecure-skip-tls-verify: false }',
        'clusters: [{ name: c, cluster: { <<: *cluster } }]',
        'users: [{ name: u, user: { token: t } }]',
        // `on` and `no` are strings in YAML 1.2 (js-yaml, which client-node ships, and go-yaml v3).
        'contexts: [{ name: on, context: { cluster: c, user: u, namespace: no } }]'
      ].join('\n')
    )
    await expect(loadKubeConfig({ kubeconfig: file, env: {} })).resolves.toMatchObject({
      context: 'on',
      namespace: 'no',
      server: 'https://merged.example:6443'
    })
    writeFileSync(file, 'clusters: []\nclusters: []\n')
    const err = await loadKubeConfig({ kubeconfig: file, env: {} }).catch((e: unknown) => e)
    expect(String(err)).toMatch(/cannot read kubeconfig .*anchors: .*(unique|duplicated)/i)
  })

  it('uses the in-cluster ServiceAccount when nothing else is configured', async () => {
    const sa = join(dir, 'sa')
    mkdirSync(sa)
    writeFileSync(join(sa, 'token'), 'pod-token')
    writeFileSync(join(sa, 'namespace'), 'ci\n')
    const loaded = await loadKubeConfig({
      env: { HOME: dir, KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' },
      serviceAccountDir: sa
    })
    expect(loaded).toMatchObject({
      source: 'in-cluster ServiceAccount',
      server: 'https://10.0.0.1:443',
      namespace: 'ci'
    })
  })

  it('says what was tried when no configuration exists', async () => {
    await expect(
      loadKubeConfig({ env: { HOME: dir }, serviceAccountDir: join(dir, 'none') })
    ).rejects.toThrow(
      /no Kubernetes configuration found: .*does not exist, and this is not a pod with a ServiceAccount\. Pass --kubeconfig FILE/
    )
  })

  it('accepts a plain-HTTP server, as kubectl does', async () => {
    const file = kubeconfig(dir, 'config', ['a'], 'a', 'http://127.0.0.1:8001')
    const loaded = await loadKubeConfig({ kubeconfig: file, env: {} })
    const opts = {}
    await expect(loaded.config.applyToHTTPSOptions(opts)).resolves.toBeUndefined()
  })
})
